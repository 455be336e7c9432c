/**
 * Just enough of WebExtension match-pattern semantics to answer two questions without a browser:
 * "does this granted permission cover that site?" and "is this tab on that site?".
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
export interface MatchPattern {
  /** "http", "https", "*" (both), or "<all_urls>". */
  scheme: string;
  /** "*" (any), "*.example.org" (the domain and its subdomains) or an exact host. */
  host: string;
  path: string;
}

const PATTERN = /^(\*|https?|wss?|ftp|file|urn|data):\/\/([^/]*)(\/.*)$/;

export function parseMatchPattern(pattern: string): MatchPattern | null {
  if (pattern === '<all_urls>') return { scheme: '<all_urls>', host: '*', path: '/*' };
  const m = PATTERN.exec(pattern);
  if (!m) return null;
  return { scheme: m[1]!, host: m[2]!.toLowerCase(), path: m[3]! };
}

function schemeCovers(outer: string, inner: string): boolean {
  if (outer === '<all_urls>' || outer === inner) return true;
  return outer === '*' && (inner === 'http' || inner === 'https');
}

function hostCovers(outer: string, inner: string): boolean {
  if (outer === '*') return true;
  if (outer === inner) return true;
  if (!outer.startsWith('*.')) return false;
  const base = outer.slice(2);
  const innerBase = inner.startsWith('*.') ? inner.slice(2) : inner;
  return innerBase === base || innerBase.endsWith(`.${base}`);
}

function pathCovers(outer: string, inner: string): boolean {
  if (outer === '/*' || outer === inner) return true;
  return outer.endsWith('*') && inner.startsWith(outer.slice(0, -1));
}

/** True when every URL matched by `inner` is also matched by `outer`. */
export function patternCovers(outer: string, inner: string): boolean {
  const o = parseMatchPattern(outer);
  const i = parseMatchPattern(inner);
  if (!o || !i) return false;
  return schemeCovers(o.scheme, i.scheme) && hostCovers(o.host, i.host) && pathCovers(o.path, i.path);
}

/** True when the page at `url` is matched by `pattern` (ports ignored, as portless patterns do). */
export function urlMatchesPattern(url: string, pattern: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  if (scheme !== 'http' && scheme !== 'https') return false;
  const asPattern = `${scheme}://${parsed.hostname.toLowerCase()}${parsed.pathname || '/'}`;
  return patternCovers(pattern, asPattern);
}

/** The first of `patterns` that matches `url`, or undefined. */
export function findMatchingPattern(url: string, patterns: readonly string[]): string | undefined {
  return patterns.find((pattern) => urlMatchesPattern(url, pattern));
}
