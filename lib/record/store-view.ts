import { totalOf, type CountsRow } from './aggregate';
import { asEntries, type IndexRow } from './index-rows';
import type { IndexAccess, IndexState } from './index-store';
import type { LoadedLog } from './load';
import { caseTimeline, isCaseEntry, matchesFilter, newestFirst, offenceIds, pageOf, type EntryFilter } from './query';
import { ok, type Result } from '../core/result';
import { MODES, type CaseEntry, type Mode, type RecordEntry, type StoredCaseRef } from './schema';
import type { StoreContext } from './store-context';
import { newestVersion } from './store-errors';
import { rowsOf } from './store-rows';
import type { RecordView, ViewQuery } from './store-types';
import { ukMonth } from './uk-time';

/** One page of the table as rows, before its entries are read: the page's rows and the case's timeline. */
interface RowPage {
  pageRows: IndexRow[];
  timelineRows: IndexRow[];
  total: number;
  page: number;
}

/** The whole record's figures: all months, and the current UK calendar month. */
export function monthFigures(rows: readonly CountsRow[], now: Date): { totals: CountsRow; thisMonth: CountsRow; month: string } {
  const month = ukMonth(now.getTime());
  return { totals: totalOf(rows), thisMonth: totalOf(rows.filter((r) => r.month === month), month), month };
}

/** A case's prompt entries (shown, or an outcome), as a typed reference matches them. */
function promptEntriesOf(entries: RecordEntry[], matches: (stored: StoredCaseRef | null) => boolean): RecordEntry[] {
  return entries.filter((e) => isCaseEntry(e) && matches(e.caseRef));
}

/** The newest rows of one log that pass the filter, newest first (the log's times never go back). */
async function newestMatching(index: IndexAccess, state: IndexState, filter: EntryFilter, need: number): Promise<IndexRow[] | null> {
  const out: IndexRow[] = [];
  for (let n = state.manifest.segments - 1; n >= 0 && out.length < need; n--) {
    if (!(await index.readSegments(state, [n]))) return null;
    const segment = state.segments[n]!;
    for (let i = segment.length - 1; i >= 0 && out.length < need; i--) {
      if (matchesFilter(asEntries([segment[i]!])[0]!, filter)) out.push(segment[i]!);
    }
  }
  return out;
}

/** With the default filters and logs whose times never went back: only the newest segments are read. */
function readsTailOnly(query: ViewQuery, included: readonly IndexState[]): boolean {
  const f = query.filter;
  return !query.caseRef && !query.caseKey && !f.from && !f.to && !f.outcome && !f.offenceId && included.every((s) => s.manifest.monotonic);
}

/** The page from the newest segments, counted from the manifests; null if a segment is damaged. */
async function tailPage(index: IndexAccess, included: readonly IndexState[], query: ViewQuery): Promise<RowPage | null> {
  const f = query.filter;
  const total = included.reduce((n, s) => n + s.manifest.count - (f.showShown === false ? s.manifest.kinds.shown : 0), 0);
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const current = Math.min(Math.max(1, Math.floor(query.page)), pages);
  const candidates: IndexRow[] = [];
  for (const state of included) {
    const newest = await newestMatching(index, state, f, current * query.pageSize);
    if (newest === null) return null;
    candidates.push(...newest);
  }
  candidates.sort((a, b) => newestFirst(asEntries([a])[0]!, asEntries([b])[0]!));
  const pageRows = candidates.slice((current - 1) * query.pageSize, current * query.pageSize);
  return { pageRows, timelineRows: [], total, page: current };
}

/** The page from every row: searched by case reference, filtered, with the chosen case's timeline. */
async function filteredPage(ctx: StoreContext, included: readonly IndexState[], query: ViewQuery): Promise<RowPage> {
  const rows: IndexRow[] = [];
  for (const state of included) rows.push(...rowsOf(await ctx.index.whole(state.mode)));
  let entries = asEntries(rows);
  if (query.caseRef) entries = promptEntriesOf(entries, await ctx.keys.matcherFor(query.caseRef));
  const page = pageOf(entries, query.filter, query.page, query.pageSize);
  const timelineRows = query.caseKey ? (caseTimeline(entries, query.caseKey) as unknown as IndexRow[]) : [];
  return { pageRows: page.entries as unknown as IndexRow[], timelineRows, total: page.total, page: page.page };
}

