import type { DetectResult } from '../detect/types';

/**
 * The reference that keys a case in the record: the police URN if the page shows one, else a court
 * case number, else a fingerprint of the page address (so prompts on a page without a reference are
 * still remembered for that page). The record stores it as an HMAC, never in clear by default.
 */
export function caseKeyFor(result: DetectResult, pageUrl: string): string {
  const ref = result.caseRefs.find((r) => r.kind === 'urn') ?? result.caseRefs[0];
  if (ref) return ref.value.slice(0, 64);
  let address = pageUrl;
  try {
    const u = new URL(pageUrl);
    address = `${u.origin}${u.pathname}${u.search}`;
  } catch {
    // keep the raw string
  }
  return `PAGE-${fnv1a64(address)}`;
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
