import { createPagePushStyle } from './page-push-style';

/**
 * The sidebar's home on the page: a custom element with an open shadow root, docked at the right
 * edge. It pushes the page aside when there is room (one rule, see page-push-style.ts), and only
 * overlays a narrow strip when collapsed. It keeps key events from reaching the page's shortcuts,
 * and comes back if the page removes it (a bounded number of times, then gives up quietly).
 */
export const HOST_TAG = 'deprivation-order-reminder';
export const PANEL_WIDTH = 360;
export const STRIP_WIDTH = 44;
/** Below this viewport width the page is not pushed: the expanded panel overlays it. */
export const PUSH_MIN_VIEWPORT = 720;

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  mount: HTMLElement;
  /** A layer for fallback evidence highlights. */
  layer: HTMLElement;
  setExpanded(expanded: boolean): void;
  /** Hidden: takes no space, pushes nothing. */
  setVisible(visible: boolean): void;
  destroy(): void;
}

/**
 * The host's own layout lives in the shadow root's `:host` rules with !important: for important
 * declarations the shadow tree wins over the page's stylesheets (even `* { all: unset !important }`)
 * and over inline styles a page script might set.
 */
const HOST_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 0 !important; right: 0 !important; bottom: 0 !important; left: auto !important;
  height: 100vh !important;
  width: min(${PANEL_WIDTH}px, 100vw) !important;
  z-index: 2147483647 !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important;
  transform: none !important; filter: none !important; opacity: 1 !important;
  visibility: visible !important; pointer-events: auto !important;
}
:host([data-state="collapsed"]) { width: ${STRIP_WIDTH}px !important; }
:host([data-state="hidden"]) { display: none !important; }
`;

export function createShadowHost(doc: Document, css: string, opts: { maxReattach?: number } = {}): ShadowHost {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${HOST_CSS}\n${css}`;
  const mount = doc.createElement('div');
  // Fallback evidence highlights (browsers without the Custom Highlight API) are drawn here, in
  // viewport coordinates, outside the page's DOM.
  const layer = doc.createElement('div');
  layer.setAttribute('style', 'position:fixed;inset:0;pointer-events:none;overflow:visible');
  root.append(style, layer, mount);
  let expanded = true;
  let visible = true;

  const win = doc.defaultView!;
  const pushStyle = createPagePushStyle(doc, host);

  const state = () => (!visible ? 'hidden' : expanded ? 'expanded' : 'collapsed');
  // Set once we stop fighting the page: from then on the page is never pushed aside for a sidebar
  // that may not be there, even if setExpanded/setVisible are called again.
  let gaveUp = false;
  const applyHostStyle = () => {
    if (host.getAttribute('data-state') !== state()) host.setAttribute('data-state', state());
    if (!visible || gaveUp) {
      pushStyle.set('');
      return;
    }
    const push = expanded && win.innerWidth >= PUSH_MIN_VIEWPORT;
    pushStyle.set(
      push
        ? `html { margin-right: ${PANEL_WIDTH}px !important; }`
        : `html { margin-right: ${STRIP_WIDTH}px !important; }`,
    );
  };

  // Keys typed in the sidebar must not trigger the case system's own shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }

  let reattached = 0;
  const maxReattach = opts.maxReattach ?? 5;
  const observer = new win.MutationObserver(() => {
    // Moved deeper into the page (where this observer would not see it removed): back to <html>,
    // or, past the limit, stop pushing the page aside for a host we can no longer watch.
    if (host.isConnected && host.parentNode !== doc.documentElement) {
      if (reattached < maxReattach) {
        reattached += 1;
        doc.documentElement.append(host);
      } else {
        observer.disconnect();
        gaveUp = true;
        pushStyle.set('');
        return;
      }
    }
    if (host.isConnected) {
      // A page that tampers with our state attribute or hides us gets it put back.
      if (host.getAttribute('data-state') !== state() || host.hidden) {
        host.hidden = false;
        applyHostStyle();
      }
      return;
    }
    if (reattached >= maxReattach) {
      observer.disconnect(); // fail safe: stop fighting a page that keeps removing us
      gaveUp = true;
      pushStyle.set('');
      return;
    }
    reattached += 1;
    doc.documentElement.append(host);
  });
  const onResize = () => applyHostStyle();

  applyHostStyle();
  doc.documentElement.append(host);
  observer.observe(doc.documentElement, { childList: true });
  observer.observe(host, { attributes: true, attributeFilter: ['data-state', 'hidden'] });
  win.addEventListener('resize', onResize);

  return {
    host,
    root,
    mount,
    layer,
    setExpanded(next) {
      expanded = next;
      applyHostStyle();
    },
    setVisible(next) {
      visible = next;
      applyHostStyle();
    },
    destroy() {
      observer.disconnect();
      win.removeEventListener('resize', onResize);
      pushStyle.remove();
      host.remove();
    },
  };
}
