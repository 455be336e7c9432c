import { caseKeyFor, caseRefForMatch } from '../content/case-key';
import type { CaseRef, DetectResult, RecognisedOffence } from '../detect/types';
import { NO_ORDERS, type PageCase } from './types';

/**
 * Splits what was recognised on a page into cases: each piece of evidence belongs to the case whose
 * reference comes last before it (lists print the reference first, then the offences), or the first
 * reference after it. Police URNs are preferred to court case numbers. A page with no reference is one case.
 */
export function casesFromResult(result: DetectResult, pageUrl: string): PageCase[] {
  if (result.verdict === 'none' || result.offences.length === 0) return [];
  const refs = preferredRefs(result.caseRefs);
  if (refs.length <= 1) {
    const ref = caseRefForMatch(result);
    return [{ ref, key: caseKeyFor(result, pageUrl), offences: result.offences, stage: 'unknown', orders: NO_ORDERS }];
  }
  const byRef = new Map<string, Map<string, RecognisedOffence>>();
  for (const offence of result.offences) {
    for (const e of offence.evidence) {
      const ref = owner(refs, e.start);
      let offences = byRef.get(ref);
      if (!offences) byRef.set(ref, (offences = new Map()));
      const existing = offences.get(offence.id);
      if (existing) existing.evidence.push(e);
      else offences.set(offence.id, { ...offence, evidence: [e] });
    }
  }
  const order = refs.map((r) => r.value).filter((v, i, all) => all.indexOf(v) === i);
  return order
    .filter((ref) => byRef.has(ref))
    .map((ref) => ({ ref, key: ref.slice(0, 64), offences: [...byRef.get(ref)!.values()], stage: 'unknown', orders: NO_ORDERS }));
}

function preferredRefs(caseRefs: readonly CaseRef[]): CaseRef[] {
  for (const kind of ['urn', 'court-case'] as const) {
    const refs = caseRefs.filter((r) => r.kind === kind);
    if (refs.length > 0) return [...refs].sort((a, b) => a.start - b.start);
  }
  return [];
}

function owner(refs: readonly CaseRef[], at: number): string {
  let best: CaseRef | null = null;
  for (const r of refs) if (r.start <= at && (!best || r.start > best.start)) best = r;
  return (best ?? refs.find((r) => r.start > at) ?? refs[0]!).value;
}

/**
 * After an incremental read (only the changed part of the page was read): the cases split afresh from
 * the merged result, each keeping the stage and orders last read for it (a new case is `unknown` until
 * the next full read, which a changed part naming a stage or an order asks for).
 */
export function carryCases(previous: readonly PageCase[], result: DetectResult, pageUrl: string): PageCase[] {
  const known = new Map(previous.map((c) => [c.key, c]));
  return casesFromResult(result, pageUrl).map((c) => {
    const before = known.get(c.key);
    return before ? { ...c, stage: before.stage, orders: before.orders } : c;
  });
}
