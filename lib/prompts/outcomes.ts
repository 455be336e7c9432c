/**
 * Coded outcomes of a prompt and coded reasons, as stored in the record. Codes are stable API:
 * never rename one (add a new code and map the old one in a record migration instead).
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
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Outcomes that must carry a reason code. */
export const OUTCOMES_NEEDING_REASON: readonly OutcomeCode[] = ['not-applicable', 'declined', 'deferred'];

/** Outcomes that leave the prompt open (it re-arms on the next visit). */
export const REARMING_OUTCOMES: readonly OutcomeCode[] = ['deferred'];

/** The one decision per case: whether to seek / advise / make a deprivation order. The rest is checklist. */
export const DECISION_PROMPT_ID = 'consider-deprivation-order';

/** Outcomes of the decision prompt that mean a deprivation order was made (what managers count). */
export const ORDER_MADE_OUTCOMES: readonly OutcomeCode[] = ['order-made'];
