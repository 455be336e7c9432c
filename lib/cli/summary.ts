/**
 * Per-class figures for `npm run detect -- --summary` on a labelled corpus: for each `offences` tag,
 * how many labelled files carry it, the precision of 'match' among them (matches on positives / all
 * matches) and the recall of 'match' and of 'match' or 'possible' on its positives, so that a regression
 * in one class (mixed IIOC cases, alternative charges, Welsh...) is visible.
 */
import type { Verdict } from '../core/vocabulary';
import type { CorpusDoc } from './corpus-index';

export interface Scored {
  verdict: Verdict;
  doc: CorpusDoc | undefined;
}

export interface TagFigures {
  tag: string;
  files: number;
  positives: number;
  matches: number;
  truePositives: number;
  foundPositives: number;
  /** Hard negatives (subset) given 'match'. */
  hardNegativeMatches: number;
}

const ALL = '(all)';

export function tagFigures(scored: Scored[]): TagFigures[] {
  const by = new Map<string, TagFigures>();
  const get = (tag: string) => {
    let f = by.get(tag);
    if (!f) by.set(tag, (f = { tag, files: 0, positives: 0, matches: 0, truePositives: 0, foundPositives: 0, hardNegativeMatches: 0 }));
    return f;
  };
  for (const { verdict, doc } of scored) {
    if (!doc) continue;
    for (const tag of [ALL, ...new Set(doc.offences)]) {
      const f = get(tag);
      f.files++;
      const positive = doc.label === 'positive';
      if (positive) f.positives++;
      if (verdict === 'match') {
        f.matches++;
        if (positive) f.truePositives++;
        if (doc.subset === 'hard-negative') f.hardNegativeMatches++;
      }
      if (positive && (verdict === 'match' || verdict === 'possible')) f.foundPositives++;
    }
  }
  return [...by.values()].sort((a, b) => (a.tag === ALL ? -1 : b.tag === ALL ? 1 : a.tag.localeCompare(b.tag)));
}

const ratio = (a: number, b: number) => (b ? `${a}/${b} ${(a / b).toFixed(2)}` : '-');

export function tagSummary(scored: Scored[]): string {
  const rows = tagFigures(scored);
  const head = ['tag', 'files', 'precision(match)', 'recall(match)', 'recall(match|possible)', 'hard-neg match'];
  const body = rows.map((f) => [
    f.tag,
    String(f.files),
    ratio(f.truePositives, f.matches),
    ratio(f.truePositives, f.positives),
    ratio(f.foundPositives, f.positives),
    String(f.hardNegativeMatches),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return ['', 'per class (corpus offences tags; precision = matches on positives / matches)', line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
