import { caseStates, countRows, type CountsRow } from './aggregate';
import { canonicalJson } from './digest';
import type { FullRead } from './index-store';
import { headKey, QUARANTINE_PREFIX } from './keys';
import type { StorageArea } from '../core/storage-area';
import { loadLog, type LoadedLog } from './load';
import type { Mode } from './schema';

/** A log's counts, as made from the log they belong to (and its length then). */
export interface LogCounts {
  log: LoadedLog;
  length: number;
  rows: CountsRow[];
  withoutReference: number;
}

/** The slow path: logs read in full, and the copy of each this worker holds while the stored head stays. */
export interface LogCache {
  /** Reads every given log in full from one snapshot (every entry is read and checked). */
  fullRead: FullRead;
  /** One log read in full. */
  readLog(mode: Mode): Promise<LoadedLog>;
  /** The log, from cache if the stored head has not moved since it was loaded. */
  currentLog(mode: Mode): Promise<LoadedLog>;
  /** The log's counts, recounted only when the log changed since they were last made. */
  countedOf(log: LoadedLog): LogCounts;
  /** The log held for a mode and the head it was loaded (or last written) with. */
  held(mode: Mode): { headJson: string; log: LoadedLog } | undefined;
  /** Holds a log as agreeing with the given stored head. */
  hold(log: LoadedLog, headJson: string): void;
  /** Drops the log held for a mode (the next request reads it again). */
  forget(mode: Mode): void;
  /** Drops every log held, and every count made (after an import). */
  clear(): void;
}

/**
 * Copies of unreadable values not yet copied to quarantine, added to `copies`. The original stays
 * in place: quarantine only keeps a copy to show and export.
 */
function addQuarantineCopies(snapshot: Record<string, unknown>, log: LoadedLog, copies: Record<string, unknown>): void {
  for (const item of log.quarantine) {
    const qKey = QUARANTINE_PREFIX + item.key;
    if (!(qKey in snapshot)) copies[qKey] = { key: item.key, reason: item.reason, value: snapshot[item.key] ?? null };
  }
}

/**
 * Storage is the source of truth: a held log is reused only while the stored head is unchanged, so a
 * restarted worker (MV3 stops them at any time) simply reloads.
 */
export function createLogCache(kv: StorageArea): LogCache {
  const cache = new Map<Mode, { headJson: string; log: LoadedLog }>();
  const counted = new Map<Mode, LogCounts>();

  const fullRead: FullRead = async (modes) => {
    const snapshot = await kv.get(null);
    const logs: LoadedLog[] = [];
    const heads = new Map<Mode, string>();
    const copies: Record<string, unknown> = {};
    for (const mode of modes) {
      const log = loadLog(snapshot, mode);
      addQuarantineCopies(snapshot, log, copies);
      heads.set(mode, canonicalJson(snapshot[headKey(mode)] ?? null));
      cache.set(mode, { headJson: heads.get(mode)!, log });
      logs.push(log);
    }
    if (Object.keys(copies).length > 0) {
      // Best effort: the original stays in place whatever happens here.
      await kv.set(copies).catch(() => undefined);
    }
    return { logs, keys: Object.keys(snapshot), heads };
  };

  async function readLog(mode: Mode): Promise<LoadedLog> {
    return (await fullRead([mode])).logs[0]!;
  }

  async function currentLog(mode: Mode): Promise<LoadedLog> {
    const cached = cache.get(mode);
    if (cached) {
      const stored = await kv.get([headKey(mode)]);
      if (canonicalJson(stored[headKey(mode)] ?? null) === cached.headJson) return cached.log;
    }
    return readLog(mode);
  }

  function countedOf(log: LoadedLog): LogCounts {
    const hit = counted.get(log.mode);
    if (hit && hit.log === log && hit.length === log.entries.length) return hit;
    const states = caseStates(log.entries);
    const next = { log, length: log.entries.length, rows: countRows(states), withoutReference: states.withoutReference };
    counted.set(log.mode, next);
    return next;
  }

  return {
    fullRead,
    readLog,
    currentLog,
    countedOf,
    held: (mode) => cache.get(mode),
    hold: (log, headJson) => void cache.set(log.mode, { headJson, log }),
    forget: (mode) => void cache.delete(mode),
    clear() {
      cache.clear();
      counted.clear();
    },
  };
}
