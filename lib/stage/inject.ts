import type { Verdict } from '../core/vocabulary';
import type { Role } from '../roles';
import { planForStage } from './plan';
import type { Stage } from './types';

export interface CaseSummary {
  stage: Stage;
  orderOnPage: boolean;
}

/**
 * The toolbar badge, which follows what the page shows: `alert` (!) where the reminder opens, `order`
 * (a tick) where every case shown already has its deprivation order on the page, `quiet` (?) for the
 * indicator or a possible case, none where there is nothing to remind (every case acquitted, withdrawn
 * or discontinued, or a page about nothing relevant).
 */
export type PageBadge = 'alert' | 'order' | 'quiet' | null;

export interface PageAction {
  /** Inject the sidebar (it then presents each case by its plan). */
  sidebar: boolean;
  /** Show the quiet indicator instead. */
  indicator: boolean;
  badge: PageBadge;
}

/**
 * What the background does for a page, from the detector's verdict and each matching case's plan:
 * the sidebar if any case's plan is open or collapsed; the quiet indicator if the strongest is the
 * indicator; nothing when every case's plan is `none` (e.g. all acquitted). A match with no cases read
 * (an older case-page script) behaves as before stages existed. A `possible` page keeps its indicator
 * (per the sensitivity setting) unless every case is `none`.
 */
export function pageAction(verdict: Verdict, cases: readonly CaseSummary[], role: Role | null, showPossible: boolean): PageAction {
  const plans = cases.map((c) => planForStage(c.stage, c.orderOnPage, role));
  const allNone = plans.length > 0 && plans.every((p) => p.presentation === 'none');
  if (verdict === 'possible') return { sidebar: false, indicator: showPossible && !allNone, badge: allNone ? null : 'quiet' };
  if (verdict !== 'match' || allNone) return { sidebar: false, indicator: false, badge: null };
  const shown = plans.filter((p) => p.presentation === 'open' || p.presentation === 'collapsed');
  if (plans.length === 0 || shown.length > 0) {
    const allOrdered = shown.length > 0 && shown.every((p) => p.status === 'order-on-page');
    return { sidebar: true, indicator: false, badge: allOrdered ? 'order' : 'alert' };
  }
  return { sidebar: false, indicator: true, badge: 'quiet' };
}
