/**
 * The sidebar's home on the page: a custom element with an open shadow root, docked at the right
 * edge. It pushes the page aside when there is room (one rule, see page-push-style.ts), and only
 * overlays a narrow strip when collapsed. It docks in the band clear of the page's fixed controls
 * (lib/content/fixed-controls.ts), so a fixed header or toolbar keeps its buttons. It
 * keeps key events from reaching the page's shortcuts, and comes back if the page removes it (a
 * bounded number of times, then gives up quietly).
 */
import { firstBand, fixedControlsIn, placeClear, tallestBand, type Band } from './fixed-controls';
import { createPagePushStyle } from './page-push-style';

export const HOST_TAG = 'deprivation-order-reminder';
export const PANEL_WIDTH = 360;
export const STRIP_WIDTH = 44;
/** Below this viewport width the page is not pushed: the expanded panel overlays it. */
export const PUSH_MIN_VIEWPORT = 720;
/** The expanded panel needs at least this much height clear of the page's fixed controls. */
export const PANEL_MIN_HEIGHT = 360;
/** The collapsed tab needs about this much (its short vertical label and padding). */
export const TAB_MIN_HEIGHT = 120;
/** After the page changes, its fixed controls are looked for again once it has been quiet this long, */
const RELAYOUT_QUIET_MS = 400;
/** and never sooner than this after the last look. */
const RELAYOUT_MIN_GAP_MS = 2000;

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  mount: HTMLElement;
  /** A layer for fallback evidence highlights. */
  layer: HTMLElement;
  setExpanded(expanded: boolean): void;
  /** Hidden: takes no space, pushes nothing. */
  setVisible(visible: boolean): void;
  /**
   * True when the expanded panel would have to cover one of the page's fixed controls (no band of
   * PANEL_MIN_HEIGHT clear of them): the reminder then opens as its tab only.
   */
  crowded(): boolean;
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
:host([data-state="collapsed"]) { width: ${STRIP_WIDTH}px !important; bottom: auto !important; height: auto !important; max-height: 100vh !important; }
:host([data-state="hidden"]) { display: none !important; }
.dor-host-mount { height: 100%; }
`;

export function createShadowHost(doc: Document, css: string, opts: { maxReattach?: number } = {}): ShadowHost {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${HOST_CSS}\n${css}`;
  // Where the host sits: the band clear of the page's fixed controls (rewritten on each layout).
  const place = doc.createElement('style');
  const mount = doc.createElement('div');
  // The sidebar's `height: 100%` must reach the host's height (it may be a band shorter than the window).
  mount.className = 'dor-host-mount';
  // Fallback evidence highlights (browsers without the Custom Highlight API) are drawn here, in
  // viewport coordinates, outside the page's DOM.
  const layer = doc.createElement('div');
  layer.setAttribute('style', 'position:fixed;inset:0;pointer-events:none;overflow:visible');
  root.append(style, place, layer, mount);
  let expanded = true;
  let visible = true;

  const win = doc.defaultView!;
  const pushStyle = createPagePushStyle(doc, host);

  const state = () => (!visible ? 'hidden' : expanded ? 'expanded' : 'collapsed');
  // Set once we stop fighting the page: from then on the page is never pushed aside for a sidebar
  // that may not be there, even if setExpanded/setVisible are called again.
  let gaveUp = false;
  const pushes = () => expanded && win.innerWidth >= PUSH_MIN_VIEWPORT;
  const placeHost = () => {
    const rule = visible && !gaveUp ? placementRule(doc, expanded, pushes(), mount) : '';
    if (place.textContent !== rule) place.textContent = rule;
  };
  const applyHostStyle = () => {
    if (host.getAttribute('data-state') !== state()) host.setAttribute('data-state', state());
    // Placed before the page is pushed: the fixed controls it looks for are laid out against the
    // viewport, so the push does not move them, and measuring after it would force a layout of the
    // whole pushed page inside this script (issue 19: ~600 ms on a 1 MB register). The browser then
    // lays the pushed page out once, in its own frame.
    placeHost();
    pushStyle.set(!visible || gaveUp ? '' : `html { margin-right: ${pushes() ? PANEL_WIDTH : STRIP_WIDTH}px !important; }`);
  };

  // Keys typed in the sidebar must not trigger the case system's own shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }

  const attached = keepAttached(doc, host, opts.maxReattach ?? 5, {
    // A page that tampers with our state attribute or hides us gets it put back.
    tampered: () => host.getAttribute('data-state') !== state() || host.hidden,
    restore() {
      host.hidden = false;
      applyHostStyle();
    },
    giveUp() {
      gaveUp = true;
      pushStyle.set('');
    },
  });
  const relayout = relayoutOnChange(doc, () => visible && !gaveUp, placeHost);
  const onResize = () => applyHostStyle();
  const isCrowded = () => win.innerWidth >= PUSH_MIN_VIEWPORT && bandFor(doc, PANEL_WIDTH, PANEL_MIN_HEIGHT, tallestBand) === null;
  // Asked right after creation (mount.tsx): answered from the page as it was before the push, for the
  // same reason as in applyHostStyle; later calls look again.
  let crowdedAtStart: boolean | null = isCrowded();
  applyHostStyle();
  doc.documentElement.append(host);
  attached.start();
  relayout.start();
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
    crowded() {
      const known = crowdedAtStart;
      crowdedAtStart = null;
      return known ?? isCrowded();
    },
    destroy() {
      attached.stop();
      relayout.stop();
      win.removeEventListener('resize', onResize);
      pushStyle.remove();
      host.remove();
    },
  };
}

