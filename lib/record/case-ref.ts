import { hmacSha256Hex } from './digest';
import type { StoredCaseRef } from './schema';

/** Same normal form as the detector's CaseRef.value: upper case, no white space. */
export function normaliseCaseRef(ref: string): string {
  return ref.replace(/\s+/g, '').toUpperCase();
}

/**
 * By default the reference is stored as an HMAC with a per-install secret: typing the reference
 * finds its entries, but the record (and an export) does not list references, and without the
 * secret a short reference cannot be recovered by hashing guesses.
 */
export async function storeCaseRef(ref: string, secretHex: string, inClear: boolean): Promise<StoredCaseRef> {
  const value = normaliseCaseRef(ref);
  return inClear ? { type: 'clear', value } : { type: 'hmac', value: await hmacSha256Hex(secretHex, value) };
}

/** A matcher for a typed reference; hashes once, then compares against either stored form. */
export async function caseRefMatcher(ref: string, secretHex: string | null): Promise<(stored: StoredCaseRef | null) => boolean> {
  const clear = normaliseCaseRef(ref);
  const hmac = secretHex ? await hmacSha256Hex(secretHex, clear) : null;
  return (stored) =>
    stored !== null && ((stored.type === 'clear' && stored.value === clear) || (stored.type === 'hmac' && stored.value === hmac));
}

/** A stable key for grouping entries of one case without showing the reference. */
export function caseKey(stored: StoredCaseRef | null): string | null {
  return stored === null ? null : `${stored.type}:${stored.value}`;
}
