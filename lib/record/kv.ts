import type { StorageArea } from '../core/storage-area';

/** An in-memory storage area for tests. Values are deep-copied in and out, like real storage (JSON). */
export function createMemoryArea(initial: Record<string, unknown> = {}): StorageArea & {
  data: Map<string, unknown>;
} {
  const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
  const data = new Map<string, unknown>(Object.entries(copy(initial)));
  return {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {};
      const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      for (const key of wanted) if (data.has(key)) out[key] = copy(data.get(key));
      return out;
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, copy(value));
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) data.delete(key);
    },
    async getKeys() {
      return [...data.keys()];
    },
  };
}
