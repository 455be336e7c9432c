import type { Role } from '../roles';

/**
 * Coded outcomes of a prompt and coded reasons, as stored in the record. Codes are stable API:
 * never rename one (add a new code and map the old one in a record migration instead). New codes
 * are only ever appended, so every stored entry stays valid.
 * Labels live in the i18n messages (`outcome_<code>` / `reason_<code>` with "-" replaced by "_").
 */
export const OUTCOME_CODES = [
  'raised-with-court', // the user raised it with the bench / court
  'order-made', // the court made the order (or did the thing the prompt asks about)
  'prosecution-applying', // the prosecution is applying / will apply
  'done', // checklist item completed (e.g. devices listed, result checked)
  'not-applicable', // does not apply to this case (needs a reason)
  'deferred', // deferred to sentence / a later hearing: re-arms the prompt
  'declined', // considered and decided against (needs a reason)
  // Added December 2026 (issue 15): outcomes that say who did what at the hearing.
  'applied-order-made', // prosecutor: applied, and the court made the order
  'applied-refused', // prosecutor: applied, and the court refused (needs a reason)
  'not-applied', // prosecutor: did not apply (needs a reason)
  'bench-declined', // legal adviser: raised it, and the bench declined (needs a reason)
  'not-raised', // legal adviser: did not raise it (needs a reason)
  'discussed', // trainer: the teaching point was discussed
  'skipped', // trainer: the teaching point was skipped
  'reopened', // a checklist tick was taken back: the point is open again
] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];

export const REASON_CODES = [
  'no-property-seized',
  'device-not-linked', // no evidence the device was used (Wright-Hadley)
  'disproportionate', // value / effect on the offender (s.155)
  'third-party-owner',
  'dealt-with-otherwise', // e.g. forfeiture under another power, SHPO terms
  'adjourned',
  'not-this-hearing', // e.g. first appearance, no plea yet
  'other',
  // Added December 2026: a checklist point the user marked "not relevant" with its one control.
  'not-relevant',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Outcomes that must carry a reason code. */
export const OUTCOMES_NEEDING_REASON: readonly OutcomeCode[] = [
  'not-applicable',
  'declined',
  'deferred',
  'applied-refused',
  'not-applied',
  'bench-declined',
  'not-raised',
];

/** Outcomes that leave the prompt open (it re-arms on the next visit). */
export const REARMING_OUTCOMES: readonly OutcomeCode[] = ['deferred', 'reopened'];

/** The one decision per case: whether to seek / advise / make a deprivation order. The rest is checklist. */
export const DECISION_PROMPT_ID = 'consider-deprivation-order';

/** Outcomes of the decision prompt that mean a deprivation order was made (what managers count). */
export const ORDER_MADE_OUTCOMES: readonly OutcomeCode[] = ['order-made', 'applied-order-made'];

/**
 * The decision's choices for each role, in the order offered (issue 15, UX walkthrough problem 4).
 * `deferred` stays for the roles at a hearing: it re-arms the decision for the next visit.
 */
export const DECISION_OUTCOMES: Readonly<Record<Role, readonly OutcomeCode[]>> = {
  'legal-adviser': ['raised-with-court', 'order-made', 'bench-declined', 'not-raised', 'deferred'],
  prosecutor: ['applied-order-made', 'applied-refused', 'prosecution-applying', 'not-applied', 'deferred'],
  trainer: ['discussed', 'skipped'],
};

/** The reasons offered with a decision that needs one: a short list, the common ones first. */
export const DECISION_REASONS: readonly ReasonCode[] = [
  'no-property-seized',
  'device-not-linked',
  'disproportionate',
  'third-party-owner',
  'dealt-with-otherwise',
  'adjourned',
  'not-this-hearing',
  'other',
];

/** A checklist point's two controls: "done" (a checkbox) and "not relevant" (a toggle), by role. */
export interface ChecklistCodes {
  done: OutcomeCode;
  notRelevant: OutcomeCode;
  /** Recorded with `notRelevant` when that outcome needs a reason. */
  notRelevantReason: ReasonCode | null;
}
export function checklistCodes(role: Role): ChecklistCodes {
  return role === 'trainer'
    ? { done: 'discussed', notRelevant: 'skipped', notRelevantReason: null }
    : { done: 'done', notRelevant: 'not-applicable', notRelevantReason: 'not-relevant' };
}

/**
 * What can follow an outcome as the hearing goes on: recorded as a new step (`corrects: null`), not as
 * a correction of the earlier one (raised with the bench, then the order made). After a deferral
 * any outcome is the next step.
 */
const FOLLOW_ONS: Partial<Record<OutcomeCode, readonly OutcomeCode[]>> = {
  'raised-with-court': ['order-made', 'bench-declined'],
  'prosecution-applying': ['applied-order-made', 'applied-refused'],
};
export function followOns(previous: OutcomeCode): readonly OutcomeCode[] {
  return FOLLOW_ONS[previous] ?? [];
}
export function isFollowOn(previous: OutcomeCode, next: OutcomeCode): boolean {
  return REARMING_OUTCOMES.includes(previous) || followOns(previous).includes(next);
}
