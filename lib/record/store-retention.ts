import { randomHex } from './digest';
import { entryKey } from './keys';
import { lastHash, nextSeq, type LoadedLog } from './load';
import { ok, type Result } from '../core/result';
import { MODES, RECORD_VERSION, type Mode, type RecordEntry } from './schema';
import type { StoreContext } from './store-context';
import { newerVersion, storageError } from './store-errors';
import type { PurgeValue } from './store-types';

export const DEFAULT_RETENTION_DAYS = 730;
const DAY_MS = 86_400_000;

/**
 * The daily check usually finds nothing due: the index's oldest entry says so without a full read.
 * (A purge stops at the first entry that is unreadable or in date, so an in-date oldest readable
 * entry means nothing goes.)
 */
async function nothingDue(ctx: StoreContext, mode: Mode, cutoff: number): Promise<boolean> {
  const [state] = await ctx.index.states([mode]);
  if (state!.manifest.futureVersion !== null || state!.manifest.quarantine.length > 0) return false;
  if (state!.manifest.count === 0) return true;
  return (await ctx.index.readSegments(state!, [0])) && Date.parse(state!.segments[0]![0]!.recordedAt) >= cutoff;
}

/** The expired entries at the start of the chain: stops at the first unreadable, missing or in-date one. */
export function expiredRun(log: LoadedLog, cutoff: number): RecordEntry[] {
  const expired: RecordEntry[] = [];
  for (const slot of log.slots) {
    const previous = expired.at(-1);
    if (!('entry' in slot) || slot.entry.seq !== slot.seq) break;
    if (previous && slot.seq !== previous.seq + 1) break;
    if (Date.parse(slot.entry.recordedAt) >= cutoff) break;
    expired.push(slot.entry);
  }
  return expired;
}

/** The marker that takes the purged entries' place in the chain: their range, count and last hash. */
function purgeMarker(log: LoadedLog, expired: readonly RecordEntry[], now: Date, extensionVersion: string) {
  const first = expired[0]!;
  const last = expired.at(-1)!;
  return {
    v: RECORD_VERSION,
    kind: 'purge',
    seq: nextSeq(log),
    recordedAt: now.toISOString(),
    mode: log.mode,
    clientId: `purge-${randomHex(8)}`,
    extensionVersion,
    prevHash: lastHash(log),
    purge: { fromSeq: first.seq, toSeq: last.seq, count: expired.length, lastHash: last.hash },
  };
}

/** Purges one log: how many entries went (0 if none was due). */
async function purgeLog(ctx: StoreContext, mode: Mode, now: Date, cutoff: number, extensionVersion: string): Promise<Result<number>> {
  if (await nothingDue(ctx, mode, cutoff)) return ok(0);
  const log = await ctx.logs.readLog(mode);
  if (log.futureVersion !== null) return newerVersion<number>(log.futureVersion);
  const expired = expiredRun(log, cutoff);
  if (expired.length === 0) return ok(0);
  // Marker first: a worker stopped between the two calls leaves extra entries, never a gap.
  const written = await ctx.writer.write(log, purgeMarker(log, expired, now, extensionVersion), now);
  if (!written.ok) return written;
  try {
    await ctx.kv.remove(expired.map((e) => entryKey(mode, e.seq)));
  } catch (error) {
    return storageError<number>(error);
  }
  ctx.logs.forget(mode);
  await ctx.reads.rebuildOrForget([mode]);
  return ok(expired.length);
}

/** Retention: entries older than the retention period leave the record, with a marker in the chain. */
export function createRetention(ctx: StoreContext) {
  /**
   * Removes entries older than the retention period from the start of each chain and appends a
   * marker naming the range and the last purged hash. Stops at the first entry that is unreadable,
   * missing or still in date, so a purge never hides damage.
   */
  async function purgeExpired(now: Date, retentionDays = DEFAULT_RETENTION_DAYS, extensionVersion = '0'): Promise<Result<PurgeValue>> {
    return ctx.run(async () => {
      const purged: Record<Mode, number> = { live: 0, training: 0 };
      const cutoff = now.getTime() - retentionDays * DAY_MS;
      for (const mode of MODES) {
        const count = await purgeLog(ctx, mode, now, cutoff, extensionVersion);
        if (!count.ok) return count;
        purged[mode] = count.value;
      }
      return ok({ purged });
    });
  }

  return { purgeExpired };
}
