import { DECISION_PROMPT_ID } from '../prompts/outcomes';
import { csvCell } from './csv';
import { parseSummaryFile, FEWER_THAN_5, type FileCount, type SummaryCounts, type SummaryFile, type SummaryRow } from './summary-file';

/**
 * Combining summary files on the managers' page. A count written as "fewer than 5" is somewhere
 * from 1 to 4, so every combined count is a range (low to high); exact files give exact figures.
 * Files are added whole or not at all: a bad or repeated file changes nothing already loaded.
 */
export interface Range {
  low: number;
  high: number;
}

export interface CombinedRow extends SummaryCounts<Range> {
  month: string;
  offenceGroup: string;
  role: string;
}

export const COUNT_FIELDS = ['casesRecognised', 'casesWithDecision', 'ordersMade', 'ordersSeenOnPage', 'deferrals'] as const;

export interface LoadedSummary {
  name: string;
  file: SummaryFile;
}

export type LoadMessage =
  | { kind: 'added'; name: string }
  | { kind: 'refused'; name: string; reason: string }
  | { kind: 'repeat'; name: string; sameAs: string };

/** Adds files in order; returns the new list (the old one is never changed) and a message per file. */
export function addSummaryFiles(
  loaded: readonly LoadedSummary[],
  incoming: readonly { name: string; text: string }[],
): { loaded: LoadedSummary[]; messages: LoadMessage[] } {
  const next = [...loaded];
  const messages: LoadMessage[] = [];
  for (const { name, text } of incoming) {
    const parsed = parseSummaryFile(text);
    if (!parsed.ok) {
      messages.push({ kind: 'refused', name, reason: parsed.error.message });
      continue;
    }
    const same = next.find((l) => l.file.exportId === parsed.value.exportId);
    if (same) {
      messages.push({ kind: 'repeat', name, sameAs: same.name });
      continue;
    }
    next.push({ name, file: parsed.value });
    messages.push({ kind: 'added', name });
  }
  return { loaded: next, messages };
}

export function rangeOf(count: FileCount | undefined): Range {
  if (count === undefined) return { low: 0, high: 0 };
  return count === FEWER_THAN_5 ? { low: 1, high: 4 } : { low: count, high: count };
}

function add(a: Range, b: Range): Range {
  return { low: a.low + b.low, high: a.high + b.high };
}

function zero(): Range {
  return { low: 0, high: 0 };
}

export function emptyCombined(month: string, offenceGroup: string, role: string): CombinedRow {
  return {
    month,
    offenceGroup,
    role,
    casesRecognised: zero(),
    casesWithDecision: zero(),
    ordersMade: zero(),
    ordersSeenOnPage: zero(),
    deferrals: zero(),
    outcomes: {},
    declinesByReason: {},
  };
}

function addInto(into: CombinedRow, row: SummaryRow) {
  for (const f of COUNT_FIELDS) into[f] = add(into[f], rangeOf(row[f]));
  for (const [p, byCode] of Object.entries(row.outcomes)) {
    const target = (into.outcomes[p] ??= {});
    for (const [code, n] of Object.entries(byCode)) target[code] = add(target[code] ?? zero(), rangeOf(n));
  }
  for (const [reason, n] of Object.entries(row.declinesByReason)) into.declinesByReason[reason] = add(into.declinesByReason[reason] ?? zero(), rangeOf(n));
}

export interface SummaryFilter {
  offenceGroup: string;
  role: string;
}

/** Rows of every file that pass the filter ('' = all). */
export function rowsOf(loaded: readonly LoadedSummary[], filter: SummaryFilter): SummaryRow[] {
  return loaded.flatMap((l) =>
    l.file.rows.filter((r) => (!filter.offenceGroup || r.offenceGroup === filter.offenceGroup) && (!filter.role || r.role === filter.role)),
  );
}

