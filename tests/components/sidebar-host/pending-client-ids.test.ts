import { describe, expect, it } from 'vitest';
import { createPendingClientIds, type PendingDecision } from '../../../components/sidebar-host/pending-client-ids';

const decision: PendingDecision = { caseKey: 'k1', promptId: 'deprivation-order', outcome: 'raised-with-court', reason: null, note: null, corrects: null };

function ids() {
  let n = 0;
  return createPendingClientIds(() => `id-${++n}`);
}

describe('pending client ids (a user retry after a failed send never stores a decision twice)', () => {
  it('the same decision submitted again, before it was recorded, reuses its id', () => {
    const p = ids();
    expect(p.idFor(decision)).toBe('id-1');
    expect(p.idFor({ ...decision })).toBe('id-1');
  });

  it('once recorded, the same decision again is a new entry (a new id)', () => {
    const p = ids();
    p.idFor(decision);
    p.settle(decision);
    expect(p.idFor(decision)).toBe('id-2');
  });

  it('a different decision (outcome, reason, note, correction or case) gets its own id', () => {
    const p = ids();
    p.idFor(decision);
    const others: PendingDecision[] = [
      { ...decision, outcome: 'declined' },
      { ...decision, reason: 'adjourned' },
      { ...decision, note: 'n' },
      { ...decision, corrects: 3 },
      { ...decision, caseKey: 'k2' },
      { ...decision, promptId: 'other' },
    ];
    expect(others.map((d) => p.idFor(d))).toEqual(['id-2', 'id-3', 'id-4', 'id-5', 'id-6', 'id-7']);
  });
});
