import type { ChainSlot } from './chain';
import { entryPrefix, headKey, seqFromKey } from './keys';
import { migrateEntry, migrateHead } from './migrations';
import { GENESIS_HASH, type Mode, type RecordEntry, type RecordHead } from './schema';

export interface QuarantineItem {
  key: string;
  reason: string;
}

/** One log as read from storage. Built fresh from a storage snapshot; never written back. */
export interface LoadedLog {
  mode: Mode;
  slots: ChainSlot[];
  /** Readable entries in seq order. */
  entries: RecordEntry[];
  /** The stored form of each readable entry, by seq (what hashes and exports use). */
  raw: Map<number, Record<string, unknown>>;
  head: RecordHead | null;
  /** Values under record keys that could not be read: kept in place, copied to quarantine, reported. */
  quarantine: QuarantineItem[];
  /** Highest version seen that this extension does not know (then the log is read-only). */
  futureVersion: number | null;
  /** Highest seq used by any key, readable or not: new entries go after it so nothing is overwritten. */
  maxSeq: number;
}

export function loadLog(snapshot: Record<string, unknown>, mode: Mode): LoadedLog {
  const log: LoadedLog = {
    mode,
    slots: [],
    entries: [],
    raw: new Map(),
    head: null,
    quarantine: [],
    futureVersion: null,
    maxSeq: 0,
  };
  const noteFuture = (version: number) => {
    log.futureVersion = Math.max(log.futureVersion ?? 0, version);
  };

  const hk = headKey(mode);
  if (hk in snapshot) {
    const head = migrateHead(snapshot[hk]);
    if (head.status === 'ok') log.head = head.value;
    else if (head.status === 'future') noteFuture(head.version);
    else log.quarantine.push({ key: hk, reason: head.reason });
  }

  const prefix = entryPrefix(mode);
  for (const key of Object.keys(snapshot).sort()) {
    if (!key.startsWith(prefix)) continue;
    const seq = seqFromKey(mode, key);
    if (seq === null) {
      log.quarantine.push({ key, reason: 'not a record entry key' });
      continue;
    }
    log.maxSeq = Math.max(log.maxSeq, seq);
    const value = snapshot[key];
    const migrated = migrateEntry(value);
    if (migrated.status === 'future') {
      noteFuture(migrated.version);
      continue;
    }
    const reason =
      migrated.status === 'invalid' ? migrated.reason : migrated.value.mode !== mode ? `entry is not a ${mode} entry` : null;
    if (reason !== null || migrated.status !== 'ok') {
      log.quarantine.push({ key, reason: reason ?? 'invalid' });
      log.slots.push({ seq, unreadable: reason ?? 'invalid' });
      continue;
    }
    log.slots.push({ seq, raw: value as Record<string, unknown>, entry: migrated.value });
    log.entries.push(migrated.value);
    log.raw.set(seq, value as Record<string, unknown>);
  }
  log.slots.sort((a, b) => a.seq - b.seq);
  log.entries.sort((a, b) => a.seq - b.seq);
  return log;
}

/** The hash the log's next entry chains from: the head's, else the last readable entry's. */
export function lastHash(log: LoadedLog): string {
  return log.head?.hash ?? log.entries.at(-1)?.hash ?? GENESIS_HASH;
}

/** The seq the log's head names, else its last readable entry's (0 when empty). */
export function headSeq(log: LoadedLog): number {
  return log.head?.seq ?? log.entries.at(-1)?.seq ?? 0;
}

/** The seq of the log's next entry: after every key ever used, so nothing is overwritten. */
export function nextSeq(log: LoadedLog): number {
  return Math.max(log.head?.seq ?? 0, log.maxSeq, log.entries.at(-1)?.seq ?? 0) + 1;
}

/** Adds an entry just written (with its head) to a log held in memory, as a fresh read would show it. */
export function addToLog(log: LoadedLog, entry: RecordEntry, stored: Record<string, unknown>, head: RecordHead): void {
  log.entries.push(entry);
  log.raw.set(entry.seq, stored);
  log.slots.push({ seq: entry.seq, raw: stored, entry });
  log.head = head;
  log.maxSeq = Math.max(log.maxSeq, entry.seq);
}
