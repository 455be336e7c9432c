import { describe, expect, it } from 'vitest';
import { purgeByRetention, reconcileSites } from '../../../lib/background/settings-guards';
import { entryKey } from '../../../lib/record/keys';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';
import { loadEffectiveSettings } from '../../../lib/settings/effective';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY } from '../../../lib/settings/schema';
import { siteScriptFor, type RegisteredScript } from '../../../lib/sites/plan-registration';
import type { RegistrarApi } from '../../../lib/sites/registrar';
import { memoryArea } from '../settings/fixtures';
import { at, makeInput } from '../record/helpers';

const SITE = 'https://cases.example.gov.uk/*';
const noPolicy = { get: async () => ({}) };

/** storage.local with the user's settings (a site, a ten-year retention period); reads fail when asked. */
function settingsArea(unreadable: boolean) {
  const area = memoryArea({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, role: 'legal-adviser', sites: [SITE], retentionDays: 3650 } });
  return {
    get: async (keys: string | string[]) => {
      if (unreadable) throw new Error('IO error');
      return area.get(keys);
    },
    set: area.set,
  };
}

function registrar() {
  const scripts = new Map<string, RegisteredScript>([[siteScriptFor(SITE).id, siteScriptFor(SITE)]]);
  const api: RegistrarApi = {
    permissions: { getAll: async () => ({ origins: [SITE] }) },
    scripting: {
      getRegisteredContentScripts: async () => [...scripts.values()],
      registerContentScripts: async (list) => list.forEach((s) => scripts.set(s.id, s)),
      unregisterContentScripts: async ({ ids }) => ids.forEach((id) => scripts.delete(id)),
    },
  };
  return { api, scripts };
}

describe('background jobs never act on defaults standing in for unreadable settings', () => {
  it('reconciling leaves the user\'s site registered when the settings cannot be read', async () => {
    const { api, scripts } = registrar();
    expect(await reconcileSites(api, await loadEffectiveSettings(settingsArea(true), noPolicy))).toBe('unreadable');
    expect([...scripts.keys()]).toEqual([siteScriptFor(SITE).id]);
    // Readable, the same settings keep it; the defaults (no sites) would have removed it.
    const result = await reconcileSites(api, await loadEffectiveSettings(settingsArea(false), noPolicy));
    expect(result).not.toBe('unreadable');
    expect([...scripts.keys()]).toEqual([siteScriptFor(SITE).id]);
    await reconcileSites(api, { ...(await loadEffectiveSettings(settingsArea(false), noPolicy)), effective: { ...DEFAULT_SETTINGS } });
    expect(scripts.size).toBe(0);
  });

  it('the retention purge waits when the settings cannot be read, rather than use the default period', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    // Three years old: past the default two years, well within the stored ten.
    await store.append(makeInput(), at('2023-01-10T10:00:00.000Z'));
    const now = new Date('2026-02-01T00:00:00.000Z');
    expect(await purgeByRetention(store, await loadEffectiveSettings(settingsArea(true), noPolicy), now, '0.1.0')).toBe('unreadable');
    expect(await purgeByRetention(store, await loadEffectiveSettings(settingsArea(false), noPolicy), now, '0.1.0')).toBe('purged');
    expect(kv.data.has(entryKey('live', 1))).toBe(true);
    // With the default period it would have gone.
    expect(await store.purgeExpired(now, DEFAULT_SETTINGS.retentionDays, '0.1.0')).toEqual({ ok: true, value: { purged: { live: 1, training: 0 } } });
    expect(kv.data.has(entryKey('live', 1))).toBe(false);
  });
});
