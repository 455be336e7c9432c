/**
 * Observation entries: "a deprivation order is already on the page for this case", recorded by the
 * background without anyone clicking. One per case and log (idempotent across visits, tabs and retries),
 * in the chain like every entry, exported, and counted apart from users' outcomes.
 */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../../lib/record/csv';
import { parseExportFile } from '../../../lib/record/export-file';
import { createMemoryArea } from '../../../lib/record/kv';
import { aggregate, totalOf } from '../../../lib/record/aggregate';
import { caseTimeline, isCaseEntry } from '../../../lib/record/query';
import { observationEntryV1, type ObserveInput } from '../../../lib/record/schema';
import { createRecordStore } from '../../../lib/record/store';
import { CONTEXT, at, makeInput } from './helpers';

let n = 0;
function observation(overrides: Partial<ObserveInput> = {}): ObserveInput {
  n++;
  return {
    clientId: `observe-${String(n).padStart(6, '0')}-${Math.random().toString(36).slice(2, 8)}`,
    mode: 'live',
    role: 'legal-adviser',
    caseRef: '01AB2345678',
    site: 'https://caseworker.example.gov.uk',
    offence: { id: 'soa2003-s67-3', evidenceKind: 'title' },
    observation: 'deprivation-order-on-page',
    stage: 'results-entry',
    ...overrides,
  };
}

describe('store.observe', () => {
  it('writes one observation entry in the chain, with the case reference hashed', async () => {
    const store = createRecordStore(createMemoryArea());
    const r = await store.observe(observation(), CONTEXT);
    expect(r.ok && r.value.duplicate).toBe(false);
    if (!r.ok) return;
    expect(observationEntryV1.parse(r.value.entry)).toMatchObject({ kind: 'observation', observation: 'deprivation-order-on-page', stage: 'results-entry', role: 'legal-adviser' });
    expect(r.value.entry.kind === 'observation' && r.value.entry.caseRef.type).toBe('hmac');
    expect(JSON.stringify(r.value.entry)).not.toContain('01AB2345678');
    const verify = await store.verify('live');
    expect(verify.ok && verify.value.ok).toBe(true);
  });

  it('is idempotent per case: a retry, a second tab or a later visit adds nothing', async () => {
    const store = createRecordStore(createMemoryArea());
    const first = await store.observe(observation(), CONTEXT);
    const input = observation();
    const again = await store.observe(input, at('2026-03-05T09:00:00.000Z'));
    const retry = await store.observe(input, at('2026-03-05T09:00:01.000Z'));
    const otherStage = await store.observe(observation({ stage: 'results-shared' }), at('2026-04-01T09:00:00.000Z'));
    for (const r of [again, retry, otherStage]) expect(r.ok && r.value.duplicate).toBe(true);
    expect(first.ok && again.ok && again.value.entry.seq).toBe(first.ok && first.value.entry.seq);
    const other = await store.observe(observation({ caseRef: '02CD3456789' }), CONTEXT);
    const training = await store.observe(observation({ mode: 'training' }), CONTEXT);
    expect(other.ok && other.value.duplicate).toBe(false);
    expect(training.ok && training.value.duplicate).toBe(false);
    const list = await store.list({ mode: 'all' });
    expect(list.ok && list.value.entries.filter((e) => e.kind === 'observation')).toHaveLength(3);
  });

  it('refuses what is not an observation', async () => {
    const store = createRecordStore(createMemoryArea());
    expect((await store.observe({ ...observation(), observation: 'order-made' }, CONTEXT)).ok).toBe(false);
    expect((await store.observe({ ...observation(), stage: 'sentenced' }, CONTEXT)).ok).toBe(false);
    expect((await store.observe({ ...observation(), note: 'x' }, CONTEXT)).ok).toBe(false);
  });

  it('leaves case status, prompts and outcomes untouched', async () => {
    const store = createRecordStore(createMemoryArea());
    await store.observe(observation(), CONTEXT);
    const status = await store.caseStatus('01AB2345678', 'live');
    expect(status.ok && status.value.prompts).toEqual([]);
  });
});

