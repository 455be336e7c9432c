import { describe, expect, it } from 'vitest';
import { NON_CASE_PAGES as FROM_SCENARIOS } from '../../../lib/training/scenarios';
import { NON_CASE_PAGES, trainingPageKind, urlOrigin } from '../../../lib/training/training-pages';

const ORIGINS = { extensionOrigin: 'chrome-extension://jkodjhcojeaeipphociphnaihenmingg', sites: ['http://127.0.0.1:8123', 'http://localhost:8123'] };
const kind = (url: string | undefined) => trainingPageKind(url, ORIGINS);

describe('trainingPageKind: training pages by address only (issue 23)', () => {
  it('knows the bundled pages and the served training site', () => {
    expect(kind('chrome-extension://jkodjhcojeaeipphociphnaihenmingg/training/cp-s66b2.html')).toBe('case');
    expect(kind('chrome-extension://jkodjhcojeaeipphociphnaihenmingg/training/spa.html?view=case-2#x')).toBe('case');
    expect(kind('http://127.0.0.1:8123/training/cp-s66b2.html')).toBe('case');
    expect(kind('http://LOCALHOST:8123/training/cp-iioc.html')).toBe('case');
    expect(trainingPageKind('moz-extension://5a0e-uuid/training/cp-s66b1.html', { extensionOrigin: 'moz-extension://5a0e-uuid', sites: [] })).toBe('case');
  });

  it('the index and the guide are training pages but not cases', () => {
    for (const url of [
      'chrome-extension://jkodjhcojeaeipphociphnaihenmingg/training/index.html',
      'chrome-extension://jkodjhcojeaeipphociphnaihenmingg/training/guide.html?role=trainer#script',
      'http://127.0.0.1:8123/training/',
      'http://127.0.0.1:8123/training/index.html',
      'http://localhost:8123/training/guide.html',
    ]) {
      expect(kind(url), url).toBe('non-case');
    }
  });

  it('everything else is live, however much it looks like training', () => {
    for (const url of [
      undefined,
      '',
      'not a url',
      // A real case system, even one whose page is called "training" or that mimics the path.
      'https://cases.example.gov.uk/training/cp-s66b2.html',
      'https://training.invalid/training/cp-s66b2.html',
      // Another port or scheme on the loopback (the E2E server stands in for a real case system).
      'http://127.0.0.1:41234/training/cp-s66b2.html',
      'https://127.0.0.1:8123/training/cp-s66b2.html',
      'http://127.0.0.1/training/cp-s66b2.html',
      // The served site outside /training/, and look-alike paths.
      'http://127.0.0.1:8123/fixtures/case.html',
      'http://127.0.0.1:8123/trainingx/cp.html',
      'http://127.0.0.1:8123/x/../training2/cp.html',
      // Another extension, and our own non-training pages.
      'chrome-extension://someoneelse/training/cp-s66b2.html',
      'chrome-extension://jkodjhcojeaeipphociphnaihenmingg/record.html',
      // Userinfo cannot smuggle the host in.
      'http://127.0.0.1:8123@cases.example.gov.uk/training/cp-s66b2.html',
    ]) {
      expect(kind(url), String(url)).toBeNull();
    }
  });

  it('a dot-segment path is judged after the browser resolves it', () => {
    expect(kind('http://127.0.0.1:8123/training/../fixtures/x.html')).toBeNull();
    expect(kind('http://127.0.0.1:8123/fixtures/../training/cp-s66b2.html')).toBe('case');
  });

  it('with no served site (a release build) only the bundled pages count', () => {
    expect(trainingPageKind('http://127.0.0.1:8123/training/cp-s66b2.html', { extensionOrigin: ORIGINS.extensionOrigin, sites: [] })).toBeNull();
    expect(trainingPageKind('https://cases.example.gov.uk/training/x.html', { extensionOrigin: '', sites: [] })).toBeNull();
  });

  it('one list of non-case pages, shared with the scenario table', () => {
    expect(FROM_SCENARIOS).toBe(NON_CASE_PAGES);
  });

  it('urlOrigin gives extension origins even where the parser says "null"', () => {
    expect(urlOrigin(new URL('chrome-extension://abc/training/x.html'))).toBe('chrome-extension://abc');
    expect(urlOrigin(new URL('https://Cases.Example.gov.uk:443/a'))).toBe('https://cases.example.gov.uk');
  });
});
