import { caseKey } from './case-ref';
import type { CaseEntry, RecordEntry } from './schema';
import type { OutcomeCode } from '../prompts/outcomes';
import { ukDate } from './uk-time';

/** Filters of the record page's table. Applied in the background, before paging. */
export interface EntryFilter {
  /** UK calendar dates, "YYYY-MM-DD", inclusive. */
  from?: string;
  to?: string;
  outcome?: OutcomeCode | '';
  offenceId?: string;
  includeTraining: boolean;
  /** "Prompt shown" rows are hidden unless asked for (they are most of the log). */
  showShown?: boolean;
}

/** The UK calendar date of an ISO time, "YYYY-MM-DD" (kept under its old name for callers). */
export function localDate(iso: string): string {
  return ukDate(iso);
}

export function isCaseEntry(entry: RecordEntry): entry is CaseEntry {
  return entry.kind === 'shown' || entry.kind === 'outcome';
}

export function matchesFilter(e: RecordEntry, filter: EntryFilter): boolean {
  if (!filter.includeTraining && e.mode === 'training') return false;
  if (filter.showShown === false && e.kind === 'shown') return false;
  if (filter.from || filter.to) {
    const day = ukDate(e.recordedAt);
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
  }
  if (filter.outcome && (e.kind !== 'outcome' || e.outcome !== filter.outcome)) return false;
  if (filter.offenceId && (!isCaseEntry(e) || e.offence?.id !== filter.offenceId)) return false;
  return true;
}

export function filterEntries(entries: readonly RecordEntry[], filter: EntryFilter): RecordEntry[] {
  return entries.filter((e) => matchesFilter(e, filter));
}

/** The offence ids present, for the offence filter's options. */
export function offenceIds(entries: readonly RecordEntry[]): string[] {
  const ids = new Set<string>();
  for (const e of entries) if (isCaseEntry(e) && e.offence) ids.add(e.offence.id);
  return [...ids].sort();
}

/** Newest first: by time, then by seq (two logs interleave by time). */
export function newestFirst(a: RecordEntry, b: RecordEntry): number {
  return a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : b.seq - a.seq;
}

export interface EntryPage {
  entries: RecordEntry[];
  /** Entries matching the filter, before paging. */
  total: number;
  /** The page actually returned (clamped to the last page). */
  page: number;
  pageSize: number;
}

/** Filters, then sorts newest first, then cuts one page (pages count from 1). */
export function pageOf(entries: readonly RecordEntry[], filter: EntryFilter, page: number, pageSize: number): EntryPage {
  const matching = filterEntries(entries, filter).sort(newestFirst);
  const pages = Math.max(1, Math.ceil(matching.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const start = (current - 1) * pageSize;
  return { entries: matching.slice(start, start + pageSize), total: matching.length, page: current, pageSize };
}

/** One case's entries, oldest first: the per-case timeline. */
export function caseTimeline(entries: readonly RecordEntry[], key: string): CaseEntry[] {
  return entries
    .filter(isCaseEntry)
    .filter((e) => caseKey(e.caseRef) === key)
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.seq - b.seq);
}
