import type { CountsRow } from './aggregate';
import { randomHex } from './digest';
import { asEntries } from './index-rows';
import { ok, type Result } from '../core/result';
import { MODES, type CaseEntry, type Mode } from './schema';
import type { StoreContext } from './store-context';
import { newerVersion, newestVersion } from './store-errors';
import { rowsOf } from './store-rows';
import type { CaseStatus, ListQuery, PromptStatus, RecordListing, SummaryExportOptions } from './store-types';
import { monthFigures } from './store-view';
import { buildSummaryFile, type SummaryFile } from './summary-file';
import { ukMonth } from './uk-time';

/** One case's prompts, each with its latest entry (corrections included). */
function promptStatuses(entries: readonly CaseEntry[]): PromptStatus[] {
  const byPrompt = new Map<string, PromptStatus>();
  for (const entry of entries) {
    const status = byPrompt.get(entry.prompt.id) ?? {
      promptId: entry.prompt.id,
      promptVersion: entry.prompt.version,
      shown: false,
      outcome: null,
      reason: null,
      seq: entry.seq,
      recordedAt: entry.recordedAt,
    };
    status.shown = true;
    status.promptVersion = entry.prompt.version;
    status.seq = entry.seq;
    status.recordedAt = entry.recordedAt;
    if (entry.kind === 'outcome') {
      status.outcome = entry.outcome;
      status.reason = entry.reason;
    }
    byPrompt.set(entry.prompt.id, status);
  }
  return [...byPrompt.values()];
}

/** The entries of one log or both, newest first; with a typed reference, that case's only. */
async function listEntries(ctx: StoreContext, query: ListQuery): Promise<Result<RecordListing>> {
  const modes = query.mode === 'all' ? MODES : [query.mode];
  const logs = [];
  for (const mode of modes) logs.push(await ctx.logs.currentLog(mode));
  let entries = logs.flatMap((l) => l.entries);
  if (query.caseRef) {
    const matches = await ctx.keys.matcherFor(query.caseRef);
    entries = entries.filter((e) => e.kind !== 'purge' && matches(e.caseRef));
  }
  entries.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt) || b.seq - a.seq);
  return ok({
    entries,
    quarantine: logs.flatMap((l) => l.quarantine),
    futureVersion: newestVersion(logs.map((l) => l.futureVersion)),
  });
}

/** The sidebar's case status, from the index's rows. */
async function statusOfCase(ctx: StoreContext, caseRef: string, mode: Mode): Promise<Result<CaseStatus>> {
  const rows = asEntries(rowsOf(await ctx.index.whole(mode)));
  ctx.reads.checkLater();
  const matches = await ctx.keys.matcherFor(caseRef);
  const entries = rows.filter((e): e is CaseEntry => (e.kind === 'shown' || e.kind === 'outcome') && matches(e.caseRef));
  return ok({ prompts: promptStatuses(entries) });
}

/** The record's other answers: the sidebar's list and case status, the popup's figures, the managers' summary. */
export function createQueries(ctx: StoreContext) {
  const list = (query: ListQuery): Promise<Result<RecordListing>> => ctx.run(() => listEntries(ctx, query));
  const caseStatus = (caseRef: string, mode: Mode): Promise<Result<CaseStatus>> => ctx.run(() => statusOfCase(ctx, caseRef, mode));

  /** Counts of the live record per month (training never counts towards management information). */
  async function liveRows(): Promise<Result<CountsRow[]>> {
    return ctx.run(async () => {
      const [state] = await ctx.index.states(['live']);
      ctx.reads.checkLater();
      const manifest = state!.manifest;
      if (manifest.futureVersion !== null) return newerVersion<CountsRow[]>(manifest.futureVersion);
      return ok(manifest.rows);
    });
  }

  /** The popup's figures: this month and all time, live record only. */
  async function figures(now: Date): Promise<Result<{ month: string; thisMonth: CountsRow; totals: CountsRow }>> {
    const rows = await liveRows();
    if (!rows.ok) return rows;
    const { month, thisMonth, totals } = monthFigures(rows.value, now);
    return ok({ month, thisMonth, totals });
  }

  async function summaryExport(opts: SummaryExportOptions): Promise<Result<SummaryFile>> {
    const rows = await liveRows();
    if (!rows.ok) return rows;
    return ok(
      buildSummaryFile(rows.value, {
        exportId: randomHex(16),
        extensionVersion: opts.extensionVersion,
        exportedMonth: ukMonth(opts.now.getTime()),
        organisation: opts.organisation,
        smallNumbers: opts.smallNumbers,
        caseRefKey: (await ctx.keys.orgSecret()) ? 'organisation' : 'this-browser',
      }),
    );
  }

  return { list, caseStatus, liveRows, figures, summaryExport };
}
