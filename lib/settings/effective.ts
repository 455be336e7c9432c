import { readManaged, type ManagedArea } from './managed';
import { mergeManaged, type MergedSettings } from './merge';
import { loadSettings, type LoadedSettings, type SettingsArea } from './storage';

export interface EffectiveSettings extends MergedSettings {
  /** The user's own stored settings (what the options form edits). */
  user: LoadedSettings['settings'];
  future: boolean;
  fresh: boolean;
  /** Stored settings could not be read (see LoadedSettings.unreadable). */
  unreadable: boolean;
}

/**
 * One call for the background, the options page and the popup: stored settings, repaired, with
 * organisation policy applied. Problems from both sources are combined.
 */
export async function loadEffectiveSettings(local: SettingsArea, managed: ManagedArea | undefined): Promise<EffectiveSettings> {
  const [loaded, policy] = await Promise.all([loadSettings(local), readManaged(managed)]);
  const merged = mergeManaged(loaded.settings, policy.policy);
  return {
    ...merged,
    problems: [...loaded.problems, ...policy.problems, ...merged.problems],
    user: loaded.settings,
    future: loaded.future,
    fresh: loaded.fresh,
    unreadable: loaded.unreadable,
  };
}
