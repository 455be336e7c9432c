import type { StorageArea } from '../core/storage-area';
import type { CaseEntry, OutcomeEntry } from './schema';
import { createRecording } from './store-append';
import { createChainAccess } from './store-chain';
import { createStoreContext } from './store-context';
import { createImport } from './store-import';
import { createQueries } from './store-queries';
import { createRetention } from './store-retention';
import { createTrainingClear } from './store-training';
import type { StoreOptions } from './store-types';
import { createViews } from './store-view';

export { DEFAULT_RETENTION_DAYS } from './store-retention';
export type {
  AppendContext,
  AppendValue,
  CaseStatus,
  ImportValue,
  ListQuery,
  PromptStatus,
  PurgeValue,
  RecordListing,
  RecordView,
  StoreOptions,
  SummaryExportOptions,
  ViewQuery,
} from './store-types';

/**
 * The acknowledgement record. The background service worker owns the only instance. Storage is the
 * source of truth: the in-memory copy of a log is reused only while the stored head is unchanged,
 * so a restarted worker (MV3 stops them at any time) simply reloads.
 *
 * Made of one module a job, sharing one queue, log cache, index and key access (store-context.ts):
 * - store-append.ts: append and observe, each recorded once (client id, "shown" and observation
 *   deduplication; the slot check and one retry when the index was stale);
 * - store-view.ts: the record page, from the index or (the fallback and the tests' reference) the logs;
 * - store-queries.ts: the sidebar's list and case status, the popup's figures, the managers' summary;
 * - store-chain.ts: the integrity check and the export, from a full read of the chain;
 * - store-import.ts: import of an export, all or nothing;
 * - store-retention.ts: the retention purge, with its marker in the chain;
 * - store-training.ts: clearing the training entries.
 * Underneath: store-logs.ts (full reads, quarantine copies, the held logs), store-write.ts (an entry and
 * its head in one set()), store-rows.ts (entries read through the index, and its checks),
 * store-secrets.ts (the case-reference keys), store-errors.ts (the answers when something fails).
 */
export function createRecordStore(kv: StorageArea, options: StoreOptions = {}) {
  const context = createStoreContext(kv, options);
  const { append, observe } = createRecording(context);
  const { view, viewFull } = createViews(context);
  const { list, liveRows, figures, summaryExport, caseStatus } = createQueries(context);
  const { verify, exportFile } = createChainAccess(context);
  const { importFile } = createImport(context);
  const { clearTraining } = createTrainingClear(context);
  const { purgeExpired } = createRetention(context);
  return { append, observe, list, view, viewFull, liveRows, figures, summaryExport, caseStatus, verify, exportFile, importFile, clearTraining, purgeExpired };
}

export type RecordStore = ReturnType<typeof createRecordStore>;
export type { CaseEntry, OutcomeEntry };
