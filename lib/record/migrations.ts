import { entryV1, headV1, RECORD_VERSION, type RecordEntry, type RecordHead } from './schema';

/**
 * Pure, numbered migrations: MIGRATIONS[n] lifts a stored value of version n to version n + 1.
 * Stored entries are never rewritten (their hashes are over the stored form); migrations only give
 * the rest of the code the current shape. Each migration must be tested on saved JSON of version n
 * (tests/fixtures/record/v<n>/). There are none yet: v1 is the first version.
 */
export type Migration = (value: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrateOutcome<T> =
  | { status: 'ok'; value: T }
  /** Written by a newer extension: must not be touched; the user is told to update. */
  | { status: 'future'; version: number }
  | { status: 'invalid'; reason: string };

/** The migration framework on its own (exported for its tests). */
export function liftVersion(
  raw: unknown,
  current: number,
  migrations: Readonly<Record<number, Migration>>,
): MigrateOutcome<Record<string, unknown>> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { status: 'invalid', reason: 'not an object' };
  let value = raw as Record<string, unknown>;
  const version = value.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { status: 'invalid', reason: 'no version number' };
  }
  if (version > current) return { status: 'future', version };
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) return { status: 'invalid', reason: `no migration from version ${v}` };
    value = step(value);
  }
  return { status: 'ok', value };
}

function describe(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  return `${first.path.map(String).join('.') || '(entry)'}: ${first.message}`;
}

export function migrateEntry(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current = RECORD_VERSION,
): MigrateOutcome<RecordEntry> {
  const lifted = liftVersion(raw, current, migrations);
  if (lifted.status !== 'ok') return lifted;
  const parsed = entryV1.safeParse(lifted.value);
  return parsed.success ? { status: 'ok', value: parsed.data } : { status: 'invalid', reason: describe(parsed.error.issues) };
}

export function migrateHead(raw: unknown): MigrateOutcome<RecordHead> {
  const lifted = liftVersion(raw, RECORD_VERSION, {});
  if (lifted.status !== 'ok') return lifted;
  const parsed = headV1.safeParse(lifted.value);
  return parsed.success ? { status: 'ok', value: parsed.data } : { status: 'invalid', reason: describe(parsed.error.issues) };
}
