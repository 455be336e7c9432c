import { caseRefForMatch } from './case-key';
import type { DetectResult, EvidenceKind, OffenceCategory, Verdict } from '../detect/types';

/** What the case-page script tells the background: no page text, only what was recognised. */
export interface PageSummary {
  verdict: Verdict;
  offences: { id: string; title: string; citation: string; category: OffenceCategory; evidenceKind: EvidenceKind }[];
  /** The case reference that keys the record (police URN first, then a court case number). */
  caseRef: string | null;
}

export function summarise(result: DetectResult): PageSummary {
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
  };
}

export function sameSummary(a: PageSummary | null, b: PageSummary): boolean {
  if (!a || a.verdict !== b.verdict || a.caseRef !== b.caseRef || a.offences.length !== b.offences.length) return false;
  return a.offences.every((o, i) => o.id === b.offences[i]!.id);
}
