/**
 * Where a case is, and what is already on the page for it. The contract between the page reader
 * (which fills it in) and the sidebar (which decides what to show from it, through plan.ts).
 */
import type { RecognisedOffence } from '../detect/types';
import type { Role } from '../roles';

/** Stages a page can show for one case. `unknown` is always allowed and behaves as before stages existed. */
export const STAGES = [
  'pre-charge', // pre-charge advice or case review
  'first-hearing',
  'plea-guilty',
  'plea-not-guilty',
  'trial',
  'convicted',
  'sentence', // sentence hearing or adjourned for sentence
  'results-entry',
  'results-shared',
  'ended', // acquitted, discontinued or withdrawn
  'unknown',
] as const;
export type Stage = (typeof STAGES)[number];

/** Results already entered on the page for this case (never a result for another case on the same page). */
export interface OrdersOnPage {
  deprivation: boolean;
  restraining: boolean;
  shpo: boolean;
  compensation: boolean;
}

export const NO_ORDERS: OrdersOnPage = { deprivation: false, restraining: false, shpo: false, compensation: false };

/** One matching case on the page. A page with no case reference has one case with `ref: null`. */
export interface PageCase {
  /** The reference as the page prints it, normalised (upper case, no spaces); null when the page shows none. */
  ref: string | null;
  /** What keys the record for this case (lib/content/case-key.ts): the reference, or a page fingerprint. */
  key: string;
  /** The recognised offences that belong to this case, strongest first (evidence limited to this case). */
  offences: RecognisedOffence[];
  stage: Stage;
  orders: OrdersOnPage;
  /**
   * Where the case's text shows two or more defendants, each with an intimate-image offence or a
   * deprivation order: how many, and how many of them have the order. Absent otherwise.
   */
  defendants?: { count: number; withOrder: number };
}

/** How the reminder presents one case. */
export type Presentation = 'open' | 'collapsed' | 'indicator' | 'none';

export interface CasePlan {
  presentation: Presentation;
  /** A status line shown instead of the decision (e.g. the order is already on the page). */
  status: 'order-on-page' | null;
  /** Which prompts to show, in data order; 'all' means every prompt that applies to the offence and role. */
  promptIds: readonly string[] | 'all';
  /** Show the case's stage to the user (trainers: the stage being demonstrated is part of the lesson). */
  showStage?: boolean;
}

/** The roles whose behaviour the table in behaviour.ts sets out; a trainer demonstrates one of them. */
export type WorkingRole = Exclude<Role, 'trainer'>;

export type PlanInput = {
  case: PageCase;
  /** The user's role; null while none is chosen (then the reminder behaves as before stages existed). */
  role: Role | null;
  /** For a trainer: the role being demonstrated. Without it a trainer sees the role-neutral behaviour. */
  demonstrating?: WorkingRole | null;
};
