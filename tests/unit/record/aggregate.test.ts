import { describe, expect, it } from 'vitest';
import { aggregate, totalOf } from '../../../lib/record/aggregate';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';
import { DECISION_PROMPT_ID, ORDER_MADE_OUTCOMES } from '../../../lib/prompts/outcomes';
import type { AppendInput, RecordEntry } from '../../../lib/record/schema';
import { at, makeInput } from './helpers';

const DECISION = { id: DECISION_PROMPT_ID, version: '1.0.0', textHash: 'a'.repeat(64), lang: 'en' };
const COMPANION = { id: 'companion-orders', version: '1.0.0', textHash: 'b'.repeat(64), lang: 'en' };
const ORDER = ORDER_MADE_OUTCOMES[0]!;

function recorder() {
  const store = createRecordStore(createMemoryArea());
  let minute = 0;
  const add = async (o: Partial<AppendInput>, iso?: string) => {
    const when = iso ?? new Date(Date.UTC(2026, 4, 10, 9, minute++)).toISOString();
    const r = await store.append(makeInput({ prompt: DECISION, ...o }), at(when));
    if (!r.ok) throw new Error(r.error.message);
    return r.value.entry.seq;
  };
  const entries = async (mode: 'live' | 'training' = 'live'): Promise<RecordEntry[]> => {
    const r = await store.list({ mode });
    if (!r.ok) throw new Error('list');
    return r.value.entries;
  };
  return { store, add, entries };
}

