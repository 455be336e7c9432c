import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY } from '../../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../../lib/settings/storage';
import { fixture, memoryArea } from './fixtures';

describe('loadSettings / saveSettings', () => {
  it('reports first run when nothing is stored', async () => {
    const loaded = await loadSettings(memoryArea());
    expect(loaded).toEqual({ settings: DEFAULT_SETTINGS, problems: [], future: false, fresh: true, unreadable: false });
  });

  it('survives a storage read that throws, and says the defaults are not the stored settings', async () => {
    const area = { get: async () => { throw new Error('boom'); }, set: async () => {} };
    const loaded = await loadSettings(area);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    // Not a first run: whatever is stored is still there, only unreadable just now.
    expect(loaded).toMatchObject({ unreadable: true, fresh: false });
  });

  it('round-trips valid settings', async () => {
    const area = memoryArea();
    const next = { ...DEFAULT_SETTINGS, role: 'trainer' as const, sites: ['https://cases.example.gov.uk/*'] };
    expect(await saveSettings(area, next)).toEqual({ ok: true, settings: next });
    expect((await loadSettings(area)).settings).toEqual(next);
  });

  it.each([
    [{ ...DEFAULT_SETTINGS, retentionDays: 10 }, ['retentionDays']],
    [{ ...DEFAULT_SETTINGS, sites: ['*.gov.uk'] }, ['sites']],
    [{ ...DEFAULT_SETTINGS, colour: 'blue' }, ['unknownKey']],
  ])('refuses to save invalid settings %#', async (bad, fields) => {
    const area = memoryArea();
    expect(await saveSettings(area, bad)).toEqual({ ok: false, error: 'invalid', fields });
    expect(area.data).toEqual({});
  });

  it('never overwrites settings written by a newer version', async () => {
    const future = fixture('v3-future.json');
    const area = memoryArea({ [SETTINGS_STORAGE_KEY]: future });
    expect(await saveSettings(area, DEFAULT_SETTINGS)).toEqual({ ok: false, error: 'futureVersion' });
    expect(area.data[SETTINGS_STORAGE_KEY]).toEqual(future);
  });

  it('saves over damaged settings (repair is persisted on the next save)', async () => {
    const area = memoryArea({ [SETTINGS_STORAGE_KEY]: fixture('v1-damaged.json') });
    const loaded = await loadSettings(area);
    expect(loaded.problems.length).toBeGreaterThan(0);
    expect((await saveSettings(area, loaded.settings)).ok).toBe(true);
    expect((await loadSettings(area)).problems).toEqual([]);
  });
});
