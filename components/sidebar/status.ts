import type { Prompt } from '../../lib/prompts/types';
import { REARMING_OUTCOMES } from '../../lib/prompts/outcomes';
import type { CaseView, LatestAcknowledgement } from './types';

export type PromptState = 'open' | 'recorded' | 'deferred' | 'changed';

/** How a prompt stands: a status for an older prompt version counts as needing a fresh look. */
export function promptState(prompt: Prompt, status: LatestAcknowledgement | undefined): PromptState {
  if (!status) return 'open';
  if (status.promptVersion !== prompt.version) return 'changed';
  return REARMING_OUTCOMES.includes(status.outcome) ? 'deferred' : 'recorded';
}

/** True when every prompt has a current, non-deferred outcome. */
export function allRecorded(
  prompts: readonly Prompt[],
  statuses: Readonly<Record<string, LatestAcknowledgement>>,
): boolean {
  return prompts.length > 0 && prompts.every((p) => promptState(p, statuses[p.id]) === 'recorded');
}

/**
 * A case can sit quietly (collapsed, showing its outcome) once its decision is recorded; a deferral
 * or a new version of the decision prompt re-arms it. Without a decision on show (the plan left it
 * out, e.g. the order is already on the page) the plan alone decides.
 */
export function caseSettled(view: Pick<CaseView, 'decision' | 'statuses'>): boolean {
  if (!view.decision) return false;
  return promptState(view.decision, view.statuses[view.decision.id]) === 'recorded';
}

/** Whether a case's section starts open: the plan says open and nothing is settled yet. */
export function caseStartsOpen(view: Pick<CaseView, 'decision' | 'statuses' | 'plan'>): boolean {
  return view.plan.presentation === 'open' && view.plan.status === null && !caseSettled(view);
}
