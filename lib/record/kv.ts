/**
 * The slice of `chrome.storage.local` the record needs. Writing against it lets the same store run
 * on the real storage area, on `fakeBrowser.storage.local` and on the in-memory fake in Node tests.
 */
export interface KeyValueArea {
  /** `null` returns every item in the area, as chrome.storage does. */
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  /** One call is applied as a whole: the record relies on that to write an entry and its head together. */
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Every key, without the values (chrome.storage since Chrome 130; absent elsewhere: then get(null)). */
  getKeys?(): Promise<string[]>;
}

/** An in-memory area for tests. Values are deep-copied in and out, like real storage (JSON). */
export function createMemoryArea(initial: Record<string, unknown> = {}): KeyValueArea & {
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
