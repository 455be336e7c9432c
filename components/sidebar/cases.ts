import { caseKeyFor } from '../../lib/content/case-key';
import type { DetectResult } from '../../lib/detect/types';
import { promptsFor } from '../../lib/prompts';
import { DECISION_PROMPT_ID } from '../../lib/prompts/outcomes';
import type { Prompt } from '../../lib/prompts/types';
import type { CaseStatus } from '../../lib/record/store';
import type { Role } from '../../lib/roles';
import { casesFromResult } from '../../lib/stage/cases';
import { planFor } from '../../lib/stage/plan';
import { NO_ORDERS, type PageCase } from '../../lib/stage/types';
import type { CaseView, LatestAcknowledgement } from './types';

/** What the sidebar needs of a scanner snapshot; `cases` once the page reader splits them itself. */
export interface CaseSource {
  url: string;
  result: DetectResult;
  cases?: readonly PageCase[];
}

/**
 * The matching cases on the page: the reader's own split when it gives one, else a split of the
 * detection by reference. A "possible" page that names no offence is still one case (the user opened it).
 */
export function readCases(snap: CaseSource): readonly PageCase[] {
  if (snap.cases && snap.cases.length > 0) return snap.cases;
  const cases = casesFromResult(snap.result, snap.url);
  if (cases.length > 0 || snap.result.verdict !== 'possible') return cases;
  return [{ ref: null, key: caseKeyFor(snap.result, snap.url), offences: [], stage: 'unknown', orders: NO_ORDERS }];
}

/** Flags the detector sets on a page (lib/detect/types.ts): said in one line each, never left out. */
interface DetectionFlags {
  alsoIioc?: true;
  under18?: true;
}

/** The i18n keys of the one-line notes for what else the page holds. */
export function detectionNoteKeys(result: DetectResult): string[] {
  const flags = result as DetectResult & DetectionFlags;
  const keys: string[] = [];
  if (flags.under18) keys.push('sidebar_note_under18');
  if (flags.alsoIioc) keys.push('sidebar_note_also_iioc');
  return keys;
}

export function toStatuses(status: CaseStatus | null | undefined): Record<string, LatestAcknowledgement> {
  const out: Record<string, LatestAcknowledgement> = {};
  for (const p of status?.prompts ?? []) {
    if (p.outcome === null) continue;
    out[p.promptId] = { outcome: p.outcome, reason: p.reason ?? undefined, at: p.recordedAt, promptVersion: p.promptVersion };
  }
  return out;
}

/** The prompts one case gets for a role, as its plan allows. */
export function casePrompts(pageCase: PageCase, role: Role, promptIds: readonly string[] | 'all'): Prompt[] {
  const all = promptsFor(role, {
    offenceIds: pageCase.offences.map((o) => o.id),
    categories: pageCase.offences.map((o) => o.category),
  });
  return promptIds === 'all' ? all : all.filter((p) => promptIds.includes(p.id));
}

/** The cases the sidebar shows, with their plans, prompts and recorded statuses. Cases planned `none` are left out. */
export function buildCaseViews(
  cases: readonly PageCase[],
  role: Role,
  statusByKey: ReadonlyMap<string, CaseStatus>,
): CaseView[] {
  const views: CaseView[] = [];
  for (const pageCase of cases) {
    const plan = planFor({ case: pageCase, role });
    if (plan.presentation === 'none') continue;
    const prompts = casePrompts(pageCase, role, plan.promptIds);
    views.push({
      key: pageCase.key,
      ref: pageCase.ref,
      offences: pageCase.offences,
      plan,
      ...(pageCase.defendants ? { defendants: pageCase.defendants } : {}),
      decision: prompts.find((p) => p.id === DECISION_PROMPT_ID),
      checklist: prompts.filter((p) => p.id !== DECISION_PROMPT_ID),
      statuses: toStatuses(statusByKey.get(pageCase.key)),
    });
  }
  return views;
}
