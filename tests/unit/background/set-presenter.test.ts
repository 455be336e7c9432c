import { describe, expect, it } from 'vitest';
import { savePresenter } from '../../../lib/background/set-role';
import { loadEffectiveSettings } from '../../../lib/settings/effective';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY } from '../../../lib/settings/schema';
import { fixture, memoryArea } from '../settings/fixtures';

const SITE = 'https://cases.example.gov.uk/*';
const stored = () => ({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, role: 'trainer', sites: [SITE], retentionDays: 3650 } });
const noPolicy = { get: async () => ({}) };

describe('savePresenter (the training index\u2019s demo controls)', () => {
  it('switches presenter mode on and off, keeping every other setting', async () => {
    const area = memoryArea(stored());
    expect((await savePresenter(area, () => loadEffectiveSettings(area, noPolicy), true)).ok).toBe(true);
    expect((await area.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY]).toEqual({ ...stored()[SETTINGS_STORAGE_KEY], presenterMode: true });
    expect((await savePresenter(area, () => loadEffectiveSettings(area, noPolicy), false)).ok).toBe(true);
    expect((await area.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY]).toEqual(stored()[SETTINGS_STORAGE_KEY]);
  });

  it('saves old-shape settings in the current shape (the training switch dropped)', async () => {
    const area = memoryArea({ [SETTINGS_STORAGE_KEY]: fixture('v1-complete.json') });
    expect((await savePresenter(area, () => loadEffectiveSettings(area, noPolicy), false)).ok).toBe(true);
    expect((await area.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY]).toEqual({ ...(fixture('v2-complete.json') as object), presenterMode: false });
  });

  it('never writes over settings a newer version saved', async () => {
    const area = memoryArea({ [SETTINGS_STORAGE_KEY]: fixture('v3-future.json') });
    const r = await savePresenter(area, () => loadEffectiveSettings(area, noPolicy), false);
    expect(r).toMatchObject({ ok: false, error: { code: 'settings-future' } });
    expect((await area.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY]).toEqual(fixture('v3-future.json'));
  });
});
