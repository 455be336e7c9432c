import { caseStates, countRows, type CountsRow } from './aggregate';
import { countsAfterAppend, type RowMaps } from './index-counts';
import { toRow, type IndexRow } from './index-rows';
import { entryKey, entryPrefix, indexKey, segmentKey } from './keys';
import { lastHash, nextSeq, type LoadedLog, type QuarantineItem } from './load';
import { isCaseEntry, offenceIds } from './query';
import type { Mode, RecordEntry } from './schema';

/**
 * The record's index: what the record page, the popup, the summary export, the sidebar's case status
 * and an append need, kept beside the entries so that none of them has to read the whole log.
 *
 * - A manifest per log (`record:index:<mode>`): the management counts, the number of entries of each
 *   kind, the offence ids, where the next entry goes, what a full read found unreadable, and the head
 *   it agrees with.
 * - The log's rows (index-rows.ts) in segments of SEGMENT_SIZE, oldest first: an append rewrites
 *   only the last segment, and the newest entries are in the last segments.
 *
 * Entries stay the only source of truth. The index is written in the same set() as the entry and head
 * it describes, so it cannot fall behind through the store; it is trusted only while its `headJson`
 * equals the stored head exactly, its segments look as written and the keys under the log's prefix
 * match `keys` (checked once per worker start, after the first answer). Otherwise it is rebuilt from
 * a full read, and any entry shown is read from its own key and checked against its row.
 */
export const INDEX_VERSION = 1;
export const SEGMENT_SIZE = 256;

export interface KeyDigest {
  /** Keys under the log's entry prefix. */
  n: number;
  /** Sum of their FNV-1a hashes, mod 2^32: a key added, removed or renamed outside the store changes it. */
  h: number;
}

export interface IndexManifest {
  v: typeof INDEX_VERSION;
  /**
   * The stored head as canonical JSON (or "null") when this was written: any other head means it is stale.
   * Canonical, because storage need not return an object's keys in the order written (Chrome sorts them).
   */
  headJson: string;
  /** Readable entries (rows). */
  count: number;
  segments: number;
  nextSeq: number;
  lastHash: string;
  /** True while every entry's time is at or after the one before (then newest first is seq descending). */
  monotonic: boolean;
  lastAt: string | null;
  kinds: Record<RecordEntry['kind'], number>;
  offenceIds: string[];
  rows: CountsRow[];
  withoutReference: number;
  quarantine: QuarantineItem[];
  futureVersion: number | null;
  keys: KeyDigest;
}

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function addKey(digest: KeyDigest, key: string): KeyDigest {
  return { n: digest.n + 1, h: (digest.h + fnv1a(key)) % 4294967296 };
}

/** The digest of the keys under a log's entry prefix, from a list of every stored key. */
export function keyDigest(keys: Iterable<string>, mode: Mode): KeyDigest {
  let digest: KeyDigest = { n: 0, h: 0 };
  const prefix = entryPrefix(mode);
  for (const key of keys) if (key.startsWith(prefix)) digest = addKey(digest, key);
  return digest;
}

/** A stored manifest this code wrote, or null (missing, older or newer, or damaged: rebuild). */
export function parseManifest(value: unknown): IndexManifest | null {
  if (value === null || typeof value !== 'object') return null;
  const m = value as Partial<IndexManifest>;
  const ok =
    m.v === INDEX_VERSION &&
    typeof m.headJson === 'string' &&
    Number.isInteger(m.count) &&
    Number.isInteger(m.segments) &&
    m.segments === Math.ceil((m.count ?? 0) / SEGMENT_SIZE) &&
    Number.isInteger(m.nextSeq) &&
    typeof m.lastHash === 'string' &&
    typeof m.monotonic === 'boolean' &&
    (m.lastAt === null || typeof m.lastAt === 'string') &&
    m.kinds !== null &&
    typeof m.kinds === 'object' &&
    Array.isArray(m.offenceIds) &&
    Array.isArray(m.rows) &&
    Number.isInteger(m.withoutReference) &&
    Array.isArray(m.quarantine) &&
    (m.futureVersion === null || Number.isInteger(m.futureVersion)) &&
    m.keys !== null &&
    typeof m.keys === 'object' &&
    Number.isInteger(m.keys.n) &&
    Number.isInteger(m.keys.h);
  return ok ? (m as IndexManifest) : null;
}

