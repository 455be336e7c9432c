import { CASE_PAGE_SCRIPT } from './constants';
import { patternCovers } from './match-pattern';
import { isSiteScriptId, siteScriptId } from './script-id';

/** The subset of `scripting.RegisteredContentScript` we write and compare. */
export interface SiteScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
  allFrames: boolean;
}

/** What `scripting.getRegisteredContentScripts()` hands back (fields optional, as in the API). */
export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
  allFrames?: boolean;
}

export interface RegistrationPlan {
  register: SiteScript[];
  /** Ids of our registrations to remove. Scripts without our id prefix are never touched. */
  unregister: string[];
  update: SiteScript[];
}

export function siteScriptFor(pattern: string): SiteScript {
  return {
    id: siteScriptId(pattern),
    matches: [pattern],
    js: [CASE_PAGE_SCRIPT],
    runAt: 'document_idle',
    persistAcrossSessions: true,
    allFrames: false,
  };
}

/** A site only gets a content script once the person (or policy) has granted its host permission. */
export function isGranted(pattern: string, grantedOrigins: readonly string[]): boolean {
  return grantedOrigins.some((granted) => patternCovers(granted, pattern));
}

/**
 * Drops duplicates and sites covered by another configured site (e.g. a.example.org when
 * *.example.org is also there), so no page gets the script injected twice.
 */
export function effectivePatterns(sites: readonly string[]): string[] {
  const unique = [...new Set(sites)];
  return unique.filter((p) => !unique.some((other) => other !== p && patternCovers(other, p)));
}

function sameScript(want: SiteScript, have: RegisteredScript): boolean {
  const eq = (a: readonly string[] | undefined, b: readonly string[]) =>
    (a ?? []).length === b.length && b.every((v, i) => a?.[i] === v);
  return (
    eq(have.matches, want.matches) &&
    eq(have.js, want.js) &&
    (have.runAt ?? 'document_idle') === want.runAt &&
    (have.persistAcrossSessions ?? true) === want.persistAcrossSessions &&
    (have.allFrames ?? false) === want.allFrames
  );
}

/**
 * Pure diff between what should be registered (configured sites that are granted) and what is
 * registered. The background runs it on install/update, startup, permission changes and
 * settings changes, so registrations survive restarts and updates and never outlive a grant.
 */
export function planRegistration(
  sites: readonly string[],
  grantedOrigins: readonly string[],
  registeredScripts: readonly RegisteredScript[],
): RegistrationPlan {
  const wanted = effectivePatterns(sites)
    .filter((p) => isGranted(p, grantedOrigins))
    .map(siteScriptFor);
  const ours = registeredScripts.filter((s) => isSiteScriptId(s.id));
  const have = new Map(ours.map((s) => [s.id, s]));
  const wantedIds = new Set(wanted.map((s) => s.id));

  const plan: RegistrationPlan = { register: [], unregister: [], update: [] };
  for (const script of wanted) {
    const existing = have.get(script.id);
    if (!existing) plan.register.push(script);
    else if (!sameScript(script, existing)) plan.update.push(script);
  }
  plan.unregister = ours.filter((s) => !wantedIds.has(s.id)).map((s) => s.id);
  return plan;
}

export function isEmptyPlan(plan: RegistrationPlan): boolean {
  return plan.register.length === 0 && plan.unregister.length === 0 && plan.update.length === 0;
}
