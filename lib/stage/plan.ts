import type { CasePlan, PlanInput } from './types';

/**
 * What the reminder does for one case, by its stage and the user's role. Until the stage reader knows
 * better, every case gets the full reminder, open, as before stages existed.
 */
export function planFor(_input: PlanInput): CasePlan {
  return { presentation: 'open', status: null, promptIds: 'all' };
}
