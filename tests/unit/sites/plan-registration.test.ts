import { describe, expect, it } from 'vitest';
import { CASE_PAGE_SCRIPT } from '../../../lib/sites/constants';
import { effectivePatterns, isEmptyPlan, planRegistration, siteScriptFor } from '../../../lib/sites/plan-registration';
import { siteScriptId } from '../../../lib/sites/script-id';

const A = 'https://a.example.org/*';
const B = 'https://cases.example.gov.uk/*';
const WILD = 'https://*.example.org/*';

describe('siteScriptId', () => {
  it('is stable, prefixed and differs per pattern', () => {
    expect(siteScriptId(A)).toBe(siteScriptId(A));
    expect(siteScriptId(A)).toMatch(/^case-site-[0-9a-f]{8}$/);
    expect(siteScriptId(A)).not.toBe(siteScriptId(B));
  });
});

describe('siteScriptFor', () => {
  it('registers the case-page script at document_idle, persisted across sessions', () => {
    expect(siteScriptFor(B)).toEqual({
      id: siteScriptId(B),
      matches: [B],
      js: [CASE_PAGE_SCRIPT],
      runAt: 'document_idle',
      persistAcrossSessions: true,
      allFrames: false,
    });
    expect(CASE_PAGE_SCRIPT).toBe('content-scripts/case-page.js');
  });
});

describe('planRegistration', () => {
  it('registers granted sites only', () => {
    const plan = planRegistration([A, B], [B], []);
    expect(plan.register.map((s) => s.matches[0])).toEqual([B]);
    expect(plan.unregister).toEqual([]);
    expect(plan.update).toEqual([]);
  });

  it('counts a broader grant (wildcard or all urls) as covering the site', () => {
    expect(planRegistration([A], [WILD], []).register).toHaveLength(1);
    expect(planRegistration([A], ['<all_urls>'], []).register).toHaveLength(1);
    expect(planRegistration([A], ['http://a.example.org/*'], []).register).toHaveLength(0);
  });

  it('does nothing when registrations already match (e.g. after a browser restart)', () => {
    const plan = planRegistration([A, B], [A, B], [siteScriptFor(A), siteScriptFor(B)]);
    expect(isEmptyPlan(plan)).toBe(true);
  });

  it('unregisters removed sites and revoked permissions, never foreign scripts', () => {
    const foreign = { id: 'training-demo', matches: ['https://x.example/*'], js: ['x.js'] };
    const plan = planRegistration([A, B], [A], [siteScriptFor(A), siteScriptFor(B), foreign, siteScriptFor('https://gone.example/*')]);
    expect(plan.unregister.sort()).toEqual([siteScriptId(B), siteScriptId('https://gone.example/*')].sort());
    expect(plan.register).toEqual([]);
  });

  it('updates a registration whose script file or options changed (extension update)', () => {
    const stale = { ...siteScriptFor(A), js: ['content-scripts/old.js'] };
    const notPersisted = { ...siteScriptFor(B), persistAcrossSessions: false };
    const plan = planRegistration([A, B], [A, B], [stale, notPersisted]);
    expect(plan.update.map((s) => s.id).sort()).toEqual([siteScriptId(A), siteScriptId(B)].sort());
    expect(plan.register).toEqual([]);
  });

  it('treats missing optional fields from the API as their defaults', () => {
    const { persistAcrossSessions: _p, allFrames: _a, runAt: _r, ...bare } = siteScriptFor(A);
    expect(isEmptyPlan(planRegistration([A], [A], [bare]))).toBe(true);
  });

  it('skips sites covered by another configured site so no page gets two scripts', () => {
    expect(effectivePatterns([A, WILD, A, B])).toEqual([WILD, B]);
    const plan = planRegistration([A, WILD], [WILD], []);
    expect(plan.register.map((s) => s.matches[0])).toEqual([WILD]);
  });

  it('unregisters everything when no sites are configured', () => {
    const plan = planRegistration([], [A], [siteScriptFor(A)]);
    expect(plan.unregister).toEqual([siteScriptId(A)]);
  });
});
