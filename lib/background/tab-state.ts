import type { PageSummary } from '../content/page-summary';
import type { StorageArea } from '../core/storage-area';

/**
 * What the background knows about each tab, kept in `storage.session` (memory-backed, cleared when
 * the browser closes, and it survives the MV3 service worker being stopped). Origins only, no paths.
 */
export interface TabRecord {
  origin: string;
  summary: PageSummary;
  at: number;
}

const key = (tabId: number) => `tab:${tabId}`;

export function createTabState(area: StorageArea) {
  return {
    async get(tabId: number): Promise<TabRecord | null> {
      const raw = (await area.get(key(tabId)))[key(tabId)] as TabRecord | undefined;
      return raw && typeof raw === 'object' && raw.summary ? raw : null;
    },
    async set(tabId: number, record: TabRecord): Promise<void> {
      await area.set({ [key(tabId)]: record });
    },
    async clear(tabId: number): Promise<void> {
      await area.remove(key(tabId));
    },
  };
}
export type TabStateStore = ReturnType<typeof createTabState>;