/** The band the host may use in its column (`width` at the right edge), or null when the page leaves none tall enough. */
function bandFor(doc: Document, width: number, min: number, pick: typeof tallestBand): Band | null {
  const win = doc.defaultView!;
  return placeClear(fixedControlsIn(doc, win.innerWidth - width, win.innerWidth), win.innerHeight, min, pick);
}

/** The `:host` rule that docks the host in the band clear of the page's fixed controls ('' for the whole height). */
function placementRule(doc: Document, expanded: boolean, pushes: boolean, mount: HTMLElement): string {
  const win = doc.defaultView!;
  if (!expanded) {
    // The tab's own height (its label, at this zoom); if no gap fits it, the tallest gap anyway:
    // a clipped tab is better than one over the page's own buttons.
    const need = Math.ceil(mount.getBoundingClientRect().height) || TAB_MIN_HEIGHT;
    const fixed = fixedControlsIn(doc, win.innerWidth - STRIP_WIDTH, win.innerWidth);
    const band = placeClear(fixed, win.innerHeight, need, firstBand) ?? tallestBand(fixed.controls, win.innerHeight, 1);
    if (band && (band.top > 0 || band.bottom - band.top < need)) {
      return `:host([data-state]) { top: ${band.top}px !important; max-height: ${band.bottom - band.top}px !important; overflow: hidden !important; }`;
    }
  } else if (pushes) {
    // Narrow windows: the expanded panel is the user's own choice to cover the page; no band.
    const band = bandFor(doc, PANEL_WIDTH, PANEL_MIN_HEIGHT, tallestBand);
    if (band && (band.top > 0 || band.bottom < win.innerHeight)) {
      return `:host([data-state]) { top: ${band.top}px !important; bottom: ${win.innerHeight - band.bottom}px !important; height: auto !important; }`;
    }
  }
  return '';
}

/**
 * Keeps the host a child of <html>: put back when the page removes it or moves it deeper (where a
 * childList observer on <html> would no longer see it go), its state restored when tampered with;
 * after `max` returns, it gives up quietly rather than fight the page.
 */
function keepAttached(doc: Document, host: HTMLElement, max: number, on: { tampered(): boolean; restore(): void; giveUp(): void }) {
  let reattached = 0;
  const observer = new doc.defaultView!.MutationObserver(() => {
    const misplaced = host.isConnected && host.parentNode !== doc.documentElement;
    if (misplaced || !host.isConnected) {
      if (reattached >= max) {
        observer.disconnect();
        on.giveUp();
        return;
      }
      reattached += 1;
      doc.documentElement.append(host);
      if (!misplaced) return;
    }
    if (on.tampered()) on.restore();
  });
  return {
    start() {
      observer.observe(doc.documentElement, { childList: true });
      observer.observe(host, { attributes: true, attributeFilter: ['data-state', 'hidden'] });
    },
    stop: () => observer.disconnect(),
  };
}

/**
 * A page that renders its toolbar later (or changes it): look again once it has been quiet for
 * RELAYOUT_QUIET_MS, never more often than every RELAYOUT_MIN_GAP_MS, in idle time (after a frame,
 * when the layout is already up to date). A page that keeps changing costs one look per gap at most.
 */
function relayoutOnChange(doc: Document, active: () => boolean, look: () => void) {
  const win = doc.defaultView!;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastLook = 0;
  const idle = (fn: () => void) =>
    typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(fn, { timeout: 1000 }) : win.requestAnimationFrame(fn);
  const lookNow = () => {
    lastLook = Date.now();
    look();
  };
  const observer = new win.MutationObserver(() => {
    if (!active()) return;
    if (timer !== null) clearTimeout(timer);
    const wait = Math.max(RELAYOUT_QUIET_MS, lastLook + RELAYOUT_MIN_GAP_MS - Date.now());
    timer = setTimeout(() => {
      timer = null;
      idle(lookNow);
    }, wait);
  });
  return {
    start() {
      if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] });
    },
    stop() {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
    },
  };
}
