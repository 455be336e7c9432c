import type { Prompt } from '../../lib/prompts/types';
import { REARMING_OUTCOMES } from '../../lib/prompts/outcomes';
import type { PromptStatus } from './types';

export type PromptState = 'open' | 'recorded' | 'deferred' | 'changed';

/** How a prompt stands: a status for an older prompt version counts as needing a fresh look. */
export function promptState(prompt: Prompt, status: PromptStatus | undefined): PromptState {
  if (!status) return 'open';
  if (status.promptVersion !== prompt.version) return 'changed';
  return REARMING_OUTCOMES.includes(status.outcome) ? 'deferred' : 'recorded';
}

/** True when every prompt has a current, non-deferred outcome (the sidebar can then sit quietly). */
export function allRecorded(
  prompts: readonly Prompt[],
  statuses: Readonly<Record<string, PromptStatus>>,
): boolean {
  return prompts.length > 0 && prompts.every((p) => promptState(p, statuses[p.id]) === 'recorded');
}
