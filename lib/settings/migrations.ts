import { SETTINGS_VERSION } from './schema';
import type { SettingsProblem } from './problems';

type Json = Record<string, unknown>;

/**
 * MIGRATIONS[n] turns version n into version n + 1. Pure, and each one is tested on saved JSON in
 * tests/fixtures/settings/. Version 0 is an object with no `version` field (written by hand or by
 * pre-release builds): same field names, so the step only stamps the version.
 */
export const MIGRATIONS: readonly ((data: Json) => Json)[] = [
  (data) => ({ ...data, version: 1 }),
  // 1 -> 2 (issue 23): the global `trainingMode` switch is gone. An entry is a training entry only on
  // a training page, known by its address (lib/training/training-pages.ts), so the switch has nothing
  // left to decide. Dropped whatever its value (even a damaged one): it never held the user's data.
  ({ trainingMode: _dropped, ...data }) => ({ ...data, version: 2 }),
];

if (MIGRATIONS.length !== SETTINGS_VERSION) {
  throw new Error('settings: one migration per version is required');
}

export interface MigrationResult {
  data: Json;
  fromVersion: number;
  /** Stored by a newer version of the extension: read what we understand, never overwrite it. */
  future: boolean;
  problems: SettingsProblem[];
}

export function readVersion(data: Json): { version: number; problem?: SettingsProblem } {
  if (!('version' in data)) return { version: 0 };
  const v = data.version;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return { version: v };
  // A garbled version is more likely damage than a future format: treat it as current and repair.
  return {
    version: SETTINGS_VERSION,
    problem: { source: 'stored', field: 'version', code: 'badVersion', detail: String(v).slice(0, 40) },
  };
}

export function migrateSettings(data: Json): MigrationResult {
  const { version, problem } = readVersion(data);
  const problems = problem ? [problem] : [];
  if (version > SETTINGS_VERSION) {
    problems.push({ source: 'stored', field: 'version', code: 'futureVersion', detail: String(version) });
    return { data, fromVersion: version, future: true, problems };
  }
  let current: Json = { ...data, version };
  for (let v = version; v < SETTINGS_VERSION; v++) current = MIGRATIONS[v]!(current);
  current.version = SETTINGS_VERSION;
  return { data: current, fromVersion: version, future: false, problems };
}
