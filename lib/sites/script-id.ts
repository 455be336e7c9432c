import { SITE_SCRIPT_ID_PREFIX } from './constants';

/**
 * A stable registration id per site pattern, so reconciling after a restart or update can tell
 * which registered script belongs to which site. FNV-1a 32-bit: short, deterministic, no crypto
 * API needed (ids are not secrets).
 */
export function siteScriptId(pattern: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < pattern.length; i++) {
    hash ^= pattern.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${SITE_SCRIPT_ID_PREFIX}${hash.toString(16).padStart(8, '0')}`;
}

export function isSiteScriptId(id: string): boolean {
  return id.startsWith(SITE_SCRIPT_ID_PREFIX);
}
