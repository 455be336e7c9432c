import { describe, expect, it } from 'vitest';
import { toCsv, csvCell, CSV_COLUMNS } from '../../../lib/record/csv';
import { caseKey } from '../../../lib/record/case-ref';
import { caseTimeline, filterEntries, offenceIds, pageOf } from '../../../lib/record/query';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';
import type { RecordEntry } from '../../../lib/record/schema';
import { at, makeInput } from './helpers';

async function sample(): Promise<RecordEntry[]> {
  const store = createRecordStore(createMemoryArea());
  const add = (o: Parameters<typeof makeInput>[0], iso: string, clear = true) =>
    store.append(makeInput(o), { ...at(iso), caseRefInClear: clear });
  await add({ caseRef: 'A1', event: 'shown', outcome: null }, '2026-01-01T10:00:00.000Z');
  await add({ caseRef: 'A1', outcome: 'declined', reason: 'disproportionate' }, '2026-01-01T10:05:00.000Z');
  await add({ caseRef: 'A1', outcome: 'order-made', corrects: 2 }, '2026-01-02T10:00:00.000Z');
  await add({ caseRef: 'B2', event: 'shown', outcome: null, offence: { id: 'soa2003-s66e', evidenceKind: 'title' } }, '2026-01-03T10:00:00.000Z');
  await add({ caseRef: 'C3', outcome: 'order-made' }, '2026-01-04T10:00:00.000Z');
  await add({ caseRef: 'T1', mode: 'training', outcome: 'done' }, '2026-01-04T11:00:00.000Z');
  const listing = await store.list({ mode: 'all' });
  if (!listing.ok) throw new Error('list failed');
  return listing.value.entries;
}

describe('summary, filters and timeline', () => {
  it('includes training only when asked; hides "prompt shown" rows when asked', async () => {
    const entries = await sample();
    expect(filterEntries(entries, { includeTraining: true }).some((e) => e.mode === 'training')).toBe(true);
    expect(filterEntries(entries, { includeTraining: false }).some((e) => e.mode === 'training')).toBe(false);
    expect(filterEntries(entries, { includeTraining: false, showShown: false }).map((e) => e.seq).sort()).toEqual([2, 3, 5]);
  });

  it('pages after filtering, newest first, and clamps to the last page', async () => {
    const entries = await sample();
    const first = pageOf(entries, { includeTraining: true }, 1, 2);
    expect(first.total).toBe(6);
    expect(first.entries.map((e) => `${e.mode}${e.seq}`)).toEqual(['training1', 'live5']);
    const last = pageOf(entries, { includeTraining: false, showShown: false }, 9, 2);
    expect(last).toMatchObject({ total: 3, page: 2 });
    expect(last.entries.map((e) => e.seq)).toEqual([2]);
  });

  it('filters by date, outcome and offence', async () => {
    const entries = await sample();
    expect(filterEntries(entries, { includeTraining: false, from: '2026-01-02', to: '2026-01-03' }).map((e) => e.seq).sort()).toEqual([3, 4]);
    expect(filterEntries(entries, { includeTraining: false, outcome: 'order-made' }).map((e) => e.seq).sort()).toEqual([3, 5]);
    expect(filterEntries(entries, { includeTraining: false, offenceId: 'soa2003-s66e' }).map((e) => e.seq)).toEqual([4]);
    expect(offenceIds(entries)).toEqual(['soa2003-s66b-2', 'soa2003-s66e']);
  });

  it('builds one case timeline, oldest first', async () => {
    const timeline = caseTimeline(await sample(), caseKey({ type: 'clear', value: 'A1' })!);
    expect(timeline.map((e) => e.seq)).toEqual([1, 2, 3]);
  });
});

describe('CSV export', () => {
  it('has one header row and one row per entry, with every column', async () => {
    const entries = await sample();
    const lines = toCsv(entries).trimEnd().split('\r\n');
    expect(lines).toHaveLength(entries.length + 1);
    expect(lines[0]).toBe(CSV_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(lines[1]!.split('","')).toHaveLength(CSV_COLUMNS.length);
  });

  it('quotes cells and defuses spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('""');
  });
});
