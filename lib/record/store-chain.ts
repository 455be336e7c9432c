import { verifyChain, type VerifyReport } from './chain';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportFile, type ExportLog } from './export-file';
import { headKey } from './keys';
import { headSeq, lastHash, type LoadedLog } from './load';
import { ok, type Result } from '../core/result';
import { MODES, type Mode } from './schema';
import type { StoreContext } from './store-context';
import { newerVersion } from './store-errors';

/** A log as the export carries it: the stored entries exactly as written, and where its head is. */
function exportLog(log: LoadedLog): ExportLog {
  return { headSeq: headSeq(log), headHash: lastHash(log), entries: log.entries.map((e) => log.raw.get(e.seq)!) };
}

/** The chain read in full: the integrity check and the export (every entry as stored, so it verifies anywhere). */
export function createChainAccess(ctx: StoreContext) {
  async function verify(mode: Mode): Promise<Result<VerifyReport>> {
    return ctx.run(async () => {
      const log = await ctx.logs.readLog(mode);
      if (log.futureVersion !== null) return newerVersion<VerifyReport>(log.futureVersion);
      const headMissing = log.head === null;
      const report = await verifyChain(log.slots, log.head);
      // A head that exists but cannot be read is reported as missing at the last entry.
      if (headMissing && log.slots.length === 0 && log.quarantine.some((q) => q.key === headKey(mode))) {
        report.breaks.push({ seq: 0, reason: 'head-missing' });
        report.ok = false;
      }
      return ok(report);
    });
  }

  async function exportFile(options: { includeTraining: boolean; now: Date; extensionVersion: string }): Promise<Result<ExportFile>> {
    return ctx.run(async () => {
      const file: ExportFile = {
        format: EXPORT_FORMAT,
        formatVersion: EXPORT_FORMAT_VERSION,
        exportedAt: options.now.toISOString(),
        extensionVersion: options.extensionVersion,
        includesTraining: options.includeTraining,
        logs: {},
      };
      for (const mode of options.includeTraining ? MODES : (['live'] as const)) {
        const log = await ctx.logs.readLog(mode);
        if (log.futureVersion !== null) return newerVersion<ExportFile>(log.futureVersion);
        file.logs[mode] = exportLog(log);
      }
      return ok(file);
    });
  }

  return { verify, exportFile };
}
