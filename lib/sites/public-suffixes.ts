/**
 * Wildcards over these would let the extension run on thousands of unrelated sites, so
 * `*.gov.uk` and friends are refused. Not the full Public Suffix List on purpose: the extension
 * ships no network code and this list only needs the suffixes a UK court user might type.
 * Any single-label suffix (a bare TLD such as `*.uk` or `*.fr`) is refused by rule, not by list.
 */
export const BLOCKED_WILDCARD_SUFFIXES: ReadonlySet<string> = new Set([
  'co.uk', 'org.uk', 'gov.uk', 'ac.uk', 'nhs.uk', 'police.uk', 'me.uk', 'ltd.uk', 'plc.uk',
  'net.uk', 'sch.uk', 'mod.uk', 'llywodraeth.cymru', 'gov.wales', 'gov.scot', 'parliament.uk',
  'com.au', 'co.nz', 'co.za', 'com', 'org', 'net', 'gov', 'edu', 'int', 'mil', 'eu',
  'cloudfront.net', 'azurewebsites.net', 'herokuapp.com', 'github.io', 'appspot.com',
  'blogspot.com', 'amazonaws.com', 'windows.net', 'sharepoint.com', 'web.app', 'pages.dev',
]);

/** True when `host` (no leading `*.`) is a public suffix that must not be wildcarded. */
export function isPublicSuffix(host: string): boolean {
  return !host.includes('.') || BLOCKED_WILDCARD_SUFFIXES.has(host);
}
