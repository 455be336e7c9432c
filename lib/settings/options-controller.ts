import type { Role } from '../roles';
import { patternCovers } from '../sites/match-pattern';
import { isGranted } from '../sites/plan-registration';
import { loadEffectiveSettings, type EffectiveSettings } from './effective';
import type { ManagedArea } from './managed';
import type { LockableSetting } from './merge';
import type { SettingsProblem } from './problems';
import type { Settings } from './schema';
import { addSite, removeSite, sitesFromGrant, type AddSiteError } from './site-list';
import { saveSettings, type SettingsArea } from './storage';

/** The browser APIs the options page and popup need, passed in so tests can use fakes. */
export interface SettingsPageApi {
  local: SettingsArea;
  managed?: ManagedArea;
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
}

export interface SiteState {
  pattern: string;
  granted: boolean;
  managed: boolean;
}

export interface PageState {
  user: Settings;
  effective: Settings;
  locked: LockableSetting[];
  allowedRoles: Role[];
  sites: SiteState[];
  problems: SettingsProblem[];
  future: boolean;
  fresh: boolean;
  grantedOrigins: string[];
}

/**
 * The options page's state. Rejects when the stored settings cannot be read: the page then says so
 * instead of showing defaults that a save would write over the user's real settings.
 */
export async function loadPageState(api: SettingsPageApi): Promise<PageState> {
  const [eff, perms] = await Promise.all([loadEffectiveSettings(api.local, api.managed), api.permissions.getAll().catch(() => ({ origins: [] }))]);
  if (eff.unreadable) throw new Error('The stored settings could not be read.');
  return toPageState(eff, perms.origins ?? []);
}

function toPageState(eff: EffectiveSettings, origins: string[]): PageState {
  return {
    user: eff.user,
    effective: eff.effective,
    locked: eff.locked,
    allowedRoles: eff.allowedRoles,
    sites: eff.effective.sites.map((pattern) => ({ pattern, granted: isGranted(pattern, origins), managed: eff.managedSites.includes(pattern) })),
    problems: eff.problems,
    future: eff.future,
    fresh: eff.fresh,
    grantedOrigins: origins,
  };
}

export type AddOutcome = AddSiteError | 'denied' | 'failed' | null;

/**
 * Adds a site after asking the browser for access to it. MUST be called synchronously from the
 * click/submit handler: the permission request is made before anything is awaited, because
 * browsers only show the prompt during a user gesture. `state` is the page's last-loaded state.
 */
export function requestAndAddSite(api: SettingsPageApi, state: PageState, pattern: string): Promise<AddOutcome> {
  const precheck = addSite(state.user, pattern, { alreadyPresent: state.effective.sites, sitesLocked: state.locked.includes('sites') });
  if (!precheck.ok) return Promise.resolve(precheck.error);
  let request: Promise<boolean>;
  try {
    request = api.permissions.request({ origins: [pattern] });
  } catch {
    return Promise.resolve('failed');
  }
  return (async () => {
    let granted: boolean;
    try {
      granted = await request;
    } catch {
      return 'failed';
    }
    if (!granted) return 'denied';
    return saveAddedSite(api, pattern);
  })();
}

/**
 * Saves a granted site, re-reading storage first (the background may have added it already on
 * permissions.onAdded, which counts as success).
 */
export async function saveAddedSite(api: SettingsPageApi, pattern: string): Promise<AddOutcome> {
  try {
    const eff = await loadEffectiveSettings(api.local, api.managed);
    if (eff.future || eff.unreadable) return 'failed';
    const added = addSite(eff.user, pattern, { alreadyPresent: eff.effective.sites, sitesLocked: eff.locked.includes('sites') });
    if (!added.ok) return added.error === 'duplicate' ? null : added.error;
    const saved = await saveSettings(api.local, added.settings);
    return saved.ok ? null : 'failed';
  } catch {
    return 'failed';
  }
}

/**
 * Adds the sites the browser has just granted (the popup's "Always run on this site"; Firefox closes the
 * popup during the prompt, so the background saves them). Writes nothing when the stored settings
 * cannot be read or come from a newer version: the grant stays, and the user can add the site again.
 */
export async function saveGrantedOrigins(api: Pick<SettingsPageApi, 'local' | 'managed'>, origins: readonly string[]): Promise<'saved' | 'nothing' | 'unreadable' | 'failed'> {
  const eff = await loadEffectiveSettings(api.local, api.managed);
  if (eff.unreadable) return 'unreadable';
  const added = sitesFromGrant(eff.user, origins);
  if (added.length === 0) return 'nothing';
  const saved = await saveSettings(api.local, { ...eff.user, sites: [...eff.user.sites, ...added] });
  return saved.ok ? 'saved' : 'failed';
}

/**
 * Removes one of the user's own sites and gives back its host permission, unless another site
 * still in effect needs it. Policy sites cannot be removed.
 */
export async function removeSiteAndPermission(api: SettingsPageApi, pattern: string): Promise<boolean> {
  const eff = await loadEffectiveSettings(api.local, api.managed);
  if (eff.managedSites.includes(pattern) || eff.future || eff.unreadable) return false;
  const saved = await saveSettings(api.local, removeSite(eff.user, pattern));
  if (!saved.ok) return false;
  const remaining = eff.effective.sites.filter((s) => s !== pattern);
  if (!remaining.some((s) => patternCovers(pattern, s))) {
    // Fails for permissions the browser or policy granted some other way; the site is gone either way.
    await api.permissions.remove({ origins: [pattern] }).catch(() => false);
  }
  return true;
}
