/**
 * THE table of what the reminder does for one case, by the case's stage (or an order already on the
 * page) and the user's role. planFor (plan.ts) reads it; so do the tests and the README. Sources:
 * - Order already on the page: the decision has been taken; the job left is to check the result
 *   (each item of property listed, reasons given), so the reminder opens collapsed with a status.
 * - Acquitted, discontinued, withdrawn: there is no conviction, so no deprivation order can be made
 *   (Sentencing Act 2020 s.153: the order is available to the convicting court): no reminder.
 * - Prosecutor at pre-charge, review or first hearing: the CPS guidance announced on 25 March 2025
 *   asks prosecutors to consider deprivation orders early in case strategy (legal-brief.md §4.4): the
 *   early prompts (identify each device, evidence each was used, the decision to apply).
 * - Legal adviser before a plea: nothing to advise the bench on yet, so a quiet indicator; from a
 *   guilty plea, conviction, trial, sentence or results entry the full reminder, open (the bench can
 *   make the order of its own motion: legal-brief.md §6.1).
 * - No role chosen, or a stage the page does not show (`unknown`): the reminder as before stages
 *   existed (open, every prompt), except that ended cases and orders already made are still honoured.
 */
import { DECISION_PROMPT_ID } from '../prompts/outcomes';
import type { CasePlan, Stage, WorkingRole } from './types';

export type Behaviour = Omit<CasePlan, 'showStage'>;
/** The columns: each working role, and `any` for no role (and a trainer not demonstrating a role). */
export type BehaviourColumn = WorkingRole | 'any';
/** The rows: each stage, and the order already on the page (which comes before any stage). */
export type BehaviourRow = Stage | 'order-on-page';

/** Prompts for checking an order already entered: the result itself, and each item of property. */
export const ORDER_ON_PAGE_PROMPTS: readonly string[] = ['check-result-recorded', 'identify-each-device'];
/** The prosecutor's early prompts (CPS, March 2025): list each device, evidence of use, the decision. */
export const EARLY_PROMPTS: readonly string[] = ['identify-each-device', 'evidence-device-used', DECISION_PROMPT_ID];

const FULL: Behaviour = { presentation: 'open', status: null, promptIds: 'all' };
const QUIET: Behaviour = { presentation: 'indicator', status: null, promptIds: 'all' };
const NONE: Behaviour = { presentation: 'none', status: null, promptIds: [] };
const EARLY: Behaviour = { presentation: 'open', status: null, promptIds: EARLY_PROMPTS };
const ORDER: Behaviour = { presentation: 'collapsed', status: 'order-on-page', promptIds: ORDER_ON_PAGE_PROMPTS };

export const BEHAVIOUR: Readonly<Record<BehaviourRow, Readonly<Record<BehaviourColumn, Behaviour>>>> = {
  'order-on-page': { 'legal-adviser': ORDER, prosecutor: ORDER, any: ORDER },
  'pre-charge': { 'legal-adviser': QUIET, prosecutor: EARLY, any: FULL },
  'first-hearing': { 'legal-adviser': QUIET, prosecutor: EARLY, any: FULL },
  'plea-not-guilty': { 'legal-adviser': QUIET, prosecutor: EARLY, any: FULL },
  trial: { 'legal-adviser': FULL, prosecutor: FULL, any: FULL },
  'plea-guilty': { 'legal-adviser': FULL, prosecutor: FULL, any: FULL },
  convicted: { 'legal-adviser': FULL, prosecutor: FULL, any: FULL },
  sentence: { 'legal-adviser': FULL, prosecutor: FULL, any: FULL },
  'results-entry': { 'legal-adviser': FULL, prosecutor: FULL, any: FULL },
  'results-shared': { 'legal-adviser': FULL, prosecutor: FULL, any: FULL },
  ended: { 'legal-adviser': NONE, prosecutor: NONE, any: NONE },
  unknown: { 'legal-adviser': FULL, prosecutor: FULL, any: FULL },
};
