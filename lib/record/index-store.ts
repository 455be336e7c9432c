import { canonicalJson } from './digest';
import { appendToIndex, buildIndex, indexItems, keyDigest, parseManifest, SEGMENT_SIZE, type IndexManifest } from './index-cache';
import { addToMaps, mapsOf, type RowMaps } from './index-counts';
import { isRowList, type IndexRow } from './index-rows';
import { headKey, indexKey, segmentKey } from './keys';
import type { StorageArea } from '../core/storage-area';
import { loadLog, type LoadedLog } from './load';
import type { Mode, RecordEntry } from './schema';

/** One log's index as this worker holds it. Segments are read as needed (null: not read yet). */
export interface IndexState {
  mode: Mode;
  headJson: string;
  manifest: IndexManifest;
  segments: (IndexRow[] | null)[];
  /** Lookups over every row; built once all segments are read. */
  maps: RowMaps | null;
}

/** A full read of some logs: the store's own reader (it also keeps quarantine copies and its log cache). */
export type FullRead = (modes: readonly Mode[]) => Promise<{ logs: LoadedLog[]; keys: string[]; heads: Map<Mode, string> }>;

export interface IndexAccess {
  /** Manifests agreeing with the stored heads, rebuilding any that do not (with one full read). */
  states(modes: readonly Mode[]): Promise<IndexState[]>;
  /** Reads the given segments; false if one is missing or damaged (the caller rebuilds). */
  readSegments(state: IndexState, numbers: readonly number[]): Promise<boolean>;
  /** Every row and the lookups, rebuilding from the entries if a segment is damaged. */
  whole(mode: Mode): Promise<IndexState>;
  /** Rebuilds from a full read and stores the result (best effort: a failed write leaves it in memory only). */
  rebuild(modes: readonly Mode[]): Promise<IndexState[]>;
  /** The items an append adds to its entry and head, and how to apply them once written. */
  appendItems(state: IndexState, entry: RecordEntry, headJson: string): { items: Record<string, unknown>; apply: () => void };
  /** True if the keys under the log's entry prefix are the ones the index was built from and appended. */
  keysAgree(mode: Mode): Promise<boolean>;
  /** Whether a state was read from storage (not built or rebuilt here) since the worker started. */
  takeUnchecked(): Mode[];
  /** Drops what this worker holds for a log (the next request reads or rebuilds it). */
  forget(mode: Mode): void;
  /** Stores the index of an empty log (after every key of the log was removed). */
  reset(mode: Mode): Promise<void>;
}