describe('summary and export count observations apart from outcomes', () => {
  it('aggregate: orders seen on a page counted by case, never as an outcome or an order made', async () => {
    const store = createRecordStore(createMemoryArea());
    await store.append(makeInput({ caseRef: '09ZZ0000001' }), CONTEXT);
    await store.observe(observation(), CONTEXT);
    await store.observe(observation({ caseRef: '02CD3456789' }), CONTEXT);
    await store.observe(observation({ caseRef: '03EF4567890', role: null }), CONTEXT);
    const list = await store.list({ mode: 'live' });
    if (!list.ok) throw new Error('list failed');
    const total = totalOf(aggregate(list.value.entries));
    expect(total.ordersSeenOnPage).toBe(2);
    // The two observed cases were recognised on a page; the one seen before a role was chosen has no role to count under.
    expect(total.casesRecognised).toBe(3);
    expect(total.ordersMade).toBe(0);
    expect(total.casesWithDecision).toBe(0);
    // Only the one outcome appended above: observations add none.
    expect(Object.values(total.outcomes).flatMap((byCode) => Object.values(byCode))).toEqual([1]);
    expect(list.value.entries.filter(isCaseEntry)).toHaveLength(1);
    const key = list.value.entries.find((e) => e.kind === 'observation')!;
    expect(caseTimeline(list.value.entries, key.kind === 'observation' ? key.caseRef.value : '')).toEqual([]);
  });

  it('with an organisation key, an observation and an outcome of the same case are one case (same hashed reference)', async () => {
    // Found in review: observe hashed with this install's key while append used the organisation's, so the
    // managers' summary counted the case twice and never saw its order on the page.
    const store = createRecordStore(createMemoryArea(), { orgKey: async () => 'anytown-magistrates-court-2026-case-key-0001' });
    await store.append(makeInput({ caseRef: '01AB2345678' }), CONTEXT);
    await store.observe(observation({ caseRef: '01 ab 2345678' }), CONTEXT);
    const list = await store.list({ mode: 'live' });
    if (!list.ok) throw new Error('list failed');
    const refs = list.value.entries.map((e) => ('caseRef' in e ? JSON.stringify(e.caseRef) : null));
    expect(new Set(refs).size).toBe(1);
    const total = totalOf(aggregate(list.value.entries));
    expect(total.casesRecognised).toBe(1);
    expect(total.ordersSeenOnPage).toBe(1);
    // And the case search finds both.
    const found = await store.list({ mode: 'live', caseRef: '01AB2345678' });
    expect(found.ok && found.value.entries.length).toBe(2);
  });

  it('CSV: observation and stage columns at the end, the entry with no prompt or outcome', async () => {
    const store = createRecordStore(createMemoryArea());
    await store.observe(observation(), CONTEXT);
    const list = await store.list({ mode: 'live' });
    if (!list.ok) throw new Error('list failed');
    const [header, line] = toCsv(list.value.entries).trimEnd().split('\r\n');
    expect(CSV_COLUMNS.slice(-2)).toEqual(['observation', 'stage']);
    expect(header).toContain('"observation","stage"');
    const cells = line!.slice(1, -1).split('","');
    const cell = (name: (typeof CSV_COLUMNS)[number]) => cells[CSV_COLUMNS.indexOf(name)];
    expect(cell('kind')).toBe('observation');
    expect(cell('observation')).toBe('deprivation-order-on-page');
    expect(cell('stage')).toBe('results-entry');
    expect(cell('outcome')).toBe('');
    expect(cell('promptId')).toBe('');
    expect(cell('offenceId')).toBe('soa2003-s67-3');
  });

  it('JSON export keeps observation entries as stored, and they import and verify', async () => {
    const store = createRecordStore(createMemoryArea());
    await store.append(makeInput(), CONTEXT);
    await store.observe(observation(), CONTEXT);
    const file = await store.exportFile({ includeTraining: false, now: CONTEXT.now, extensionVersion: '0.1.0' });
    if (!file.ok) throw new Error('export failed');
    expect(file.value.logs.live!.entries.map((e) => e.kind)).toEqual(['outcome', 'observation']);
    const parsed = await parseExportFile(JSON.stringify(file.value));
    expect(parsed.ok).toBe(true);
    const fresh = createRecordStore(createMemoryArea());
    const imported = await fresh.importFile(JSON.stringify(file.value));
    expect(imported.ok && imported.value.added).toBe(2);
  });
});
