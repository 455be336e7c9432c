import type { Mode } from './schema';

/**
 * Storage layout: one key per entry, so an append writes one small item (plus the head) instead of
 * rewriting a growing array, and a bad value damages one entry, not the record.
 */
export const SECRET_KEY = 'record:secret';
export const QUARANTINE_PREFIX = 'record:quarantine:';

export function entryPrefix(mode: Mode): string {
  return `record:${mode}:`;
}
export function headKey(mode: Mode): string {
  return `record:head:${mode}`;
}
export function entryKey(mode: Mode, seq: number): string {
  return `${entryPrefix(mode)}${String(seq).padStart(8, '0')}`;
}
/** The seq encoded in an entry key, or null if the key is not a well-formed entry key. */
export function seqFromKey(mode: Mode, key: string): number | null {
  const rest = key.slice(entryPrefix(mode).length);
  if (!key.startsWith(entryPrefix(mode)) || !/^\d{8,}$/.test(rest)) return null;
  const seq = Number(rest);
  return seq >= 1 ? seq : null;
}

/**
 * The index (lib/record/index-cache.ts): derived from the entries, never a source of truth. Kept under
 * its own prefix, so reading a log never mistakes it for an entry and a rebuild can replace it whole.
 */
export function indexKey(mode: Mode): string {
  return `record:index:${mode}`;
}
export function segmentKey(mode: Mode, n: number): string {
  return `${indexKey(mode)}:${String(n).padStart(5, '0')}`;
}