export function createIndexAccess(kv: StorageArea, fullRead: FullRead): IndexAccess {
  const held = new Map<Mode, IndexState>();
  const unchecked = new Set<Mode>();
  const checked = new Set<Mode>();

  function fromBuilt(mode: Mode, headJson: string, log: LoadedLog, keys: string[]): { state: IndexState; items: Record<string, unknown>; stale: string[] } {
    const built = buildIndex(log, headJson, keys);
    const previous = held.get(mode)?.manifest.segments ?? 0;
    const storedSegments = keys.filter((k) => k.startsWith(`${indexKey(mode)}:`)).length;
    const { items, stale } = indexItems(mode, built, Math.max(previous, storedSegments));
    const state: IndexState = { mode, headJson, manifest: built.manifest, segments: built.segments, maps: mapsOf(built.segments.flat()) };
    return { state, items, stale };
  }

  async function rebuild(modes: readonly Mode[]): Promise<IndexState[]> {
    const read = await fullRead(modes);
    const items: Record<string, unknown> = {};
    const stale: string[] = [];
    const out: IndexState[] = [];
    for (const log of read.logs) {
      const built = fromBuilt(log.mode, read.heads.get(log.mode) ?? 'null', log, read.keys);
      // A log written by a newer version is left exactly as it is: its index lives in memory only.
      if (log.futureVersion === null) {
        Object.assign(items, built.items);
        stale.push(...built.stale);
      }
      held.set(log.mode, built.state);
      checked.add(log.mode); // a full read is the check
      unchecked.delete(log.mode);
      out.push(built.state);
    }
    // Best effort: an index that could not be stored is rebuilt next time; nothing recorded depends on it.
    if (Object.keys(items).length > 0) await kv.set(items).catch(() => undefined);
    if (stale.length > 0) await kv.remove(stale).catch(() => undefined);
    return out;
  }

  async function states(modes: readonly Mode[]): Promise<IndexState[]> {
    const keys = modes.flatMap((m) => [headKey(m), indexKey(m)]);
    const stored = await kv.get(keys);
    const result = new Map<Mode, IndexState>();
    const stale: Mode[] = [];
    for (const mode of modes) {
      const headJson = canonicalJson(stored[headKey(mode)] ?? null);
      const mine = held.get(mode);
      if (mine && mine.headJson === headJson) {
        result.set(mode, mine);
        continue;
      }
      const manifest = parseManifest(stored[indexKey(mode)]);
      if (manifest && manifest.headJson === headJson) {
        const state: IndexState = { mode, headJson, manifest, segments: new Array<null>(manifest.segments).fill(null), maps: null };
        held.set(mode, state);
        if (!checked.has(mode)) unchecked.add(mode);
        result.set(mode, state);
      } else stale.push(mode);
    }
    if (stale.length > 0) for (const state of await rebuild(stale)) result.set(state.mode, state);
    return modes.map((m) => result.get(m)!);
  }

  async function readSegments(state: IndexState, numbers: readonly number[]): Promise<boolean> {
    const wanted = numbers.filter((n) => state.segments[n] === null);
    if (wanted.length === 0) return true;
    const stored = await kv.get(wanted.map((n) => segmentKey(state.mode, n)));
    const last = state.manifest.segments - 1;
    for (const n of wanted) {
      const rows = stored[segmentKey(state.mode, n)];
      const size = n < last ? SEGMENT_SIZE : state.manifest.count - last * SEGMENT_SIZE;
      if (!isRowList(rows, state.mode) || rows.length !== size) return false;
      const before = n > 0 ? state.segments[n - 1]?.at(-1) : undefined;
      const after = state.segments[n + 1]?.[0];
      if ((before && rows[0]!.seq <= before.seq) || (after && rows.at(-1)!.seq >= after.seq)) return false;
      state.segments[n] = rows;
    }
    return true;
  }

  async function whole(mode: Mode): Promise<IndexState> {
    const [state] = await states([mode]);
    if (state!.maps) return state!;
    const all = state!.segments.map((_, n) => n);
    if (!(await readSegments(state!, all))) return (await rebuild([mode]))[0]!;
    state!.maps = mapsOf((state!.segments as IndexRow[][]).flat());
    return state!;
  }

  function appendItems(state: IndexState, entry: RecordEntry, headJson: string) {
    const segments = state.segments as IndexRow[][];
    const next = appendToIndex(state.manifest, segments, state.maps!, entry, headJson);
    return {
      items: { [indexKey(state.mode)]: next.manifest, [segmentKey(state.mode, next.segmentNo)]: next.segment },
      apply: () => {
        state.headJson = headJson;
        state.manifest = next.manifest;
        state.segments[next.segmentNo] = next.segment;
        addToMaps(state.maps!, next.row);
      },
    };
  }

  async function keysAgree(mode: Mode): Promise<boolean> {
    const state = held.get(mode);
    if (!state) return false;
    checked.add(mode);
    const keys = kv.getKeys ? await kv.getKeys() : Object.keys(await kv.get(null));
    const now = keyDigest(keys, mode);
    return now.n === state.manifest.keys.n && now.h === state.manifest.keys.h;
  }

  return {
    states,
    readSegments,
    whole,
    rebuild,
    appendItems,
    keysAgree,
    takeUnchecked() {
      const out = [...unchecked];
      unchecked.clear();
      return out;
    },
    forget(mode) {
      held.delete(mode);
    },
    async reset(mode) {
      const built = fromBuilt(mode, 'null', loadLog({}, mode), []);
      held.set(mode, built.state);
      checked.add(mode);
      unchecked.delete(mode);
      await kv.set(built.items).catch(() => undefined);
    },
  };
}
