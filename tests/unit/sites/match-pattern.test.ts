import { describe, expect, it } from 'vitest';
import { findMatchingPattern, patternCovers, urlMatchesPattern } from '../../../lib/sites/match-pattern';

describe('patternCovers', () => {
  it.each([
    ['<all_urls>', 'https://cases.example.org/*', true],
    ['*://*/*', 'http://cases.example.org/*', true],
    ['https://*/*', 'https://cases.example.org/*', true],
    ['https://*/*', 'http://cases.example.org/*', false],
    ['*://cases.example.org/*', 'https://cases.example.org/*', true],
    ['https://cases.example.org/*', '*://cases.example.org/*', false],
    ['https://*.example.org/*', 'https://a.example.org/*', true],
    ['https://*.example.org/*', 'https://example.org/*', true],
    ['https://*.example.org/*', 'https://*.a.example.org/*', true],
    ['https://*.example.org/*', 'https://badexample.org/*', false],
    ['https://a.example.org/*', 'https://*.example.org/*', false],
    ['https://cases.example.org/list/*', 'https://cases.example.org/*', false],
    ['https://cases.example.org/*', 'https://cases.example.org/list/*', true],
    ['not a pattern', 'https://cases.example.org/*', false],
  ])('%s covers %s: %s', (outer, inner, expected) => {
    expect(patternCovers(outer, inner)).toBe(expected);
  });
});

describe('urlMatchesPattern', () => {
  it.each([
    ['https://cases.example.org/case/123', 'https://cases.example.org/*', true],
    ['https://cases.example.org:8443/case', 'https://cases.example.org/*', true],
    ['https://CASES.example.org/', 'https://cases.example.org/*', true],
    ['http://cases.example.org/', 'https://cases.example.org/*', false],
    ['https://x.crime.hmcts.net/', 'https://*.crime.hmcts.net/*', true],
    ['https://crime.hmcts.net.evil.example/', 'https://*.crime.hmcts.net/*', false],
    ['chrome://extensions', 'https://cases.example.org/*', false],
    ['file:///C:/x.html', '*://*/*', false],
    ['not a url', 'https://cases.example.org/*', false],
  ])('%s ~ %s: %s', (url, pattern, expected) => {
    expect(urlMatchesPattern(url, pattern)).toBe(expected);
  });

  it('finds the first matching configured site', () => {
    const sites = ['https://a.example.org/*', 'https://*.example.org/*'];
    expect(findMatchingPattern('https://b.example.org/x', sites)).toBe('https://*.example.org/*');
    expect(findMatchingPattern('https://other.example/x', sites)).toBeUndefined();
  });
});