/** Sums rows grouped by a key (month, offence group, role or all three), sorted by key. */
export function groupRows(rows: readonly SummaryRow[], by: 'month' | 'offenceGroup' | 'role' | 'all' | 'cell'): CombinedRow[] {
  const out = new Map<string, CombinedRow>();
  for (const r of rows) {
    const key = by === 'all' ? 'all' : by === 'cell' ? `${r.month}|${r.offenceGroup}|${r.role}` : r[by];
    let row = out.get(key);
    if (!row) {
      row = emptyCombined(by === 'month' || by === 'cell' ? r.month : '', by === 'offenceGroup' || by === 'cell' ? r.offenceGroup : '', by === 'role' || by === 'cell' ? r.role : '');
      out.set(key, row);
    }
    addInto(row, r);
  }
  return [...out.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row);
}

export function totalRow(rows: readonly SummaryRow[]): CombinedRow {
  return groupRows(rows, 'all')[0] ?? emptyCombined('', '', '');
}

export function isExact(r: Range): boolean {
  return r.low === r.high;
}

/** The middle of the range: what a chart draws when a count is only known as a range. */
export function mid(r: Range): number {
  return (r.low + r.high) / 2;
}

/** numerator / denominator as a share (0-1), from the middles; null when there is nothing to divide by. */
export function rate(numerator: Range, denominator: Range): number | null {
  const d = mid(denominator);
  return d > 0 ? Math.min(1, mid(numerator) / d) : null;
}

/** Text for a combined count: exact, "fewer than 5", or "low to high". Labels come from the caller (i18n). */
export function rangeText(r: Range, words: { fewerThan5: string; between: (low: number, high: number) => string }): string {
  if (isExact(r)) return String(r.low);
  if (r.high < 5) return words.fewerThan5;
  return words.between(r.low, r.high);
}

export interface CsvLabels {
  month: (m: string) => string;
  group: (g: string) => string;
  role: (r: string) => string;
  prompt: (p: string) => string;
  outcome: (o: string) => string;
  reason: (r: string) => string;
  columns: Record<(typeof COUNT_FIELDS)[number] | 'month' | 'offenceGroup' | 'role', string>;
  count: (r: Range) => string;
}

/** The combined table, one row per month, offence group and role, every count as shown on the page. */
export function combinedCsv(rows: readonly SummaryRow[], labels: CsvLabels): string {
  const cells = groupRows(rows, 'cell');
  const pairs = new Set<string>();
  const reasons = new Set<string>();
  for (const c of cells) {
    for (const [p, byCode] of Object.entries(c.outcomes)) for (const code of Object.keys(byCode)) pairs.add(`${p}\u0000${code}`);
    for (const r of Object.keys(c.declinesByReason)) reasons.add(r);
  }
  const pairList = [...pairs].sort((a, b) => (a.startsWith(`${DECISION_PROMPT_ID}\u0000`) ? -1 : b.startsWith(`${DECISION_PROMPT_ID}\u0000`) ? 1 : a.localeCompare(b)));
  const reasonList = [...reasons].sort();
  const header = [
    labels.columns.month,
    labels.columns.offenceGroup,
    labels.columns.role,
    ...COUNT_FIELDS.map((f) => labels.columns[f]),
    ...pairList.map((pc) => {
      const [p, code] = pc.split('\u0000') as [string, string];
      return `${labels.prompt(p)}: ${labels.outcome(code)}`;
    }),
    ...reasonList.map((r) => labels.reason(r)),
  ];
  const lines = [header.map(csvCell).join(',')];
  for (const c of cells) {
    lines.push(
      [
        labels.month(c.month),
        labels.group(c.offenceGroup),
        labels.role(c.role),
        ...COUNT_FIELDS.map((f) => labels.count(c[f])),
        ...pairList.map((pc) => {
          const [p, code] = pc.split('\u0000') as [string, string];
          return labels.count(c.outcomes[p]?.[code] ?? zero());
        }),
        ...reasonList.map((r) => labels.count(c.declinesByReason[r] ?? zero())),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
