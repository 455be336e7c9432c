import type { Verdict } from '../core/vocabulary';
import type { DetectResult, RecognisedOffence } from '../detect/types';

const RANK: Record<Verdict, number> = { none: 0, possible: 1, iioc: 2, match: 3 };

export function strongerVerdict(a: Verdict, b: Verdict): Verdict {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * Combines the result for the page so far with the result for newly added content. Offsets in
 * `added` refer to the added chunk only, so callers keep evidence positions as DOM ranges, not offsets.
 */
export function mergeResults(base: DetectResult, added: DetectResult, maxEvidence = 5): DetectResult {
  if (added.verdict === 'none' && added.offences.length === 0 && added.caseRefs.length === 0) return base;
  const byId = new Map<string, RecognisedOffence>();
  for (const o of base.offences) byId.set(o.id, o);
  for (const o of added.offences) {
    const prev = byId.get(o.id);
    byId.set(o.id, prev ? { ...prev, evidence: [...prev.evidence, ...o.evidence].slice(0, maxEvidence) } : o);
  }
  const seen = new Set(base.caseRefs.map((r) => `${r.kind}:${r.value}`));
  const caseRefs = [...base.caseRefs, ...added.caseRefs.filter((r) => !seen.has(`${r.kind}:${r.value}`))];
  const verdict = strongerVerdict(base.verdict, added.verdict);
  const merged: DetectResult = {
    verdict,
    confidence: Math.max(base.verdict === verdict ? base.confidence : 0, added.verdict === verdict ? added.confidence : 0),
    offences: [...byId.values()],
    caseRefs,
  };
  // The flags hold for the page as a whole once either part raised them on a match.
  // An intimate-image match in one part and IIOC in another: IIOC is also present on the page.
  const iiocIn = (x: DetectResult) => x.offences.some((o) => o.category === 'iioc');
  const intimateMatch = (x: DetectResult) => x.verdict === 'match' && !x.under18;
  if (base.alsoIioc || added.alsoIioc || (intimateMatch(base) && iiocIn(added)) || (intimateMatch(added) && iiocIn(base))) merged.alsoIioc = true;
  if (base.under18 || added.under18) merged.under18 = true;
  return merged;
}
