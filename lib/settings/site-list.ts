import { isCanonicalSitePattern } from '../sites/parse-site-input';
import { MAX_SITES, type Settings } from './schema';

export type AddSiteError = 'duplicate' | 'tooMany' | 'locked';

/**
 * Adds a (parsed, canonical) site to the user's own list. `alreadyPresent` is every site in
 * effect, including the organisation's, so a managed site is reported as already there.
 */
export function addSite(
  user: Settings,
  pattern: string,
  opts: { alreadyPresent?: readonly string[]; sitesLocked?: boolean } = {},
): { ok: true; settings: Settings } | { ok: false; error: AddSiteError } {
  if (opts.sitesLocked) return { ok: false, error: 'locked' };
  if (user.sites.includes(pattern) || opts.alreadyPresent?.includes(pattern)) return { ok: false, error: 'duplicate' };
  if (user.sites.length >= MAX_SITES) return { ok: false, error: 'tooMany' };
  return { ok: true, settings: { ...user, sites: [...user.sites, pattern] } };
}

export function removeSite(user: Settings, pattern: string): Settings {
  return { ...user, sites: user.sites.filter((s) => s !== pattern) };
}

/**
 * For the background's permissions.onAdded listener: granted origins that are site patterns not
 * yet in the list. Firefox closes the popup while the permission prompt is open, so the popup
 * cannot be relied on to save the site after "Always run on this site"; the background can.
 */
export function sitesFromGrant(user: Settings, grantedOrigins: readonly string[]): string[] {
  return [...new Set(grantedOrigins)].filter((o) => isCanonicalSitePattern(o) && !user.sites.includes(o));
}
