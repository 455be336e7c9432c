import { findMatchingPattern } from '../sites/match-pattern';
import { parseSiteInput } from '../sites/parse-site-input';
import { isGranted } from '../sites/plan-registration';
import { requestAndAddSite, type AddOutcome, type PageState, type SettingsPageApi } from './options-controller';

export interface TabSite {
  /** Match pattern for the tab's own host, e.g. "https://cases.example.gov.uk/*". */
  pattern: string;
  /** Shown to people, with any port. */
  origin: string;
  /** The configured site that covers this page, if any (may be a wildcard). */
  configuredAs?: string;
  configured: boolean;
  granted: boolean;
  locked: boolean;
}

/** What the popup can say about a tab's address; undefined for pages that are not http(s). */
export function describeTabSite(url: string | undefined, state: PageState): TabSite | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  const parsed = parseSiteInput(url);
  if (!parsed.ok) return undefined;
  const configuredAs = findMatchingPattern(url, state.effective.sites);
  return {
    pattern: parsed.pattern,
    origin: parsed.origin,
    configuredAs,
    configured: configuredAs !== undefined,
    granted: isGranted(configuredAs ?? parsed.pattern, state.grantedOrigins),
    locked: state.locked.includes('sites'),
  };
}

/**
 * "Always run on this site". Call synchronously from the click handler (permission prompt).
 * A site that is configured but not yet granted only needs the grant, not a second entry.
 */
export function requestAlwaysRun(api: SettingsPageApi, state: PageState, site: TabSite): Promise<AddOutcome> {
  if (site.configuredAs) {
    let request: Promise<boolean>;
    try {
      request = api.permissions.request({ origins: [site.configuredAs] });
    } catch {
      return Promise.resolve('failed');
    }
    return request.then(
      (granted) => (granted ? null : 'denied'),
      () => 'failed',
    );
  }
  return requestAndAddSite(api, state, site.pattern);
}