export interface BuiltIndex {
  manifest: IndexManifest;
  segments: IndexRow[][];
}

/** The index of a log read in full. `keys`: every key in storage when it was read. */
export function buildIndex(log: LoadedLog, headJson: string, keys: Iterable<string>): BuiltIndex {
  const rows = log.entries.map(toRow);
  const segments: IndexRow[][] = [];
  for (let i = 0; i < rows.length; i += SEGMENT_SIZE) segments.push(rows.slice(i, i + SEGMENT_SIZE));
  const kinds = { shown: 0, outcome: 0, observation: 0, purge: 0 };
  let monotonic = true;
  let lastAt: string | null = null;
  for (const e of log.entries) {
    kinds[e.kind]++;
    if (lastAt !== null && e.recordedAt < lastAt) monotonic = false;
    lastAt = e.recordedAt;
  }
  const states = caseStates(log.entries);
  return {
    manifest: {
      v: INDEX_VERSION,
      headJson,
      count: rows.length,
      segments: segments.length,
      // As a full read chooses them: after every key ever used, and from the head's hash.
      nextSeq: nextSeq(log),
      lastHash: lastHash(log),
      monotonic,
      lastAt,
      kinds,
      offenceIds: offenceIds(log.entries),
      rows: countRows(states),
      withoutReference: states.withoutReference,
      quarantine: log.quarantine,
      futureVersion: log.futureVersion,
      keys: keyDigest(keys, log.mode),
    },
    segments,
  };
}

/** The items that store a built index, and the stale segment keys a smaller index leaves behind. */
export function indexItems(mode: Mode, built: BuiltIndex, previousSegments: number): { items: Record<string, unknown>; stale: string[] } {
  const items: Record<string, unknown> = { [indexKey(mode)]: built.manifest };
  built.segments.forEach((segment, n) => (items[segmentKey(mode, n)] = segment));
  const stale: string[] = [];
  for (let n = built.segments.length; n < previousSegments; n++) stale.push(segmentKey(mode, n));
  return { items, stale };
}

/**
 * The manifest and last segment after appending `entry` (whose seq is `manifest.nextSeq`). `segments`
 * and `maps` must hold the whole log; neither is changed (the caller applies them once the write lands).
 */
export function appendToIndex(
  manifest: IndexManifest,
  segments: readonly IndexRow[][],
  maps: RowMaps,
  entry: RecordEntry,
  headJson: string,
): { manifest: IndexManifest; segmentNo: number; segment: IndexRow[]; row: IndexRow } {
  const row = toRow(entry);
  const last = segments.at(-1);
  const fresh = !last || last.length >= SEGMENT_SIZE;
  const segmentNo = fresh ? segments.length : segments.length - 1;
  const segment = fresh ? [row] : [...last, row];
  const counts = countsAfterAppend(maps, { rows: manifest.rows, withoutReference: manifest.withoutReference }, row);
  const ids = isCaseEntry(entry) && entry.offence && !manifest.offenceIds.includes(entry.offence.id) ? [...manifest.offenceIds, entry.offence.id].sort() : manifest.offenceIds;
  return {
    manifest: {
      ...manifest,
      headJson,
      count: manifest.count + 1,
      segments: segmentNo + 1,
      nextSeq: entry.seq + 1,
      lastHash: entry.hash,
      monotonic: manifest.monotonic && (manifest.lastAt === null || entry.recordedAt >= manifest.lastAt),
      lastAt: entry.recordedAt,
      kinds: { ...manifest.kinds, [entry.kind]: manifest.kinds[entry.kind] + 1 },
      offenceIds: ids,
      rows: counts.rows,
      withoutReference: counts.withoutReference,
      keys: addKey(manifest.keys, entryKey(entry.mode, entry.seq)),
    },
    segmentNo,
    segment,
    row,
  };
}
