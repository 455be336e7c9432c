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

/** The index built from a full read, the items that store it, and the segment keys it leaves stale. */
function builtState(mode: Mode, headJson: string, log: LoadedLog, keys: string[], previousSegments: number) {
  const built = buildIndex(log, headJson, keys);
  const storedSegments = keys.filter((k) => k.startsWith(`${indexKey(mode)}:`)).length;
  const { items, stale } = indexItems(mode, built, Math.max(previousSegments, storedSegments));
  const state: IndexState = { mode, headJson, manifest: built.manifest, segments: built.segments, maps: mapsOf(built.segments.flat()) };
  return { state, items, stale };
}

/** Reads the given segments into the state; false if one is missing, the wrong size or out of order. */
async function readSegmentsInto(kv: StorageArea, state: IndexState, numbers: readonly number[]): Promise<boolean> {
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

function appendItemsOf(state: IndexState, entry: RecordEntry, headJson: string) {
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

/**
 * What this worker holds of each log's index. A state read from storage is checked once per worker
 * (keysAgree, after the request that read it); one built from a full read needs no check.
 */
function createHeld() {
  const held = new Map<Mode, IndexState>();
  const unchecked = new Set<Mode>();
  const checked = new Set<Mode>();
  return {
    get: (mode: Mode) => held.get(mode),
    forget: (mode: Mode) => void held.delete(mode),
    /** A state built from a full read (the full read is the check). */
    built(state: IndexState) {
      held.set(state.mode, state);
      checked.add(state.mode);
      unchecked.delete(state.mode);
    },
    /** A state read from storage: checked later unless this worker checked the log already. */
    read(state: IndexState) {
      held.set(state.mode, state);
      if (!checked.has(state.mode)) unchecked.add(state.mode);
    },
    markChecked: (mode: Mode) => void checked.add(mode),
    takeUnchecked(): Mode[] {
      const out = [...unchecked];
      unchecked.clear();
      return out;
    },
  };
}

type Held = ReturnType<typeof createHeld>;

/** Rebuilds from one full read and stores the result (best effort: a failed write leaves it in memory only). */
async function rebuildHeld(kv: StorageArea, fullRead: FullRead, held: Held, modes: readonly Mode[]): Promise<IndexState[]> {
  const read = await fullRead(modes);
  const items: Record<string, unknown> = {};
  const stale: string[] = [];
  const out: IndexState[] = [];
  for (const log of read.logs) {
    const built = builtState(log.mode, read.heads.get(log.mode) ?? 'null', log, read.keys, held.get(log.mode)?.manifest.segments ?? 0);
    // A log written by a newer version is left exactly as it is: its index lives in memory only.
    if (log.futureVersion === null) {
      Object.assign(items, built.items);
      stale.push(...built.stale);
    }
    held.built(built.state);
    out.push(built.state);
  }
  // Best effort: an index that could not be stored is rebuilt next time; nothing recorded depends on it.
  if (Object.keys(items).length > 0) await kv.set(items).catch(() => undefined);
  if (stale.length > 0) await kv.remove(stale).catch(() => undefined);
  return out;
}

/** The state agreeing with a stored head: the one held, or the stored manifest's; null if neither does. */
function agreeing(held: Held, mode: Mode, headJson: string, storedManifest: unknown): IndexState | null {
  const mine = held.get(mode);
  if (mine && mine.headJson === headJson) return mine;
  const manifest = parseManifest(storedManifest);
  if (!manifest || manifest.headJson !== headJson) return null;
  const state: IndexState = { mode, headJson, manifest, segments: new Array<null>(manifest.segments).fill(null), maps: null };
  held.read(state);
  return state;
}

/** True if the keys now under the log's entry prefix are the ones the state was built from and appended. */
async function keysMatch(kv: StorageArea, state: IndexState): Promise<boolean> {
  const keys = kv.getKeys ? await kv.getKeys() : Object.keys(await kv.get(null));
  const now = keyDigest(keys, state.mode);
  return now.n === state.manifest.keys.n && now.h === state.manifest.keys.h;
}

export function createIndexAccess(kv: StorageArea, fullRead: FullRead): IndexAccess {
  const held = createHeld();
  const rebuild = (modes: readonly Mode[]) => rebuildHeld(kv, fullRead, held, modes);

  async function states(modes: readonly Mode[]): Promise<IndexState[]> {
    const stored = await kv.get(modes.flatMap((m) => [headKey(m), indexKey(m)]));
    const result = new Map<Mode, IndexState>();
    const stale: Mode[] = [];
    for (const mode of modes) {
      const state = agreeing(held, mode, canonicalJson(stored[headKey(mode)] ?? null), stored[indexKey(mode)]);
      if (state) result.set(mode, state);
      else stale.push(mode);
    }
    if (stale.length > 0) for (const state of await rebuild(stale)) result.set(state.mode, state);
    return modes.map((m) => result.get(m)!);
  }

  async function whole(mode: Mode): Promise<IndexState> {
    const [state] = await states([mode]);
    if (state!.maps) return state!;
    const all = state!.segments.map((_, n) => n);
    if (!(await readSegmentsInto(kv, state!, all))) return (await rebuild([mode]))[0]!;
    state!.maps = mapsOf((state!.segments as IndexRow[][]).flat());
    return state!;
  }

  async function keysAgree(mode: Mode): Promise<boolean> {
    const state = held.get(mode);
    if (!state) return false;
    held.markChecked(mode);
    return keysMatch(kv, state);
  }

  async function reset(mode: Mode): Promise<void> {
    const built = builtState(mode, 'null', loadLog({}, mode), [], held.get(mode)?.manifest.segments ?? 0);
    held.built(built.state);
    await kv.set(built.items).catch(() => undefined);
  }

  return {
    states,
    readSegments: (state, numbers) => readSegmentsInto(kv, state, numbers),
    whole,
    rebuild,
    appendItems: appendItemsOf,
    keysAgree,
    takeUnchecked: held.takeUnchecked,
    forget: held.forget,
    reset,
  };
}
