import { err, ok, type Result } from '../core/result';
import type { Role } from '../roles';
import type { EffectiveSettings } from '../settings/effective';
import { saveSettings, type SettingsArea } from '../settings/storage';

/**
 * The sidebar's role question, saved the way the Settings page saves: the user's own settings,
 * re-read first, validated, never written over settings that could not be read or that a newer
 * version wrote, and only a role the organisation allows.
 */
export async function saveRole(local: SettingsArea, settings: () => Promise<EffectiveSettings>, role: Role): Promise<Result<null>> {
  const s = await settings();
  if (s.unreadable) return err('settings-unreadable', 'Your settings could not be read, so your role was not saved. Open Settings to try again.');
  if (s.future) return err('settings-future', 'Your settings were saved by a newer version of the extension. Update it to change your role.');
  if (s.locked.includes('role') || !s.allowedRoles.includes(role)) {
    return err('role-not-allowed', 'Your organisation sets the roles you can choose. Open Settings to see them.');
  }
  const saved = await saveSettings(local, { ...s.user, role });
  return saved.ok ? ok(null) : err('settings-invalid', 'Your role could not be saved. Open Settings to try again.');
}

/**
 * Presenter mode from the training index's demo controls (an extension page), saved the same careful
 * way: applies at once (open sidebars listen for settings changes), no Settings trip.
 */
export async function savePresenter(local: SettingsArea, settings: () => Promise<EffectiveSettings>, presenter: boolean): Promise<Result<null>> {
  const s = await settings();
  if (s.unreadable) return err('settings-unreadable', 'Your settings could not be read, so presenter mode was not changed. Open Settings to try again.');
  if (s.future) return err('settings-future', 'Your settings were saved by a newer version of the extension. Update it to change presenter mode.');
  const saved = await saveSettings(local, { ...s.user, presenterMode: presenter });
  return saved.ok ? ok(null) : err('settings-invalid', 'Presenter mode could not be saved. Open Settings to try again.');
}
