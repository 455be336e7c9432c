import type { DetectResult } from '../detect/types';

/**
 * The reference that keys a case in the record: the police URN if the page shows one, else a court
 * case number, else a fingerprint of the page address (so prompts on a page without a reference are
 * still remembered for that page). The record stores it as an HMAC, never in clear by default.
 */
export function caseKeyFor(result: DetectResult, pageUrl: string): string {
  const ref = caseRefForMatch(result);
  if (ref) return ref.slice(0, 64);
  let address = pageUrl;
  try {
    const u = new URL(pageUrl);
    address = `${u.origin}${u.pathname}${u.search}`;
  } catch {
    // keep the raw string
  }
  return `PAGE-${fnv1a64(address)}`;
}

/**
 * On a page listing many cases (a court register), the case is the one whose reference comes last
 * before the strongest evidence (registers print the reference first, then the offences); failing
 * that, the first one after it. Police URNs are preferred to court case numbers.
 */
export function caseRefForMatch(result: DetectResult): string | null {
  const at = result.offences[0]?.evidence[0]?.start;
  for (const kind of ['urn', 'court-case'] as const) {
    const refs = result.caseRefs.filter((r) => r.kind === kind);
    if (refs.length === 0) continue;
    if (at === undefined || refs.length === 1) return refs[0]!.value;
    let best = null;
    for (const r of refs) if (r.start <= at && (!best || r.start > best.start)) best = r;
    return (best ?? refs.find((r) => r.start > at) ?? refs[0]!).value;
  }
  return null;
}

/** FNV-1a, 64-bit, as 16 hex digits: short, stable, and not reversible to the address at a glance. */
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0').toUpperCase();
}