describe('management information: counts per month, offence group and role', () => {
  it('counts a deprivation order only from the decision prompt; companion orders have rows of their own', async () => {
    const r = recorder();
    await r.add({ caseRef: 'A', outcome: ORDER });
    await r.add({ caseRef: 'B', prompt: COMPANION, outcome: 'order-made' });
    await r.add({ caseRef: 'B', event: 'shown', outcome: null });
    await r.add({ caseRef: 'C', event: 'shown', outcome: null });
    const total = totalOf(aggregate(await r.entries()));
    expect(total.casesRecognised).toBe(3);
    expect(total.ordersMade).toBe(1);
    expect(total.casesWithDecision).toBe(1);
    expect(total.outcomes[DECISION_PROMPT_ID]).toEqual({ [ORDER]: 1 });
    expect(total.outcomes['companion-orders']).toEqual({ 'order-made': 1 });
  });

  it('a follow-on supersedes: raised with the court, then order made, is one order in one case', async () => {
    const r = recorder();
    await r.add({ caseRef: 'A', outcome: 'raised-with-court' });
    await r.add({ caseRef: 'A', outcome: ORDER });
    const total = totalOf(aggregate(await r.entries()));
    expect(total).toMatchObject({ casesRecognised: 1, casesWithDecision: 1, ordersMade: 1 });
    expect(total.outcomes[DECISION_PROMPT_ID]).toEqual({ [ORDER]: 1 });
  });

  it('a correction replaces what it corrects, in its place: correcting an earlier outcome keeps a later follow-on', async () => {
    const r = recorder();
    const raised = await r.add({ caseRef: 'A', outcome: 'raised-with-court' });
    await r.add({ caseRef: 'A', outcome: ORDER });
    await r.add({ caseRef: 'A', outcome: 'prosecution-applying', corrects: raised });
    let total = totalOf(aggregate(await r.entries()));
    expect(total.ordersMade).toBe(1);
    // Correcting the order itself withdraws it.
    const r2 = recorder();
    const order = await r2.add({ caseRef: 'B', outcome: ORDER });
    await r2.add({ caseRef: 'B', outcome: 'declined', reason: 'disproportionate', corrects: order });
    total = totalOf(aggregate(await r2.entries()));
    expect(total).toMatchObject({ ordersMade: 0, casesWithDecision: 1, declinesByReason: { disproportionate: 1 } });
    expect(total.outcomes[DECISION_PROMPT_ID]).toEqual({ declined: 1 });
  });

  it('a correction of a correction stands in the first one\'s place', async () => {
    const r = recorder();
    const first = await r.add({ caseRef: 'A', outcome: 'declined', reason: 'other' });
    const second = await r.add({ caseRef: 'A', outcome: 'not-applicable', reason: 'no-property-seized', corrects: first });
    await r.add({ caseRef: 'A', outcome: ORDER, corrects: second });
    const total = totalOf(aggregate(await r.entries()));
    expect(total).toMatchObject({ ordersMade: 1, declinesByReason: {} });
  });

  it('deferrals: counted once per case, and a later decision closes it', async () => {
    const r = recorder();
    await r.add({ caseRef: 'A', outcome: 'deferred', reason: 'adjourned' });
    await r.add({ caseRef: 'A', outcome: 'deferred', reason: 'adjourned' });
    await r.add({ caseRef: 'B', outcome: 'deferred', reason: 'adjourned' });
    await r.add({ caseRef: 'B', outcome: ORDER });
    const total = totalOf(aggregate(await r.entries()));
    expect(total).toMatchObject({ casesRecognised: 2, deferrals: 2, casesWithDecision: 1, ordersMade: 1, declinesByReason: {} });
  });

  it('counts each case once, in the UK month it was first recognised (BST month ends)', async () => {
    const r = recorder();
    await r.add({ caseRef: 'A', event: 'shown', outcome: null }, '2026-06-30T23:30:00.000Z'); // 00:30 on 1 July in the UK
    await r.add({ caseRef: 'A', outcome: ORDER }, '2026-08-03T10:00:00.000Z');
    await r.add({ caseRef: 'B', event: 'shown', outcome: null }, '2026-10-31T23:30:00.000Z'); // GMT: still October
    await r.add({ caseRef: 'C', event: 'shown', outcome: null }, '2026-03-29T00:30:00.000Z'); // before the change: March
    const rows = aggregate(await r.entries());
    expect(rows.map((x) => [x.month, x.casesRecognised, x.ordersMade])).toEqual([
      ['2026-03', 1, 0],
      ['2026-07', 1, 1],
      ['2026-10', 1, 0],
    ]);
  });

  it('splits by offence group and role, by the first entry of the case', async () => {
    const r = recorder();
    await r.add({ caseRef: 'A', event: 'shown', outcome: null, offence: { id: 'soa2003-s67-3', evidenceKind: 'citation' } });
    await r.add({ caseRef: 'A', outcome: ORDER, offence: { id: 'soa2003-s66b-2', evidenceKind: 'citation' } });
    await r.add({ caseRef: 'B', role: 'prosecutor', outcome: 'declined', reason: 'device-not-linked' });
    await r.add({ caseRef: 'D', event: 'shown', outcome: null, offence: { id: 'mca1988-s1', evidenceKind: 'title' } });
    const rows = aggregate(await r.entries());
    expect(rows.map((x) => [x.offenceGroup, x.role, x.casesRecognised, x.ordersMade])).toEqual([
      ['alternative', 'legal-adviser', 1, 0],
      ['sharing', 'prosecutor', 1, 0],
      ['voyeurism', 'legal-adviser', 1, 1],
    ]);
  });

  it('leaves training entries out (they are another log) and skips entries without a case reference', async () => {
    const r = recorder();
    await r.add({ caseRef: 'A', outcome: ORDER, mode: 'training' });
    await r.add({ caseRef: null, outcome: ORDER });
    const live = await r.entries('live');
    expect(totalOf(aggregate(live))).toMatchObject({ casesRecognised: 0, ordersMade: 0 });
    const view = await r.store.view({ filter: { includeTraining: false }, caseRef: null, caseKey: null, page: 1, pageSize: 10 }, new Date('2026-05-20T00:00:00Z'));
    expect(view.ok && view.value.totals.ordersMade).toBe(0);
    expect(view.ok && view.value.withoutReference).toBe(1);
    const withTraining = await r.store.view({ filter: { includeTraining: true }, caseRef: null, caseKey: null, page: 1, pageSize: 10 }, new Date());
    expect(withTraining.ok && withTraining.value.totals.ordersMade).toBe(1);
    const rows = await r.store.liveRows();
    expect(rows.ok && totalOf(rows.value).casesRecognised).toBe(0);
  });

  it('after a retention purge: purged cases are gone, a correction of a purged entry still counts once', async () => {
    const r = recorder();
    await r.add({ caseRef: 'OLD', outcome: ORDER }, '2024-01-10T10:00:00.000Z');
    const old = await r.add({ caseRef: 'A', outcome: 'raised-with-court' }, '2024-01-11T10:00:00.000Z');
    await r.add({ caseRef: 'A', outcome: ORDER, corrects: old }, '2026-05-01T10:00:00.000Z');
    const purged = await r.store.purgeExpired(new Date('2026-06-01T00:00:00.000Z'), 365, '0.1.0');
    expect(purged.ok && purged.value.purged.live).toBe(2);
    const rows = aggregate(await r.entries());
    expect(rows.map((x) => [x.month, x.casesRecognised, x.ordersMade])).toEqual([['2026-05', 1, 1]]);
  });

  it('the kept counts follow appends without re-reading (same answer as counting afresh)', async () => {
    const r = recorder();
    await r.add({ caseRef: 'A', outcome: 'raised-with-court' });
    const first = await r.store.liveRows();
    expect(first.ok && totalOf(first.value).ordersMade).toBe(0);
    await r.add({ caseRef: 'A', outcome: ORDER });
    const second = await r.store.liveRows();
    expect(second.ok && totalOf(second.value).ordersMade).toBe(1);
    expect(second.ok && second.value).toEqual(aggregate(await r.entries()));
  });
});
