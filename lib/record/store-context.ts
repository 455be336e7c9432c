import { createIndexAccess, type IndexAccess } from './index-store';
import type { StorageArea } from '../core/storage-area';
import { createQueue, type Queue } from './queue';
import { createLogCache, type LogCache } from './store-logs';
import { createIndexedReads, type IndexedReads } from './store-rows';
import { createCaseRefKeys, type CaseRefKeys } from './store-secrets';
import type { StoreOptions } from './store-types';
import { createEntryWriter, type EntryWriter } from './store-write';

/**
 * What the record store's modules share: one storage area, one queue every request runs in (so each
 * sees the previous one's head), the logs and index this worker holds, and the case-reference keys.
 */
export interface StoreContext {
  kv: StorageArea;
  run: Queue;
  logs: LogCache;
  index: IndexAccess;
  reads: IndexedReads;
  keys: CaseRefKeys;
  writer: EntryWriter;
}

export function createStoreContext(kv: StorageArea, options: StoreOptions): StoreContext {
  const run = createQueue();
  const logs = createLogCache(kv);
  const index = createIndexAccess(kv, logs.fullRead);
  return {
    kv,
    run,
    logs,
    index,
    reads: createIndexedReads(kv, index, run),
    keys: createCaseRefKeys(kv, options),
    writer: createEntryWriter(kv, logs, index),
  };
}
