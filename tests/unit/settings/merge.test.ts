import { describe, expect, it } from 'vitest';
import { loadEffectiveSettings } from '../../../lib/settings/effective';
import { mergeManaged } from '../../../lib/settings/merge';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, type Settings } from '../../../lib/settings/schema';
import { addSite, removeSite, sitesFromGrant } from '../../../lib/settings/site-list';
import { memoryArea } from './fixtures';

const user: Settings = {
  ...DEFAULT_SETTINGS,
  role: 'prosecutor',
  sites: ['https://mine.example.org/*', 'https://shared.example.org/*'],
  sensitivity: 'show-possible',
  retentionDays: 100,
};

describe('mergeManaged', () => {
  it('changes nothing without a policy', () => {
    expect(mergeManaged(user, {})).toEqual({ effective: user, locked: [], allowedRoles: ['legal-adviser', 'prosecutor', 'trainer'], managedSites: [], problems: [] });
  });

  it('overrides and locks each managed value, leaving the user settings untouched', () => {
    const before = structuredClone(user);
    const merged = mergeManaged(user, { retentionDays: 365, caseRefStorage: 'clear', sensitivity: 'match-only', language: 'en', trainingAllowed: false });
    expect(merged.effective).toMatchObject({ retentionDays: 365, caseRefStorage: 'clear', sensitivity: 'match-only', language: 'en', role: 'prosecutor' });
    // trainingAllowed is accepted and changes nothing (issue 23: there is no training mode).
    expect(merged.effective).not.toHaveProperty('trainingMode');
    expect(merged.locked.sort()).toEqual(['caseRefStorage', 'language', 'retentionDays', 'sensitivity']);
    expect(user).toEqual(before);
  });

  it('adds managed sites first and keeps the user’s own unless sites are locked', () => {
    const open = mergeManaged(user, { sites: ['https://court.example.gov.uk/*', 'https://shared.example.org/*'] });
    expect(open.effective.sites).toEqual(['https://court.example.gov.uk/*', 'https://shared.example.org/*', 'https://mine.example.org/*']);
    expect(open.managedSites).toEqual(['https://court.example.gov.uk/*', 'https://shared.example.org/*']);
    expect(open.locked).not.toContain('sites');

    const closed = mergeManaged(user, { sites: ['https://court.example.gov.uk/*'], sitesLocked: true });
    expect(closed.effective.sites).toEqual(['https://court.example.gov.uk/*']);
    expect(closed.locked).toContain('sites');
  });

  it('locks the role when only one is allowed', () => {
    const merged = mergeManaged(user, { allowedRoles: ['legal-adviser'] });
    expect(merged.effective.role).toBe('legal-adviser');
    expect(merged.locked).toEqual(['role']);
  });

  it('constrains the role choice and falls back to defaultRole', () => {
    const merged = mergeManaged(user, { allowedRoles: ['legal-adviser', 'trainer'], defaultRole: 'trainer' });
    expect(merged.allowedRoles).toEqual(['legal-adviser', 'trainer']);
    expect(merged.effective.role).toBe('trainer');
    expect(merged.locked).toEqual([]);
    const allowedChoice = mergeManaged({ ...user, role: 'legal-adviser' }, { allowedRoles: ['legal-adviser', 'trainer'], defaultRole: 'trainer' });
    expect(allowedChoice.effective.role).toBe('legal-adviser');
  });

  it('uses defaultRole only when the user has not chosen', () => {
    expect(mergeManaged({ ...user, role: null }, { defaultRole: 'trainer' }).effective.role).toBe('trainer');
    expect(mergeManaged(user, { defaultRole: 'trainer' }).effective.role).toBe('prosecutor');
  });

  it('ignores and reports a defaultRole outside allowedRoles', () => {
    const merged = mergeManaged({ ...user, role: null }, { allowedRoles: ['legal-adviser', 'prosecutor'], defaultRole: 'trainer' });
    expect(merged.effective.role).toBeNull();
    expect(merged.problems).toEqual([{ source: 'managed', field: 'defaultRole', code: 'defaultRoleNotAllowed', detail: 'trainer' }]);
  });

  it('uses English when policy asks for Welsh, and says so', () => {
    const merged = mergeManaged(user, { language: 'cy' });
    expect(merged.effective.language).toBe('en');
    expect(merged.problems[0]?.code).toBe('languageUnavailable');
  });

  it('trainingAllowed: true locks nothing', () => {
    expect(mergeManaged(user, { trainingAllowed: true }).locked).toEqual([]);
  });
});

describe('loadEffectiveSettings', () => {
  it('combines stored settings, policy and all problems', async () => {
    const local = memoryArea({ [SETTINGS_STORAGE_KEY]: { ...user, colour: 'red' } });
    const managed = { get: async () => ({ retentionDays: 3650, bogus: 1 }) };
    const eff = await loadEffectiveSettings(local, managed);
    expect(eff.effective.retentionDays).toBe(3650);
    expect(eff.user.retentionDays).toBe(100);
    expect(eff.locked).toEqual(['retentionDays']);
    expect(eff.problems.map((p) => `${p.source}:${p.field}`)).toEqual(['stored:colour', 'managed:bogus']);
    expect(eff.fresh).toBe(false);
  });
});

describe('site list edits', () => {
  const A = 'https://a.example.org/*';
  it('adds, refuses duplicates (including managed ones), locked lists and more than 50', () => {
    expect(addSite(DEFAULT_SETTINGS, A)).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, sites: [A] } });
    expect(addSite({ ...DEFAULT_SETTINGS, sites: [A] }, A)).toEqual({ ok: false, error: 'duplicate' });
    expect(addSite(DEFAULT_SETTINGS, A, { alreadyPresent: [A] })).toEqual({ ok: false, error: 'duplicate' });
    expect(addSite(DEFAULT_SETTINGS, A, { sitesLocked: true })).toEqual({ ok: false, error: 'locked' });
    const full = { ...DEFAULT_SETTINGS, sites: Array.from({ length: 50 }, (_, i) => `https://s${i}.example.org/*`) };
    expect(addSite(full, A)).toEqual({ ok: false, error: 'tooMany' });
  });

  it('removes', () => {
    expect(removeSite({ ...DEFAULT_SETTINGS, sites: [A, 'https://b.example.org/*'] }, A).sites).toEqual(['https://b.example.org/*']);
  });

  it('picks new site patterns out of a permission grant', () => {
    expect(sitesFromGrant({ ...DEFAULT_SETTINGS, sites: [A] }, [A, 'https://b.example.org/*', '<all_urls>', 'https://*/*', 'https://b.example.org/*']))
      .toEqual(['https://b.example.org/*']);
  });
});
