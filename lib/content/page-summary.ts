import { caseRefForMatch } from './case-key';
import type { EvidenceKind, OffenceCategory, Verdict } from '../core/vocabulary';
import type { DetectResult } from '../detect/types';
import type { CaseSummary } from '../stage/inject';
import type { PageCase } from '../stage/types';

/** At most this many cases are reported (a list rarely has more than a few matching cases). */
export const MAX_SUMMARY_CASES = 20;

/** What the case-page script tells the background: no page text, only what was recognised. */
export interface PageSummary {
  verdict: Verdict;
  offences: { id: string; title: string; citation: string; category: OffenceCategory; evidenceKind: EvidenceKind }[];
  /** The case reference that keys the record (police URN first, then a court case number). */
  caseRef: string | null;
  /** Each matching case's stage and whether a deprivation order is already on the page for it (no references, no text). */
  cases: CaseSummary[];
}

/** What summarise gives for a page without findings (EMPTY result, no cases): what the case-page
 * script sends while the detector is not loaded, since only the detector finds anything. */
export const NO_FINDINGS: PageSummary = Object.freeze({ verdict: 'none', offences: [], caseRef: null, cases: [] });

export function summarise(result: DetectResult, cases: readonly PageCase[] = []): PageSummary {
  return {
    verdict: result.verdict,
    offences: result.offences.slice(0, 10).map((o) => ({
      id: o.id,
      title: o.title,
      citation: o.citation,
      category: o.category,
      evidenceKind: o.evidence[0]?.kind ?? 'prose',
    })),
    // A page about nothing relevant sends no case reference: only what a match needs leaves the page.
    caseRef: result.verdict === 'none' ? null : caseRefForMatch(result),
    cases: result.verdict === 'none' ? [] : cases.slice(0, MAX_SUMMARY_CASES).map((c) => ({ stage: c.stage, orderOnPage: c.orders.deprivation })),
  };
}

export function sameSummary(a: PageSummary | null, b: PageSummary): boolean {
  if (!a || a.verdict !== b.verdict || a.caseRef !== b.caseRef || a.offences.length !== b.offences.length) return false;
  if (a.cases.length !== b.cases.length) return false;
  if (!a.cases.every((c, i) => c.stage === b.cases[i]!.stage && c.orderOnPage === b.cases[i]!.orderOnPage)) return false;
  return a.offences.every((o, i) => o.id === b.offences[i]!.id);
}
