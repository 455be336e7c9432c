import { DEFAULT_LANGUAGE, LANGUAGES } from '../i18n/languages';
import { ROLES, type Role } from '../roles';
import type { ManagedPolicy } from './managed';
import type { SettingsProblem } from './problems';
import type { Settings } from './schema';

/** User settings an organisation can lock. Locked controls are disabled and say "Set by your organisation". */
export type LockableSetting = 'role' | 'sites' | 'sensitivity' | 'retentionDays' | 'caseRefStorage' | 'language';

export interface MergedSettings {
  /** What the extension actually uses. */
  effective: Settings;
  locked: LockableSetting[];
  /** The roles a person may pick (all of them unless policy says otherwise). */
  allowedRoles: Role[];
  /** Sites from policy: always present, each one locked (cannot be removed by the user). */
  managedSites: string[];
  problems: SettingsProblem[];
}

/**
 * Policy wins over the user's own choice. The user's stored values are left untouched, so if a
 * policy is withdrawn their own settings come back.
 *
 * Decisions:
 * - `sites`: policy sites are added to the user's and cannot be removed; the user may still add
 *   their own unless `sitesLocked` is true, in which case only policy sites count.
 * - `defaultRole` pre-selects a role for someone who has not chosen one; it does not lock.
 * - `allowedRoles` limits the choice; a single allowed role is locked.
 * - `trainingAllowed` is accepted (policies written for earlier versions stay valid) and changes
 *   nothing: there is no training mode to allow or forbid since issue 23. Entries are training only
 *   on the extension's own training pages, whose cases are fictional.
 * - `language: "cy"` is accepted but Welsh is not available yet, so English is used (reported).
 */
export function mergeManaged(user: Settings, managed: ManagedPolicy): MergedSettings {
  const effective: Settings = { ...user, sites: [...user.sites] };
  const locked: LockableSetting[] = [];
  const problems: SettingsProblem[] = [];

  const allowedRoles: Role[] = managed.allowedRoles?.length ? [...managed.allowedRoles] : [...ROLES];
  let defaultRole = managed.defaultRole;
  if (defaultRole && !allowedRoles.includes(defaultRole)) {
    problems.push({ source: 'managed', field: 'defaultRole', code: 'defaultRoleNotAllowed', detail: defaultRole });
    defaultRole = undefined;
  }
  if (allowedRoles.length === 1) {
    effective.role = allowedRoles[0]!;
    locked.push('role');
  } else if (!effective.role || !allowedRoles.includes(effective.role)) {
    effective.role = defaultRole ?? null;
  }

  const managedSites = managed.sites ?? [];
  if (managed.sitesLocked) {
    effective.sites = [...managedSites];
    locked.push('sites');
  } else {
    effective.sites = [...managedSites, ...user.sites.filter((s) => !managedSites.includes(s))];
  }

  if (managed.sensitivity !== undefined) {
    effective.sensitivity = managed.sensitivity;
    locked.push('sensitivity');
  }
  if (managed.retentionDays !== undefined) {
    effective.retentionDays = managed.retentionDays;
    locked.push('retentionDays');
  }
  if (managed.caseRefStorage !== undefined) {
    effective.caseRefStorage = managed.caseRefStorage;
    locked.push('caseRefStorage');
  }
  if (managed.language !== undefined) {
    const shipped = LANGUAGES.find((l) => l.code === managed.language);
    if (!shipped) problems.push({ source: 'managed', field: 'language', code: 'languageUnavailable', detail: managed.language });
    effective.language = shipped?.code ?? DEFAULT_LANGUAGE.code;
    locked.push('language');
  }
  return { effective, locked, allowedRoles, managedSites, problems };
}

export function isLocked(merged: Pick<MergedSettings, 'locked'>, field: LockableSetting): boolean {
  return merged.locked.includes(field);
}
