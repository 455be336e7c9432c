import type { Role } from '../roles';
import { BEHAVIOUR, type BehaviourColumn } from './behaviour';
import type { CasePlan, PlanInput, Stage, WorkingRole } from './types';

/**
 * What the reminder does for one case: the row of BEHAVIOUR (behaviour.ts) for its stage, or for an
 * order already on the page, in the column of the user's role. A trainer gets the column of the role
 * being demonstrated (role-neutral without one), and sees the stage.
 */
export function planFor(input: PlanInput): CasePlan {
  return planForStage(input.case.stage, input.case.orders.deprivation, input.role, input.demonstrating);
}

/** The same, from a case's stage and whether an order is on the page (what the background knows). */
export function planForStage(stage: Stage, orderOnPage: boolean, role: Role | null, demonstrating?: WorkingRole | null): CasePlan {
  const column: BehaviourColumn =
    role === 'legal-adviser' || role === 'prosecutor' ? role : role === 'trainer' && demonstrating ? demonstrating : 'any';
  return { ...BEHAVIOUR[orderOnPage ? 'order-on-page' : stage][column], showStage: role === 'trainer' };
}
