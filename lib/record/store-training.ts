import { entryPrefix, headKey, indexKey } from './keys';
import { loadLog, type LoadedLog } from './load';
import { err, ok, type Result } from '../core/result';
import type { StoreContext } from './store-context';
import { storageError } from './store-errors';

/** The highest seq among a log's readable entries (0 when it has none). */
function lastListed(log: LoadedLog): number {
  return log.entries.reduce((max, e) => Math.max(max, e.seq), 0);
}

/** Clearing the training entries for the next session: the training log only, never a live key. */
export function createTrainingClear(ctx: StoreContext) {
  /**
   * Removes the training log only (never a live key). With `expected`, only if the training log still
   * ends where the list the user confirmed ended: an entry added since (another tab) was never shown.
   */
  async function clearTraining(expected?: { maxSeq: number }): Promise<Result<{ removed: number }>> {
    return ctx.run(async () => {
      const snapshot = await ctx.kv.get(null);
      if (expected && lastListed(loadLog(snapshot, 'training')) !== expected.maxSeq) {
        return err('training-changed', 'Training entries were added since the list was shown. Nothing was removed: look at the list again.');
      }
      const keys = Object.keys(snapshot).filter((k) => k.startsWith(entryPrefix('training')));
      const indexKeys = Object.keys(snapshot).filter((k) => k.startsWith(indexKey('training')));
      try {
        await ctx.kv.remove([...keys, headKey('training'), ...indexKeys]);
      } catch (error) {
        return storageError<{ removed: number }>(error);
      }
      ctx.logs.forget('training');
      await ctx.index.reset('training');
      return ok({ removed: keys.length });
    });
  }

  return { clearTraining };
}
