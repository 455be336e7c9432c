import type { StorageArea } from '../core/storage-area';
import type { SettingsProblem } from './problems';
import { repairSettings } from './repair';
import { SETTINGS_STORAGE_KEY, SETTINGS_VERSION, settingsSchema, type Settings } from './schema';
import { readVersion } from './migrations';

/** Settings are read and written whole, under one key: no more of the storage area is needed. */
export type SettingsArea = Pick<StorageArea, 'get' | 'set'>;

export interface LoadedSettings {
  settings: Settings;
  problems: SettingsProblem[];
  future: boolean;
  /** Nothing stored yet: first run. */
  fresh: boolean;
  /**
   * Storage could not be read: `settings` are the defaults, not the user's. Readers may go on with them
   * (the record stays appendable), but nothing may be written over the stored settings from them, nor
   * anything undone that they would undo (registrations, retention purges).
   */
  unreadable: boolean;
}

export async function loadSettings(area: SettingsArea): Promise<LoadedSettings> {
  let raw: unknown;
  try {
    raw = (await area.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
  } catch {
    return { ...repairSettings(undefined), fresh: false, unreadable: true };
  }
  return { ...repairSettings(raw), fresh: raw === undefined, unreadable: false };
}

export type SaveResult =
  | { ok: true; settings: Settings }
  | { ok: false; error: 'invalid'; fields: string[] }
  | { ok: false; error: 'futureVersion' };

/**
 * Validates strictly (no unknown keys, every field in range) before writing, and refuses to
 * overwrite settings written by a newer version of the extension.
 */
export async function saveSettings(area: SettingsArea, settings: unknown): Promise<SaveResult> {
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? (i.code === 'unrecognized_keys' ? 'unknownKey' : '*'))))];
    return { ok: false, error: 'invalid', fields };
  }
  const stored = (await area.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
  if (typeof stored === 'object' && stored !== null && !Array.isArray(stored)) {
    if (readVersion(stored as Record<string, unknown>).version > SETTINGS_VERSION) return { ok: false, error: 'futureVersion' };
  }
  await area.set({ [SETTINGS_STORAGE_KEY]: parsed.data });
  return { ok: true, settings: parsed.data };
}
