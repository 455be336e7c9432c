/**
 * Which pages are training pages. Decided from a page's address only, and only for addresses the
 * extension itself controls: its own bundled pages under /training/ and, in the demo build, the
 * training site `npm start` serves (build flag TRAINING_SITES). Nothing a page says about itself
 * (a banner, a marker, a message field) can make it a training page, so a real case-system page is
 * always live, whatever anyone left switched on (issue 23; ../shared/reviews/ux-walkthrough-2026-12.md
 * problem 3).
 *
 * Kept free of other imports: the case-page script (every page of a case system) bundles it.
 */

/** Pages of the training site that are not cases (the scenario list, the guide): never scanned. */
export const NON_CASE_PAGES: readonly string[] = ['index.html', 'guide.html'];

/** Where the training pages live on both the extension and the served site. */
export const TRAINING_PATH = '/training/';

export interface TrainingOrigins {
  /** The extension's own origin ("chrome-extension://<id>"), or '' where unknown (a content script). */
  extensionOrigin: string;
  /** Origins of the served training site (demo build only; none in a release build). */
  sites: readonly string[];
}

/** 'case': a training case page (entries are training); 'non-case': the index or guide; null: not a training page. */
export type TrainingPageKind = 'case' | 'non-case';

export function trainingPageKind(url: string | undefined, origins: TrainingOrigins): TrainingPageKind | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const origin = urlOrigin(parsed);
  const ours = (origins.extensionOrigin !== '' && origin === origins.extensionOrigin) || origins.sites.includes(origin);
  if (!ours || !parsed.pathname.startsWith(TRAINING_PATH)) return null;
  const file = parsed.pathname.slice(TRAINING_PATH.length);
  return file === '' || NON_CASE_PAGES.includes(file) ? 'non-case' : 'case';
}

/**
 * A URL's origin, extension schemes included (some URL parsers give "null" for chrome-extension:).
 * new URL() lowercases scheme and host and drops default ports, so origins compare exactly.
 */
export function urlOrigin(url: URL): string {
  return url.origin !== 'null' ? url.origin : `${url.protocol}//${url.host}`;
}

/**
 * A positive signal on the training index and guide that the extension saw the page and left it
 * alone (tests wait for it instead of a fixed time; the same attributes the bundled case pages set).
 */
export function markNotACase(doc: Document): void {
  doc.documentElement.dataset.dorVerdict = 'not-a-case';
  doc.documentElement.dataset.dorShows = 'none';
}
