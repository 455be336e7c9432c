/**
 * The one shape of a storage area every module that reads or writes storage is written against:
 * the slice of `browser.storage.local` / `.session` / `.managed` the extension uses. The real areas
 * satisfy it as they are (no casts in the background), and so do `fakeBrowser`'s areas and the
 * in-memory area of lib/record/kv.ts in Node tests. A module that needs less asks for less with
 * `Pick<StorageArea, ...>` (settings read and write, managed policy only reads).
 */
export interface StorageArea {
  /** `null` returns every item in the area, as browser.storage does. */
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  /** One call is applied as a whole: the record relies on that to write an entry and its head together. */
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Every key, without the values (chrome.storage since Chrome 130; absent elsewhere: then get(null)). */
  getKeys?(): Promise<string[]>;
}
