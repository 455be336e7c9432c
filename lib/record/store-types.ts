import type { CountsRow } from './aggregate';
import type { QuarantineItem } from './load';
import type { EntryFilter, EntryPage } from './query';
import type { CaseEntry, Mode, RecordEntry } from './schema';
import type { SmallNumbers } from './summary-file';
import type { OutcomeCode, ReasonCode } from '../prompts/outcomes';

/**
 * What the record store (store.ts) takes and answers: its public types, re-exported there, so the
 * modules that make up the store can share them without importing the store itself.
 */
export interface AppendContext {
  now: Date;
  extensionVersion: string;
  /** The admin's setting: keep the case reference in clear instead of as an HMAC (default false). */
  caseRefInClear?: boolean;
}

export interface AppendValue {
  entry: RecordEntry;
  /** True when the same client id (or the same "shown" event) was already recorded: nothing was written. */
  duplicate: boolean;
}

export interface ListQuery {
  mode: Mode | 'all';
  /** A typed case reference: matched by HMAC, never stored. */
  caseRef?: string | null;
}

export interface RecordListing {
  /** Newest first. */
  entries: RecordEntry[];
  quarantine: QuarantineItem[];
  futureVersion: number | null;
}

export interface PromptStatus {
  promptId: string;
  promptVersion: string;
  shown: boolean;
  /** The latest outcome (corrections included), or null if only shown. */
  outcome: OutcomeCode | null;
  reason: ReasonCode | null;
  seq: number;
  recordedAt: string;
}
export interface CaseStatus {
  prompts: PromptStatus[];
}

export interface ImportValue {
  added: number;
  duplicates: number;
  /** Entries the file has but the store keeps an unreadable value for: never overwritten. */
  skipped: number;
}

export interface ViewQuery {
  filter: EntryFilter;
  /** A typed case reference: matched exactly (by HMAC or in clear), never stored. */
  caseRef: string | null;
  /** A case key (from a row of the table): its timeline comes back too. */
  caseKey: string | null;
  page: number;
  pageSize: number;
}

/** What the record page shows: the whole record's figures, and one page of the filtered table. */
export interface RecordView extends EntryPage {
  /** All months, for the modes the filter includes; other filters never change these. */
  totals: CountsRow;
  /** The current UK calendar month, same modes. */
  thisMonth: CountsRow;
  month: string;
  /** Case entries without a case reference (not counted as cases). */
  withoutReference: number;
  offenceIds: string[];
  timeline: CaseEntry[];
  quarantine: QuarantineItem[];
  futureVersion: number | null;
}

export interface SummaryExportOptions {
  organisation: string | null;
  smallNumbers: SmallNumbers;
  now: Date;
  extensionVersion: string;
}

export interface StoreOptions {
  /** The organisation-wide case-reference key from policy (`caseRefKey`), if any. */
  orgKey?: () => Promise<string | null | undefined>;
}

export interface PurgeValue {
  purged: Record<Mode, number>;
}
