/**
 * Background jobs that act on the settings, each refusing to act on defaults that stand in for settings
 * that could not be read (LoadedSettings.unreadable): with defaults, reconciling would unregister every
 * site the user added, and a retention purge would use the default period, perhaps shorter than the
 * organisation's, and delete entries it keeps. Both run again later (next event, next day).
 */
import type { RecordStore } from '../record/store';
import type { EffectiveSettings } from '../settings/effective';
import { reconcileRegistrations, type ReconcileResult, type RegistrarApi } from '../sites/registrar';

export async function reconcileSites(api: RegistrarApi, s: EffectiveSettings): Promise<ReconcileResult | 'unreadable'> {
  if (s.unreadable) return 'unreadable';
  return reconcileRegistrations(api, s.effective.sites);
}

export async function purgeByRetention(
  store: Pick<RecordStore, 'purgeExpired'>,
  s: EffectiveSettings,
  now: Date,
  extensionVersion: string,
): Promise<'purged' | 'unreadable'> {
  if (s.unreadable) return 'unreadable';
  await store.purgeExpired(now, s.effective.retentionDays, extensionVersion);
  return 'purged';
}
