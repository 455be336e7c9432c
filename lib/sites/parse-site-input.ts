import { MAX_SITE_INPUT_LENGTH } from './constants';
import { isPublicSuffix } from './public-suffixes';

/**
 * Why a site address was refused. Each code has a message `settings_siteError_<code>` in
 * lib/i18n/messages/en/settings.json (see site-error-message.ts).
 */
export const SITE_ERROR_CODES = [
  'empty',
  'tooLong',
  'allUrls',
  'unsupportedScheme',
  'credentials',
  'wildcardEverything',
  'wildcardPosition',
  'wildcardIp',
  'publicSuffix',
  'invalidHost',
  'invalidPort',
] as const;
export type SiteErrorCode = (typeof SITE_ERROR_CODES)[number];

export interface ParsedSite {
  ok: true;
  /** Chrome/Firefox match pattern for the whole site, e.g. "https://cases.example.gov.uk/*". */
  pattern: string;
  /** What to show people, with the port if one was typed, e.g. "https://cases.example.gov.uk:8443". */
  origin: string;
  /** Host as used in the pattern, lower case, punycode, may start with "*.". */
  host: string;
}
export type SiteParseResult = ParsedSite | { ok: false; error: SiteErrorCode };

const WITH_AUTHORITY = /^([a-z][a-z0-9+.-]*|\*):\/\//i;
// "about:blank", "javascript:…", "mailto:…" — but not "localhost:3000" or "cases.example.org:80a"
// (a host and a port, good or bad): real schemes have no dots.
const OPAQUE_SCHEME = /^([a-z][a-z0-9+-]*):(?!\d+(?:[/?#]|$))/i;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

const fail = (error: SiteErrorCode): SiteParseResult => ({ ok: false, error });

/**
 * Turns what a person types ("cases.example.gov.uk", a pasted URL, "*.crime.hmcts.net",
 * "https://*.example.org/*") into a match pattern for http/https.
 *
 * Decisions (documented for admins in the README):
 * - No scheme means https only; "http://" or "*://" must be typed to include plain http.
 * - The whole site is matched ("/*"): case systems are single-page apps whose paths change.
 * - Ports are kept in the displayed origin but left out of the pattern, because Firefox match
 *   patterns cannot carry ports and Chrome's portless patterns match every port.
 * - "*.example.org" also matches example.org itself (match-pattern semantics).
 * - Wildcards over a public suffix ("*.uk", "*.gov.uk", "*.com") are refused.
 */
export function parseSiteInput(input: string): SiteParseResult {
  const raw = input.trim();
  if (raw === '') return fail('empty');
  if (raw.length > MAX_SITE_INPUT_LENGTH) return fail('tooLong');
  if (raw.toLowerCase() === '<all_urls>') return fail('allUrls');

  let scheme = 'https';
  let rest = raw;
  const withAuthority = WITH_AUTHORITY.exec(raw);
  if (withAuthority) {
    scheme = withAuthority[1]!.toLowerCase();
    rest = raw.slice(withAuthority[0].length);
  } else if (OPAQUE_SCHEME.test(raw)) {
    return fail('unsupportedScheme');
  }
  if (scheme !== 'http' && scheme !== 'https' && scheme !== '*') return fail('unsupportedScheme');

  const authority = rest.split(/[/?#\\]/, 1)[0] ?? '';
  if (authority.includes('@')) return fail('credentials');
  if (/\s/.test(authority)) return fail('invalidHost');

  const split = splitHostPort(authority);
  if (!split) return fail('invalidHost');
  const { host: rawHost, port } = split;
  if (port !== undefined && !isValidPort(port)) return fail('invalidPort');

  const host = rawHost.toLowerCase().replace(/\.$/, '');
  if (host === '*') return fail('wildcardEverything');
  const wildcard = host.startsWith('*.');
  const base = wildcard ? host.slice(2) : host;
  if (base.includes('*')) return fail('wildcardPosition');

  const normalised = normaliseHost(base);
  if (!normalised) return fail('invalidHost');
  const isIp = normalised.startsWith('[') || IPV4.test(normalised);
  if (wildcard && isIp) return fail('wildcardIp');
  if (wildcard && isPublicSuffix(normalised)) return fail('publicSuffix');

  const patternHost = wildcard ? `*.${normalised}` : normalised;
  return {
    ok: true,
    pattern: `${scheme}://${patternHost}/*`,
    origin: `${scheme}://${patternHost}${port !== undefined ? `:${Number(port)}` : ''}`,
    host: patternHost,
  };
}

/** True when `pattern` is already in the exact form parseSiteInput produces (used to validate stored data). */
export function isCanonicalSitePattern(pattern: string): boolean {
  const parsed = parseSiteInput(pattern);
  return parsed.ok && parsed.pattern === pattern;
}

function splitHostPort(authority: string): { host: string; port?: string } | null {
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    if (close < 0) return null;
    const after = authority.slice(close + 1);
    if (after !== '' && !after.startsWith(':')) return null;
    return { host: authority.slice(0, close + 1), port: after === '' ? undefined : after.slice(1) };
  }
  const colon = authority.lastIndexOf(':');
  if (colon < 0) return { host: authority };
  return { host: authority.slice(0, colon), port: authority.slice(colon + 1) };
}

function isValidPort(port: string): boolean {
  if (!/^\d{1,5}$/.test(port)) return false;
  const n = Number(port);
  return n >= 1 && n <= 65535;
}

/** Lower-cases, turns international names into punycode and checks every label; null when not a host. */
function normaliseHost(host: string): string | null {
  if (host === '' || host.length > 253) return null;
  let hostname: string;
  try {
    // The WHATWG URL parser does IDNA and IPv4/IPv6 canonicalisation the same way browsers do.
    hostname = new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
  if (hostname.startsWith('[')) return hostname;
  if (IPV4.test(hostname)) return hostname;
  const labels = hostname.split('.');
  if (!labels.every((label) => LABEL.test(label))) return null;
  // A last label made only of digits would be an IPv4 address the parser did not accept.
  if (/^\d+$/.test(labels[labels.length - 1]!)) return null;
  return hostname;
}
