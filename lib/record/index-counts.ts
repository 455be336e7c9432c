import { addRow, caseStates, countRows, emptyRow, type CountsRow } from './aggregate';
import { caseKey } from './case-ref';
import { asEntries, type IndexRow } from './index-rows';

/**
 * Keeping the management counts up to date one entry at a time, without recounting the log.
 *
 * A case's counts depend only on its own entries, except that a correction takes the place of the
 * entry it corrects even in another case (aggregate.ts). So an append can change only the cases
 * linked to the new entry's case through corrections: those are recounted before and after the entry
 * with the same aggregate functions, and the difference applied to the kept rows. The result equals a
 * full recount (tests/unit/record/index-cache.test.ts checks it after thousands of random appends).
 */
export interface RowMaps {
  bySeq: Map<number, IndexRow>;
  /** The first row with each client id (duplicates answer with the first, as a scan did). */
  byClient: Map<string, IndexRow>;
  /** Rows of each case, in seq order. */
  byCase: Map<string, IndexRow[]>;
  /** Outcome rows that correct a given seq. */
  correctors: Map<number, IndexRow[]>;
}

export function keyOf(row: IndexRow): string | null {
  return row.kind === 'purge' ? null : caseKey(row.caseRef);
}

export function emptyMaps(): RowMaps {
  return { bySeq: new Map(), byClient: new Map(), byCase: new Map(), correctors: new Map() };
}

export function addToMaps(maps: RowMaps, row: IndexRow): void {
  maps.bySeq.set(row.seq, row);
  if (!maps.byClient.has(row.clientId)) maps.byClient.set(row.clientId, row);
  const key = keyOf(row);
  if (key !== null) {
    const list = maps.byCase.get(key);
    if (list) list.push(row);
    else maps.byCase.set(key, [row]);
  }
  if (row.kind === 'outcome' && row.corrects !== null) {
    const list = maps.correctors.get(row.corrects);
    if (list) list.push(row);
    else maps.correctors.set(row.corrects, [row]);
  }
}

export function mapsOf(rows: Iterable<IndexRow>): RowMaps {
  const maps = emptyMaps();
  for (const row of rows) addToMaps(maps, row);
  return maps;
}

/** The cases linked to `start` by corrections in either direction, `start` included. */
export function linkedCases(maps: RowMaps, start: readonly string[]): Set<string> {
  const found = new Set(start);
  const todo = [...start];
  const visit = (row: IndexRow | undefined) => {
    const key = row ? keyOf(row) : null;
    if (key !== null && !found.has(key)) {
      found.add(key);
      todo.push(key);
    }
  };
  for (let key = todo.pop(); key !== undefined; key = todo.pop()) {
    for (const row of maps.byCase.get(key) ?? []) {
      if (row.kind === 'outcome' && row.corrects !== null) visit(maps.bySeq.get(row.corrects));
      for (const corrector of maps.correctors.get(row.seq) ?? []) visit(corrector);
    }
  }
  return found;
}

function rowKey(r: CountsRow): string {
  return `${r.month}|${r.offenceGroup}|${r.role}`;
}

/** Subtracts `from` from `into`, dropping figures that reach zero (a recount never lists a zero). */
function subtractRow(into: CountsRow, from: CountsRow): void {
  into.casesRecognised -= from.casesRecognised;
  into.casesWithDecision -= from.casesWithDecision;
  into.ordersMade -= from.ordersMade;
  into.ordersSeenOnPage -= from.ordersSeenOnPage;
  into.deferrals -= from.deferrals;
  for (const [promptId, byCode] of Object.entries(from.outcomes)) {
    const target = into.outcomes[promptId];
    if (!target) continue;
    for (const [code, n] of Object.entries(byCode) as [keyof typeof target, number][]) {
      const left = (target[code] ?? 0) - n;
      if (left === 0) delete target[code];
      else target[code] = left;
    }
    if (Object.keys(target).length === 0) delete into.outcomes[promptId];
  }
  for (const [reason, n] of Object.entries(from.declinesByReason)) {
    const left = (into.declinesByReason[reason] ?? 0) - n;
    if (left === 0) delete into.declinesByReason[reason];
    else into.declinesByReason[reason] = left;
  }
}

/** `rows` with the counts `before` replaced by `after` (a new array; `rows` is not changed). */
export function replaceCounts(rows: readonly CountsRow[], before: readonly CountsRow[], after: readonly CountsRow[]): CountsRow[] {
  const byKey = new Map(rows.map((r) => [rowKey(r), structuredClone(r)]));
  for (const r of before) {
    const target = byKey.get(rowKey(r));
    if (target) subtractRow(target, r);
  }
  for (const r of after) {
    const key = rowKey(r);
    let target = byKey.get(key);
    if (!target) byKey.set(key, (target = emptyRow(r.month, r.offenceGroup, r.role)));
    addRow(target, r);
  }
  return [...byKey.values()]
    .filter((r) => r.casesRecognised !== 0)
    .sort((a, b) => a.month.localeCompare(b.month) || a.offenceGroup.localeCompare(b.offenceGroup) || a.role.localeCompare(b.role));
}

export interface CountsAfter {
  rows: CountsRow[];
  withoutReference: number;
}

/**
 * The counts after appending `row` to a log whose rows are in `maps` (not yet holding `row`).
 * Purge markers change nothing; an entry without a case reference only adds to `withoutReference`.
 */
export function countsAfterAppend(maps: RowMaps, counts: CountsAfter, row: IndexRow): CountsAfter {
  if (row.kind === 'purge') return counts;
  const key = keyOf(row);
  if (key === null) return { rows: counts.rows, withoutReference: counts.withoutReference + 1 };
  const start = [key];
  const corrected = row.kind === 'outcome' && row.corrects !== null ? maps.bySeq.get(row.corrects) : undefined;
  const correctedKey = corrected ? keyOf(corrected) : null;
  if (correctedKey !== null) start.push(correctedKey);
  const cases = linkedCases(maps, start);
  const rowsBefore = [...cases].flatMap((k) => maps.byCase.get(k) ?? []).sort((a, b) => a.seq - b.seq);
  const before = countRows(caseStates(asEntries(rowsBefore)));
  const after = countRows(caseStates(asEntries([...rowsBefore, row])));
  return { rows: replaceCounts(counts.rows, before, after), withoutReference: counts.withoutReference };
}
