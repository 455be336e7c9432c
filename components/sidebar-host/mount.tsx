import { createRoot } from 'react-dom/client';
import sidebarCss from '../sidebar/sidebar.css?inline';
import { createShadowHost, PUSH_MIN_VIEWPORT } from '../../lib/content/shadow-host';
import { createIntentGuard } from '../../lib/content/user-intent';
import { SidebarApp } from './SidebarApp';
import type { PageBridgeLike, SidebarPort } from './ports';

export interface MountedSidebar {
  open(): void;
  /** For fallback evidence highlights. */
  layer: HTMLElement;
  destroy(): void;
}

/** Alt+Shift+R moves focus into the sidebar from anywhere on the page; Escape in it goes back. */
const FOCUS_KEY = 'KeyR';

export function mountSidebar(
  doc: Document,
  bridge: PageBridgeLike,
  port: SidebarPort,
  options: { forceTraining?: boolean; newClientId: () => string },
): MountedSidebar {
  const shadow = createShadowHost(doc, sidebarCss);
  const intent = createIntentGuard(shadow.root);
  const win = doc.defaultView!;
  let lastPageFocus: Element | null = null;
  let opener: (() => void) | null = null;

  const focusSidebar = () => {
    const active = doc.activeElement;
    if (active && active !== shadow.host) lastPageFocus = active;
    opener?.();
    // After React has expanded it: the heading the sidebar marks takes focus (never the control that hides it).
    win.requestAnimationFrame(() => {
      const target =
        shadow.root.querySelector<HTMLElement>('[data-sidebar-focus]') ??
        shadow.root.querySelector<HTMLElement>('button, [href], input, select, textarea');
      target?.focus();
    });
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

  const onPageKey = (e: KeyboardEvent) => {
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === FOCUS_KEY && e.isTrusted) {
      e.preventDefault();
      focusSidebar();
    }
  };
  win.addEventListener('keydown', onPageKey, true);
  shadow.host.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && e.isTrusted) {
      e.preventDefault();
      returnToPage();
    }
  });
  // Remember where the user was on the page before they moved into the sidebar.
  doc.addEventListener('focusin', (e) => {
    if (e.target !== shadow.host) lastPageFocus = e.target as Element;
  });

  const root = createRoot(shadow.mount);
  root.render(
    <SidebarApp
      bridge={bridge}
      port={port}
      forceTraining={options.forceTraining}
      startCollapsed={win.innerWidth < PUSH_MIN_VIEWPORT}
      onExpandedChange={(expanded) => shadow.setExpanded(expanded)}
      onVisibleChange={(visible) => shadow.setVisible(visible)}
      registerOpener={(open) => {
        opener = open;
      }}
      onReturnToPage={returnToPage}
      newClientId={options.newClientId}
      isUserSubmit={intent.allows}
    />,
  );

  return {
    open: focusSidebar,
    layer: shadow.layer,
    destroy() {
      win.removeEventListener('keydown', onPageKey, true);
      root.unmount();
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
