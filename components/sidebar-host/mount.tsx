import { createRoot } from 'react-dom/client';
import sidebarCss from '../sidebar/sidebar.css?inline';
import hostCss from './host.css?inline';
import { createShadowHost, PUSH_MIN_VIEWPORT } from '../../lib/content/shadow-host';
import { guardTrustedEvents } from '../../lib/content/trusted-events';
import { createIntentGuard } from '../../lib/content/user-intent';
import { SidebarApp } from './SidebarApp';
import type { PageBridgeLike, SidebarPort } from './ports';

export interface MountedSidebar {
  /** Expands the panel and moves focus to its heading (the focus shortcut, the "possible" tab). */
  open(): void;
  /** For fallback evidence highlights. */
  layer: HTMLElement;
  destroy(): void;
}

/** Where first focus lands: the sidebar's own choice, else its first heading; never the hide toggle. */
export const FOCUS_FIRST_ATTR = 'data-dor-focus-first';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

function focusTarget(root: ShadowRoot): HTMLElement | null {
  const shown = (el: HTMLElement) => el.getClientRects().length > 0 && !el.closest('[inert]');
  const chosen = root.querySelector<HTMLElement>(`[${FOCUS_FIRST_ATTR}]`);
  if (chosen && shown(chosen)) return chosen;
  const heading = [...root.querySelectorAll<HTMLElement>(HEADINGS)].find(shown) ?? null;
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  return heading;
}

export function mountSidebar(
  doc: Document,
  bridge: PageBridgeLike,
  port: SidebarPort,
  options: { newClientId: () => string },
): MountedSidebar {
  const shadow = createShadowHost(doc, `${sidebarCss}\n${hostCss}`);
  // Only the user moves the sidebar: events a page script makes stop at the host (trusted-events.ts).
  const intent = createIntentGuard(shadow.root);
  const trusted = guardTrustedEvents([shadow.host, shadow.root], intent);
  const win = doc.defaultView!;
  let lastPageFocus: Element | null = null;
  let opener: (() => void) | null = null;

  const focusSidebar = () => {
    const active = doc.activeElement;
    if (active && active !== shadow.host) lastPageFocus = active;
    opener?.();
    // Once React has expanded it (a frame or two): the heading takes focus, so Enter cannot hide it.
    let frames = 0;
    const tryFocus = () => {
      const target = focusTarget(shadow.root);
      target?.focus();
      if ((!target || shadow.root.activeElement !== target) && ++frames < 10) win.requestAnimationFrame(tryFocus);
    };
    win.requestAnimationFrame(tryFocus);
  };
  const returnToPage = () => {
    bridge.clearHighlight();
    const target = lastPageFocus as HTMLElement | null;
    if (target && target.isConnected && typeof target.focus === 'function') target.focus();
    else {
      doc.body?.setAttribute('tabindex', '-1');
      doc.body?.focus();
      doc.body?.removeAttribute('tabindex');
    }
  };

  shadow.host.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && e.isTrusted) {
      e.preventDefault();
      returnToPage();
    }
  });
  // Remember where the user was on the page before they moved into the sidebar.
  const onFocusIn = (e: FocusEvent) => {
    if (e.target !== shadow.host) lastPageFocus = e.target as Element;
  };
  doc.addEventListener('focusin', onFocusIn);

  const root = createRoot(shadow.mount);
  root.render(
    <SidebarApp
      bridge={bridge}
      port={port}
      // Narrow windows, and pages whose fixed controls leave no room beside them: the tab only.
      startCollapsed={win.innerWidth < PUSH_MIN_VIEWPORT || shadow.crowded()}
      onExpandedChange={(expanded) => shadow.setExpanded(expanded)}
      onVisibleChange={(visible) => shadow.setVisible(visible)}
      registerOpener={(open) => {
        opener = open;
      }}
      onReturnToPage={returnToPage}
      newClientId={options.newClientId}
      isUserSubmit={trusted.isUserSubmit}
    />,
  );

  return {
    open: focusSidebar,
    layer: shadow.layer,
    destroy() {
      doc.removeEventListener('focusin', onFocusIn);
      root.unmount();
      trusted.dispose();
      intent.dispose();
      shadow.destroy();
    },
  };
}

export function randomClientId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
