import { describe, expect, it } from 'vitest';
import { saveRole } from '../../../lib/background/set-role';
import { loadEffectiveSettings } from '../../../lib/settings/effective';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY } from '../../../lib/settings/schema';
import { memoryArea } from '../settings/fixtures';

const SITE = 'https://cases.example.gov.uk/*';
const stored = () => ({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, sites: [SITE], retentionDays: 3650 } });
const policy = (p: Record<string, unknown>) => ({ get: async () => p });

describe('saveRole (the sidebar\u2019s role question)', () => {
  it('saves the role into the user\u2019s own settings, keeping every other setting', async () => {
    const area = memoryArea(stored());
    const r = await saveRole(area, () => loadEffectiveSettings(area, policy({})), 'prosecutor');
    expect(r.ok).toBe(true);
    const saved = (await area.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, sites: [SITE], retentionDays: 3650, role: 'prosecutor' });
  });

  it('refuses a role the organisation does not allow, and writes nothing', async () => {
    const area = memoryArea(stored());
    const r = await saveRole(area, () => loadEffectiveSettings(area, policy({ allowedRoles: ['legal-adviser', 'trainer'] })), 'prosecutor');
    expect(r).toMatchObject({ ok: false, error: { code: 'role-not-allowed' } });
    expect((await area.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY]).toEqual(stored()[SETTINGS_STORAGE_KEY]);
  });

  it('never writes defaults over settings it could not read', async () => {
    const area = memoryArea(stored());
    let writes = 0;
    const failing = { get: async () => Promise.reject(new Error('IO error')), set: async (v: Record<string, unknown>) => { writes++; await area.set(v); } };
    const r = await saveRole(failing, () => loadEffectiveSettings(failing, policy({})), 'trainer');
    expect(r).toMatchObject({ ok: false, error: { code: 'settings-unreadable' } });
    expect(writes).toBe(0);
  });
});
