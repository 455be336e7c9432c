/**
 * Text ranges of page chrome (page-text.ts finds them: the navigation, banner and contentinfo landmarks,
 * marquees, the page-level header, nav and footer). Text there is about the site, not the case on
 * screen: an awareness campaign in a banner must not open the reminder on a burglary case.
 */

export interface TextRange {
  start: number;
  end: number;
}

/**
 * The index of the first range that ends after `pos`, in ranges sorted by start whose ends rise with
 * their starts (ranges that do not overlap, or tokens of one kind); `ranges.length` if none. Binary
 * search: O(log n).
 */
export function firstEndingAfter(ranges: readonly TextRange[], pos: number): number {
  let a = 0;
  let b = ranges.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (ranges[mid]!.end <= pos) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** Is `pos` inside one of the ranges (sorted by start, not overlapping)? */
export function inRanges(ranges: readonly TextRange[], pos: number): boolean {
  const r = ranges[firstEndingAfter(ranges, pos)];
  return r !== undefined && r.start <= pos && pos < r.end;
}

/** Sorted, non-overlapping copy of caller-supplied ranges (the detector takes them from outside). */
export function normaliseRanges(ranges: readonly TextRange[] | undefined): TextRange[] {
  if (!ranges || ranges.length === 0) return [];
  const list = ranges.filter((r) => Number.isFinite(r.start) && Number.isFinite(r.end) && r.end > r.start).map((r) => ({ start: r.start, end: r.end }));
  list.sort((x, y) => x.start - y.start);
  const out: TextRange[] = [];
  for (const r of list) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push(r);
  }
  return out;
}

/**
 * The ranges detect() takes as `chrome` (text not about the case): the page chrome and the options
 * offered but not chosen (page-text.ts). detect() sorts and merges them.
 */
export function withChoices(page: { chrome: readonly TextRange[]; choices: readonly TextRange[] }): readonly TextRange[] {
  if (page.choices.length === 0) return page.chrome;
  return page.chrome.length === 0 ? page.choices : [...page.chrome, ...page.choices];
}