/**
 * The record page's answer from the index: the counts as kept, one page of rows, and only those
 * entries read from storage. With the default filters and a log whose times never went back, only
 * the newest segments are read, so the cost does not grow with the record. Null when the index turns
 * out not to match the entries (then it is rebuilt and the full read answers).
 */
async function viewFromIndex(ctx: StoreContext, query: ViewQuery, now: Date): Promise<RecordView | null> {
  const states = await ctx.index.states(MODES);
  const modes: readonly Mode[] = query.filter.includeTraining ? MODES : ['live'];
  const included = states.filter((s) => modes.includes(s.mode));
  const rowPage = readsTailOnly(query, included) ? await tailPage(ctx.index, included, query) : await filteredPage(ctx, included, query);
  if (rowPage === null) return null;
  const entries = await ctx.reads.entriesOf(rowPage.pageRows);
  const timeline = await ctx.reads.entriesOf(rowPage.timelineRows);
  if (entries === null || timeline === null) return null;
  return {
    entries,
    total: rowPage.total,
    page: rowPage.page,
    pageSize: query.pageSize,
    ...monthFigures(included.flatMap((s) => s.manifest.rows), now),
    withoutReference: included.reduce((n, s) => n + s.manifest.withoutReference, 0),
    offenceIds: [...new Set(included.flatMap((s) => s.manifest.offenceIds))].sort(),
    timeline: timeline as CaseEntry[],
    quarantine: states.flatMap((s) => s.manifest.quarantine),
    futureVersion: newestVersion(states.map((s) => s.manifest.futureVersion)),
  };
}

/** The same answer from the full logs: the reference the index is tested against, and the fallback. */
async function viewFromLogs(ctx: StoreContext, query: ViewQuery, now: Date): Promise<Result<RecordView>> {
  const modes = query.filter.includeTraining ? MODES : (['live'] as const);
  const logs: LoadedLog[] = [];
  for (const mode of MODES) logs.push(await ctx.logs.currentLog(mode));
  const included = logs.filter((l) => (modes as readonly Mode[]).includes(l.mode));
  const counts = included.map(ctx.logs.countedOf);
  let entries: RecordEntry[] = included.length === 1 ? included[0]!.entries : included.flatMap((l) => l.entries);
  if (query.caseRef) entries = promptEntriesOf(entries, await ctx.keys.matcherFor(query.caseRef));
  return ok({
    ...pageOf(entries, query.filter, query.page, query.pageSize),
    ...monthFigures(counts.flatMap((c) => c.rows), now),
    withoutReference: counts.reduce((n, c) => n + c.withoutReference, 0),
    offenceIds: offenceIds(included.flatMap((l) => l.entries)),
    timeline: query.caseKey ? caseTimeline(entries, query.caseKey) : [],
    quarantine: logs.flatMap((l) => l.quarantine),
    futureVersion: newestVersion(logs.map((l) => l.futureVersion)),
  });
}

/** The record page: figures from kept counts, one page of the filtered table. */
export function createViews(ctx: StoreContext) {
  /** The record page's one request: from the index, or (when it does not match) rebuilt and from the logs. */
  async function view(query: ViewQuery, now: Date): Promise<Result<RecordView>> {
    return ctx.run(async () => {
      const fast = await viewFromIndex(ctx, query, now);
      ctx.reads.checkLater();
      if (fast) return ok(fast);
      await ctx.index.rebuild(MODES);
      return viewFromLogs(ctx, query, now);
    });
  }

  /** The page's answer from a full read of the logs (what the index must agree with; tests compare them). */
  const viewFull = (query: ViewQuery, now: Date) => ctx.run(() => viewFromLogs(ctx, query, now));

  return { view, viewFull };
}
