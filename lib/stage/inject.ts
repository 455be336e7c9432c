import type { Verdict } from '../detect/types';
import type { Role } from '../roles';
import { planForStage } from './plan';
import type { Stage } from './types';

export interface CaseSummary {
  stage: Stage;
  orderOnPage: boolean;
}

export interface PageAction {
  /** Inject the sidebar (it then presents each case by its plan). */
  sidebar: boolean;
  /** Show the quiet indicator instead. */
  indicator: boolean;
}

/**
 * What the background does for a page, from the detector's verdict and each matching case's plan:
 * the sidebar if any case's plan is open or collapsed; the quiet indicator if the strongest is the
 * indicator; nothing when every case's plan is `none` (e.g. all acquitted). A match with no cases read
 * (an older case-page script) behaves as before stages existed. A `possible` page keeps its indicator
 * (per the sensitivity setting) unless every case is `none`.
 */
export function pageAction(verdict: Verdict, cases: readonly CaseSummary[], role: Role | null, showPossible: boolean): PageAction {
  const plans = cases.map((c) => planForStage(c.stage, c.orderOnPage, role).presentation);
  const allNone = plans.length > 0 && plans.every((p) => p === 'none');
  if (verdict === 'possible') return { sidebar: false, indicator: showPossible && !allNone };
  if (verdict !== 'match' || allNone) return { sidebar: false, indicator: false };
  if (plans.length === 0 || plans.some((p) => p === 'open' || p === 'collapsed')) return { sidebar: true, indicator: false };
  return { sidebar: false, indicator: true };
}
