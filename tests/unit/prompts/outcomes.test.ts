import { describe, expect, it } from 'vitest';
import {
  checklistCodes,
  DECISION_OUTCOMES,
  DECISION_REASONS,
  followOns,
  isFollowOn,
  ORDER_MADE_OUTCOMES,
  OUTCOME_CODES,
  OUTCOMES_NEEDING_REASON,
  REARMING_OUTCOMES,
  REASON_CODES,
} from '../../../lib/prompts/outcomes';
import { ROLES } from '../../../lib/roles';

describe('outcome codes', () => {
  it('only ever grow: the codes stored before December 2026 keep their place and spelling', () => {
    expect(OUTCOME_CODES.slice(0, 7)).toEqual(['raised-with-court', 'order-made', 'prosecution-applying', 'done', 'not-applicable', 'deferred', 'declined']);
    expect(REASON_CODES.slice(0, 8)).toEqual(['no-property-seized', 'device-not-linked', 'disproportionate', 'third-party-owner', 'dealt-with-otherwise', 'adjourned', 'not-this-hearing', 'other']);
  });

  it('gives each role its own decision: a prosecutor applies, an adviser raises it, a trainer discusses it', () => {
    expect(DECISION_OUTCOMES.prosecutor).toEqual(expect.arrayContaining(['applied-order-made', 'applied-refused', 'not-applied']));
    expect(DECISION_OUTCOMES['legal-adviser']).toEqual(expect.arrayContaining(['raised-with-court', 'order-made', 'bench-declined', 'not-raised']));
    expect(DECISION_OUTCOMES.trainer).toEqual(['discussed', 'skipped']);
    for (const role of ROLES) for (const code of DECISION_OUTCOMES[role]) expect(OUTCOME_CODES).toContain(code);
    // Deferral stays for the roles at a hearing, and re-arms the decision.
    expect(DECISION_OUTCOMES.prosecutor).toContain('deferred');
    expect(DECISION_OUTCOMES['legal-adviser']).toContain('deferred');
    expect(REARMING_OUTCOMES).toContain('deferred');
  });

  it('asks a reason for every "did not" and "declined" answer, and offers reasons for them', () => {
    for (const code of ['not-applied', 'not-raised', 'bench-declined', 'applied-refused', 'declined', 'not-applicable'] as const) {
      expect(OUTCOMES_NEEDING_REASON).toContain(code);
    }
    expect(OUTCOMES_NEEDING_REASON).not.toContain('applied-order-made');
    expect(DECISION_REASONS.length).toBeGreaterThan(3);
  });

  it('counts an order made on either role\u2019s path', () => {
    expect([...ORDER_MADE_OUTCOMES].sort()).toEqual(['applied-order-made', 'order-made']);
  });

  it('records a later step at the hearing as a follow-on, and anything else as a correction', () => {
    expect(isFollowOn('raised-with-court', 'order-made')).toBe(true);
    expect(isFollowOn('raised-with-court', 'bench-declined')).toBe(true);
    expect(isFollowOn('prosecution-applying', 'applied-refused')).toBe(true);
    expect(isFollowOn('deferred', 'not-raised')).toBe(true);
    expect(isFollowOn('reopened', 'done')).toBe(true);
    expect(isFollowOn('order-made', 'raised-with-court')).toBe(false);
    expect(isFollowOn('raised-with-court', 'not-raised')).toBe(false);
    expect(isFollowOn('done', 'reopened')).toBe(false);
    expect(followOns('order-made')).toEqual([]);
  });

  it('records checklist ticks as done / not applicable (with its reason), or discussed / skipped for trainers', () => {
    expect(checklistCodes('legal-adviser')).toEqual({ done: 'done', notRelevant: 'not-applicable', notRelevantReason: 'not-relevant' });
    expect(checklistCodes('trainer')).toEqual({ done: 'discussed', notRelevant: 'skipped', notRelevantReason: null });
    expect(OUTCOMES_NEEDING_REASON).not.toContain('skipped');
  });
});
