/**
 * Keeping the case system's own controls reachable while the reminder is shown (issue 15 item 6).
 *
 * The expanded sidebar pushes the page's normal content aside (a margin on <html>), but elements with
 * `position: fixed` are laid out against the viewport, not <html>: a fixed header or a fixed bottom
 * toolbar still runs under the sidebar, with its right-hand buttons (often "Save") beneath it. So the
 * host looks for page controls inside the column it is about to cover that sit in a fixed element,
 * and docks itself in the largest vertical band free of them: below a fixed header, above a fixed
 * toolbar. Where no band is tall enough, the reminder opens as its tab only (the user can still open
 * it over the page).
 *
 * Only fixed elements count: normal content is pushed aside and sticky elements stick inside their
 * own (pushed) containing block, so neither can be under the sidebar; and ignoring content that scrolls
 * keeps the sidebar from jumping about while the user scrolls.
 */

export interface Band {
  top: number;
  bottom: number;
}

/** Anything a user can click, type into or tab to. */
export const CONTROL_SELECTOR = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[role="button"]',
  '[role="link"]',
  '[role="menuitem"]',
  '[role="tab"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable=""]',
  '[contenteditable="true"]',
].join(',');

/** A fixed bar no taller than this share of the window is kept clear as a whole, not just its controls. */
const BAR_SHARE = 0.25;
/** Enough to bound the work on a page that puts hundreds of fixed controls in the column. */
const MAX_FIXED_CONTROLS = 200;

/**
 * The gaps between `blocked` bands (vertical extents, viewport coordinates) within [0, height], in
 * order from the top.
 */
export function freeBands(blocked: readonly Band[], height: number): Band[] {
  const sorted = blocked
    .map((b) => ({ top: Math.max(0, b.top), bottom: Math.min(height, b.bottom) }))
    .filter((b) => b.bottom > b.top)
    .sort((a, b) => a.top - b.top);
  const gaps: Band[] = [];
  let cursor = 0;
  for (const b of sorted) {
    if (b.top > cursor) gaps.push({ top: cursor, bottom: b.top });
    cursor = Math.max(cursor, b.bottom);
  }
  if (cursor < height) gaps.push({ top: cursor, bottom: height });
  return gaps;
}

/** The tallest gap (the first of equals), or null when none is at least `min` tall. */
export function tallestBand(blocked: readonly Band[], height: number, min: number): Band | null {
  let best: Band | null = null;
  for (const gap of freeBands(blocked, height)) {
    if (gap.bottom - gap.top >= min && (!best || gap.bottom - gap.top > best.bottom - best.top)) best = gap;
  }
  return best;
}

/** The highest gap at least `min` tall (for the tab: near the top, where it has always been). */
export function firstBand(blocked: readonly Band[], height: number, min: number): Band | null {
  return freeBands(blocked, height).find((gap) => gap.bottom - gap.top >= min) ?? null;
}

function fixedAncestor(el: Element, win: Window): Element | null {
  for (let n: Element | null = el; n && n !== el.ownerDocument.documentElement; n = n.parentElement) {
    if (win.getComputedStyle(n).position === 'fixed') return n;
  }
  return null;
}

export interface FixedControls {
  /** Each fixed control's own extent. */
  controls: Band[];
  /** The same, widened to its whole fixed bar where the bar is low (a header, a toolbar). */
  bars: Band[];
}

/**
 * The vertical extents the sidebar must leave clear in the column [left, right) of the viewport:
 * each fixed page control in that column, and (preferred, it looks tidier) its whole bar.
 */
export function fixedControlsIn(doc: Document, left: number, right: number): FixedControls {
  const win = doc.defaultView;
  const out: FixedControls = { controls: [], bars: [] };
  if (!win) return out;
  const height = win.innerHeight;
  let checked = 0;
  for (const el of doc.querySelectorAll(CONTROL_SELECTOR)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= left || r.left >= right || r.bottom <= 0 || r.top >= height) continue;
    if (++checked > MAX_FIXED_CONTROLS) break;
    const bar = fixedAncestor(el, win);
    if (!bar) continue;
    const b = bar.getBoundingClientRect();
    out.controls.push({ top: r.top, bottom: r.bottom });
    out.bars.push(b.height <= height * BAR_SHARE ? { top: b.top, bottom: b.bottom } : { top: r.top, bottom: r.bottom });
  }
  return out;
}

/**
 * Where the host goes in its column: clear of whole bars if it fits there, else clear of the
 * controls alone; null when neither leaves `min`.
 */
export function placeClear(fixed: FixedControls, height: number, min: number, pick: typeof tallestBand): Band | null {
  return pick(fixed.bars, height, min) ?? pick(fixed.controls, height, min);
}
