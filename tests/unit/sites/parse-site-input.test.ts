import { describe, expect, it } from 'vitest';
import { isCanonicalSitePattern, parseSiteInput, SITE_ERROR_CODES } from '../../../lib/sites/parse-site-input';
import { siteErrorMessageKey } from '../../../lib/sites/site-error-message';
import { t } from '../../../lib/i18n/t';

describe('parseSiteInput: accepted addresses', () => {
  const good: [string, string, string][] = [
    ['cases.example.gov.uk', 'https://cases.example.gov.uk/*', 'https://cases.example.gov.uk'],
    ['  cases.example.gov.uk  ', 'https://cases.example.gov.uk/*', 'https://cases.example.gov.uk'],
    ['https://cases.example.gov.uk/some/path', 'https://cases.example.gov.uk/*', 'https://cases.example.gov.uk'],
    ['https://cases.example.gov.uk/a?b=c#d', 'https://cases.example.gov.uk/*', 'https://cases.example.gov.uk'],
    ['HTTPS://Cases.Example.GOV.UK/', 'https://cases.example.gov.uk/*', 'https://cases.example.gov.uk'],
    ['http://cases.example.gov.uk', 'http://cases.example.gov.uk/*', 'http://cases.example.gov.uk'],
    ['*://cases.example.gov.uk/*', '*://cases.example.gov.uk/*', '*://cases.example.gov.uk'],
    ['*.crime.hmcts.net', 'https://*.crime.hmcts.net/*', 'https://*.crime.hmcts.net'],
    ['https://*.example.org/*', 'https://*.example.org/*', 'https://*.example.org'],
    ['https://*.example.org/cases/*', 'https://*.example.org/*', 'https://*.example.org'],
    ['cases.example.gov.uk:8443/list', 'https://cases.example.gov.uk/*', 'https://cases.example.gov.uk:8443'],
    ['https://cases.example.gov.uk:08443', 'https://cases.example.gov.uk/*', 'https://cases.example.gov.uk:8443'],
    ['localhost:3000', 'https://localhost/*', 'https://localhost:3000'],
    ['http://localhost:3000/x', 'http://localhost/*', 'http://localhost:3000'],
    ['http://10.0.0.5:8080/', 'http://10.0.0.5/*', 'http://10.0.0.5:8080'],
    ['192.168.1.20', 'https://192.168.1.20/*', 'https://192.168.1.20'],
    ['http://[::1]:8080/', 'http://[::1]/*', 'http://[::1]:8080'],
    ['caseserver', 'https://caseserver/*', 'https://caseserver'],
    ['www.gov.uk', 'https://www.gov.uk/*', 'https://www.gov.uk'],
    ['cases.example.gov.uk.', 'https://cases.example.gov.uk/*', 'https://cases.example.gov.uk'],
    ['llys.cymru', 'https://llys.cymru/*', 'https://llys.cymru'],
    ['bücher.example', 'https://xn--bcher-kva.example/*', 'https://xn--bcher-kva.example'],
    ['*.crime.gov.uk', 'https://*.crime.gov.uk/*', 'https://*.crime.gov.uk'],
    ['my-court.example.co.uk', 'https://my-court.example.co.uk/*', 'https://my-court.example.co.uk'],
  ];
  it.each(good)('%s → %s', (input, pattern, origin) => {
    const result = parseSiteInput(input);
    expect(result).toMatchObject({ ok: true, pattern, origin });
  });

  it('produces patterns that parse back to themselves (idempotent)', () => {
    for (const [input] of good) {
      const first = parseSiteInput(input);
      if (!first.ok) throw new Error(input);
      expect(parseSiteInput(first.pattern)).toMatchObject({ ok: true, pattern: first.pattern });
      expect(isCanonicalSitePattern(first.pattern)).toBe(true);
    }
  });
});

describe('parseSiteInput: refused addresses', () => {
  const bad: [string, string][] = [
    ['', 'empty'],
    ['    ', 'empty'],
    ['a'.repeat(501), 'tooLong'],
    ['<all_urls>', 'allUrls'],
    ['<ALL_URLS>', 'allUrls'],
    ['*', 'wildcardEverything'],
    ['*://*/*', 'wildcardEverything'],
    ['https://*/*', 'wildcardEverything'],
    ['http://*', 'wildcardEverything'],
    ['file:///C:/cases/index.html', 'unsupportedScheme'],
    ['chrome://settings', 'unsupportedScheme'],
    ['chrome-extension://abc/options.html', 'unsupportedScheme'],
    ['moz-extension://abc/options.html', 'unsupportedScheme'],
    ['ftp://files.example.org', 'unsupportedScheme'],
    ['ws://cases.example.org', 'unsupportedScheme'],
    ['about:blank', 'unsupportedScheme'],
    ['javascript:alert(1)', 'unsupportedScheme'],
    ['data:text/html,hello', 'unsupportedScheme'],
    ['mailto:clerk@example.org', 'unsupportedScheme'],
    ['https://user:pass@cases.example.org/', 'credentials'],
    ['user@cases.example.org', 'credentials'],
    ['*.uk', 'publicSuffix'],
    ['*.gov.uk', 'publicSuffix'],
    ['https://*.gov.uk/*', 'publicSuffix'],
    ['*.co.uk', 'publicSuffix'],
    ['*.com', 'publicSuffix'],
    ['*.police.uk', 'publicSuffix'],
    ['*.fr', 'publicSuffix'],
    ['*.GOV.UK', 'publicSuffix'],
    ['cases.*.gov.uk', 'wildcardPosition'],
    ['*cases.example.org', 'wildcardPosition'],
    ['*.*.example.org', 'wildcardPosition'],
    ['cases.example.*', 'wildcardPosition'],
    ['*.10.0.0.1', 'wildcardIp'],
    ['cases.example.org:0', 'invalidPort'],
    ['cases.example.org:65536', 'invalidPort'],
    ['cases.example.org:80a', 'invalidPort'],
    ['cases.example.org:', 'invalidPort'],
    ['cases.example.org:*', 'invalidPort'],
    ['exa mple.org', 'invalidHost'],
    ['-bad-.example.org', 'invalidHost'],
    ['example..org', 'invalidHost'],
    ['under_score.example.org', 'invalidHost'],
    ['https://', 'invalidHost'],
    ['https:///path', 'invalidHost'],
    ['http://[::1', 'invalidHost'],
    ['http://[::1]x', 'invalidHost'],
    ['999.1.1.1', 'invalidHost'],
    ['cases.example.org/<script>', 'ok-but-path-ignored'],
  ];
  it.each(bad.filter(([, code]) => code !== 'ok-but-path-ignored'))('%s → %s', (input, error) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, error });
  });

  it('ignores a hostile path rather than putting it in the pattern', () => {
    expect(parseSiteInput('cases.example.org/<script>')).toMatchObject({ ok: true, pattern: 'https://cases.example.org/*' });
  });

  it('rejects non-canonical stored patterns', () => {
    expect(isCanonicalSitePattern('cases.example.org')).toBe(false);
    expect(isCanonicalSitePattern('https://cases.example.org/cases/*')).toBe(false);
    expect(isCanonicalSitePattern('<all_urls>')).toBe(false);
  });
});

describe('site error messages', () => {
  it.each(SITE_ERROR_CODES)('%s has an English message', (code) => {
    const key = siteErrorMessageKey(code);
    expect(t(key)).not.toBe(key);
    expect(t(key).length).toBeGreaterThan(10);
  });
});
