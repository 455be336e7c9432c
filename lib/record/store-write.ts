import { entryHash } from './chain';
import { canonicalJson } from './digest';
import type { IndexAccess, IndexState } from './index-store';
import { entryKey, headKey } from './keys';
import type { StorageArea } from '../core/storage-area';
import { addToLog, type LoadedLog } from './load';
import { err, ok, type Result } from '../core/result';
import { RECORD_VERSION, type RecordEntry, type RecordHead } from './schema';
import { CHANGED_WHILE_READ, storageError } from './store-errors';
import type { LogCache } from './store-logs';

/** How an entry reaches storage: with its head in one set(), and with the index's changes when indexed. */
export interface EntryWriter {
  /** Hashes and writes one entry and the head in ONE set(), then updates the held log. */
  write(log: LoadedLog, body: Record<string, unknown>, now: Date): Promise<Result<RecordEntry>>;
  /**
   * Hashes and writes one entry, the head and the index's changes in ONE set(), so the index can never
   * describe a log other than the stored one; then updates what this worker holds. Refuses with
   * `slot-taken` (after rebuilding the index) when the entry's key is already used.
   */
  writeIndexed(state: IndexState, body: Record<string, unknown>, now: Date): Promise<Result<RecordEntry>>;
}

/** An entry as stored (its hash filled in) and the head that names it. */
async function sealed(body: Record<string, unknown>, now: Date) {
  const stored: Record<string, unknown> = { ...body, hash: '' };
  stored.hash = await entryHash(stored);
  const entry = stored as unknown as RecordEntry;
  const head: RecordHead = { v: RECORD_VERSION, seq: entry.seq, hash: entry.hash, updatedAt: now.toISOString() };
  return { stored, entry, head, headJson: canonicalJson(head) };
}

export function createEntryWriter(kv: StorageArea, logs: LogCache, index: IndexAccess): EntryWriter {
  async function write(log: LoadedLog, body: Record<string, unknown>, now: Date): Promise<Result<RecordEntry>> {
    const { stored, entry, head, headJson } = await sealed(body, now);
    try {
      await kv.set({ [entryKey(log.mode, entry.seq)]: stored, [headKey(log.mode)]: head });
    } catch (error) {
      return storageError(error);
    }
    addToLog(log, entry, stored, head);
    logs.hold(log, headJson);
    return ok(entry);
  }

  async function writeIndexed(state: IndexState, body: Record<string, unknown>, now: Date): Promise<Result<RecordEntry>> {
    const mode = state.mode;
    const { stored, entry, head, headJson } = await sealed(body, now);
    const before = state.headJson;
    // Never over anything: a slot already taken (written by another version or copy, beyond the head the
    // index knows) means the index is stale. It is rebuilt from a full read and the caller reads again.
    const slot = entryKey(mode, entry.seq);
    if ((await kv.get(slot))[slot] !== undefined) {
      await index.rebuild([mode]);
      return err('slot-taken', CHANGED_WHILE_READ);
    }
    const indexed = index.appendItems(state, entry, headJson);
    try {
      await kv.set({ [entryKey(mode, entry.seq)]: stored, [headKey(mode)]: head, ...indexed.items });
    } catch (error) {
      return storageError(error);
    }
    indexed.apply();
    const held = logs.held(mode);
    if (held && held.headJson === before) {
      addToLog(held.log, entry, stored, head);
      logs.hold(held.log, headJson);
    } else logs.forget(mode);
    return ok(entry);
  }

  return { write, writeIndexed };
}
