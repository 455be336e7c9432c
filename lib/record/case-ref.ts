import { hmacSha256Hex, sha256Hex } from './digest';
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

/**
 * The HMAC key made from an organisation-wide key set by policy (`caseRefKey`): every install of
 * the organisation hashes the same case alike. The policy string itself is never stored.
 */
export async function orgSecretHex(policyKey: string): Promise<string> {
  return sha256Hex(`deprivation-order-reminder/case-ref-key\n${policyKey}`);
}

/**
 * A matcher for a typed reference; hashes once per key, then compares against either stored form.
 * Several keys: entries written before and after an organisation key was set are both found.
 */
export async function caseRefMatcher(
  ref: string,
  secretHex: string | null | readonly (string | null)[],
): Promise<(stored: StoredCaseRef | null) => boolean> {
  const clear = normaliseCaseRef(ref);
  const secrets = (Array.isArray(secretHex) ? secretHex : [secretHex]).filter((s): s is string => typeof s === 'string' && s !== '');
  const hmacs = new Set(await Promise.all(secrets.map((s) => hmacSha256Hex(s, clear))));
  return (stored) =>
    stored !== null && ((stored.type === 'clear' && stored.value === clear) || (stored.type === 'hmac' && hmacs.has(stored.value)));
}

/** A stable key for grouping entries of one case without showing the reference. */
export function caseKey(stored: StoredCaseRef | null): string | null {
  return stored === null ? null : `${stored.type}:${stored.value}`;
}
