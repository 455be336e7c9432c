import { canonicalJson } from './digest';
import { toRow, type IndexRow } from './index-rows';
import type { IndexAccess, IndexState } from './index-store';
import { entryKey } from './keys';
import type { StorageArea } from '../core/storage-area';
import { migrateEntry } from './migrations';
import type { Queue } from './queue';
import type { Mode, RecordEntry } from './schema';

/** How the store reads entries through the index, and keeps the index honest when it does not match. */
export interface IndexedReads {
  /** The stored entries behind some rows, or null if one is missing or is not what its row says (rebuild). */
  entriesOf(rows: readonly IndexRow[]): Promise<RecordEntry[] | null>;
  /** The stored entry behind a row; if it is not what the row says, the index is rebuilt and null returned. */
  entryAt(row: IndexRow): Promise<RecordEntry | null>;
  /**
   * Logs whose index was read from storage (not rebuilt) in this worker are checked once, after the
   * request that read them has been answered: are the keys under the log the ones the index knows?
   * Entries added or removed outside the store (a restore, a damaged profile) then reach the index.
   */
  checkLater(): void;
  /** After a change the index cannot follow step by step (an import, a purge). */
  rebuildOrForget(modes: readonly Mode[]): Promise<void>;
}

/** Every row of a log held by the index, oldest first. */
export function rowsOf(state: IndexState): IndexRow[] {
  return (state.segments as IndexRow[][]).flat();
}

export function createIndexedReads(kv: StorageArea, index: IndexAccess, run: Queue): IndexedReads {
  async function entriesOf(rows: readonly IndexRow[]): Promise<RecordEntry[] | null> {
    if (rows.length === 0) return [];
    const stored = await kv.get(rows.map((r) => entryKey(r.mode, r.seq)));
    const out: RecordEntry[] = [];
    for (const row of rows) {
      const read = migrateEntry(stored[entryKey(row.mode, row.seq)]);
      if (read.status !== 'ok' || canonicalJson(toRow(read.value)) !== canonicalJson(row)) return null;
      out.push(read.value);
    }
    return out;
  }

  async function entryAt(row: IndexRow): Promise<RecordEntry | null> {
    const [entry] = (await entriesOf([row])) ?? [];
    if (entry) return entry;
    await index.rebuild([row.mode]);
    return null;
  }

  function checkLater(): void {
    for (const mode of index.takeUnchecked()) {
      void run(async () => {
        if (!(await index.keysAgree(mode))) await index.rebuild([mode]);
      }).catch(() => undefined);
    }
  }

  async function rebuildOrForget(modes: readonly Mode[]): Promise<void> {
    await index.rebuild(modes).catch(() => modes.forEach((m) => index.forget(m)));
  }

  return { entriesOf, entryAt, checkLater, rebuildOrForget };
}
