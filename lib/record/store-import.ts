import { parseExportFile, type ParsedLog } from './export-file';
import { entryKey, headKey, indexKey } from './keys';
import { headSeq, lastHash, type LoadedLog } from './load';
import { err, ok, type Result } from '../core/result';
import { RECORD_VERSION } from './schema';
import type { StoreContext } from './store-context';
import { newerVersion, storageError } from './store-errors';
import type { ImportValue } from './store-types';

/**
 * What one log of the file adds to the stored log: entries missing here (a gap below the head, or
 * beyond it), into `items`; entries already here are counted, never overwritten. A purged entry stays
 * purged. Refuses (changing nothing) when an entry differs from the stored one or the file's new
 * entries do not continue the stored chain.
 */
function mergeLog(log: LoadedLog, incoming: ParsedLog, items: Record<string, unknown>, result: ImportValue): Result<void> {
  const present = new Map(log.slots.map((s) => [s.seq, s]));
  const firstSeq = log.entries[0]?.seq ?? Infinity;
  const storedHeadSeq = headSeq(log);
  let extendsFrom: string | null = null;
  for (const entry of incoming.entries) {
    const slot = present.get(entry.seq);
    if (slot && 'entry' in slot) {
      if (slot.entry.hash !== entry.hash) {
        return err('import-conflict', `Entry ${entry.seq} of the ${incoming.mode} record differs from the one in the file: the file is from another record or one of them was changed. Nothing was imported.`);
      }
      result.duplicates++;
    } else if (slot) {
      result.skipped++;
    } else if (entry.seq < firstSeq && entry.seq <= storedHeadSeq) {
      result.duplicates++; // purged here already: stays purged
    } else {
      if (entry.seq > storedHeadSeq && extendsFrom === null) extendsFrom = entry.prevHash;
      items[entryKey(incoming.mode, entry.seq)] = incoming.raw.get(entry.seq);
      result.added++;
    }
  }
  if (extendsFrom !== null) {
    if (storedHeadSeq > 0 && extendsFrom !== lastHash(log)) {
      return err('import-conflict', `The ${incoming.mode} entries in the file do not continue this record. Nothing was imported.`);
    }
    const last = incoming.entries.at(-1)!;
    items[headKey(incoming.mode)] = { v: RECORD_VERSION, seq: last.seq, hash: last.hash, updatedAt: new Date().toISOString() };
  }
  return ok(undefined);
}

/** Importing an export: checked whole first, then added in one set(), or nothing at all. */
export function createImport(ctx: StoreContext) {
  async function importFile(text: string): Promise<Result<ImportValue>> {
    const parsed = await parseExportFile(text);
    if (!parsed.ok) return parsed;
    return ctx.run(async () => {
      const items: Record<string, unknown> = {};
      const result: ImportValue = { added: 0, duplicates: 0, skipped: 0 };
      for (const incoming of parsed.value) {
        const log = await ctx.logs.readLog(incoming.mode);
        if (log.futureVersion !== null) return newerVersion<ImportValue>(log.futureVersion);
        const merged = mergeLog(log, incoming, items, result);
        if (!merged.ok) return merged;
      }
      if (result.added === 0) return ok(result);
      // The index is void in the same write (an import can fill gaps below the head, which the head cannot
      // show), then rebuilt; if the rebuild fails, the next read rebuilds.
      for (const incoming of parsed.value) items[indexKey(incoming.mode)] = null;
      try {
        await ctx.kv.set(items);
      } catch (error) {
        return storageError<ImportValue>(error);
      }
      ctx.logs.clear();
      await ctx.reads.rebuildOrForget(parsed.value.map((l) => l.mode));
      return ok(result);
    });
  }

  return { importFile };
}
