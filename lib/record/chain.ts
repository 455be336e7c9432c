import { canonicalJson, sha256Hex } from './digest';
import { GENESIS_HASH, type RecordEntry, type RecordHead } from './schema';

/** The hash of an entry: SHA-256 over the canonical JSON of the stored entry without its `hash`. */
export async function entryHash(stored: Record<string, unknown>): Promise<string> {
  const { hash: _ignored, ...rest } = stored;
  return sha256Hex(canonicalJson(rest));
}

/** One stored slot of a log, in key order: a readable entry, or a value that could not be read. */
export type ChainSlot =
  | { seq: number; raw: Record<string, unknown>; entry: RecordEntry }
  | { seq: number; unreadable: string };

export type BreakReason =
  | 'unreadable' // the stored value is not a valid entry (quarantined)
  | 'hash-mismatch' // the entry was edited after it was written
  | 'seq-mismatch' // the entry sits under another entry's key (moved or reordered)
  | 'missing' // entries are absent between two stored ones (deleted)
  | 'prev-hash-mismatch' // the entry does not follow the one before it (inserted or reordered)
  | 'start-missing' // the oldest entries are gone and no purge marker accounts for them
  | 'head-missing' // the head record is absent or unreadable
  | 'head-mismatch'; // the head names another last entry (entries removed from the end, or added)

export interface ChainBreak {
  seq: number;
  reason: BreakReason;
}

export interface VerifyReport {
  ok: boolean;
  /** Entries that could be read. */
  count: number;
  headSeq: number;
  /** The head hash as stored (what an organisation anchors elsewhere), GENESIS for an empty log. */
  headHash: string;
  /** In seq order: the first is where the chain first breaks. */
  breaks: ChainBreak[];
}

/**
 * Checks every link of one log. Pure apart from hashing; it reports every break it finds rather than
 * stopping at the first, so the user can see whether one entry or a whole range is affected.
 */
export async function verifyChain(slots: readonly ChainSlot[], head: RecordHead | null): Promise<VerifyReport> {
  const breaks: ChainBreak[] = [];
  const sorted = [...slots].sort((a, b) => a.seq - b.seq);
  const purges = sorted.flatMap((s) => ('entry' in s && s.entry.kind === 'purge' ? [s.entry.purge] : []));
  let prev: { seq: number; hash: string | null } | null = null;
  let count = 0;

  for (const slot of sorted) {
    if (prev && slot.seq > prev.seq + 1) breaks.push({ seq: prev.seq + 1, reason: 'missing' });
    if (!('entry' in slot)) {
      breaks.push({ seq: slot.seq, reason: 'unreadable' });
      prev = { seq: slot.seq, hash: null };
      continue;
    }
    count++;
    const { entry, raw } = slot;
    if (entry.seq !== slot.seq) breaks.push({ seq: slot.seq, reason: 'seq-mismatch' });
    if ((await entryHash(raw)) !== entry.hash) breaks.push({ seq: slot.seq, reason: 'hash-mismatch' });
    if (prev === null) {
      const coveredByPurge = purges.some((p) => p.toSeq === slot.seq - 1 && p.lastHash === entry.prevHash);
      const genesis = slot.seq === 1 && entry.prevHash === GENESIS_HASH;
      if (!genesis && !coveredByPurge) breaks.push({ seq: slot.seq, reason: 'start-missing' });
    } else if (prev.hash !== null && prev.seq === slot.seq - 1 && entry.prevHash !== prev.hash) {
      breaks.push({ seq: slot.seq, reason: 'prev-hash-mismatch' });
    }
    prev = { seq: slot.seq, hash: entry.hash };
  }

  const last = sorted.at(-1);
  const lastSeq = last?.seq ?? 0;
  if (head === null) {
    if (sorted.length > 0) breaks.push({ seq: lastSeq, reason: 'head-missing' });
  } else if (head.seq !== lastSeq) {
    breaks.push({ seq: Math.min(head.seq, lastSeq) + 1, reason: 'head-mismatch' });
  } else if (last && 'entry' in last && last.entry.hash !== head.hash) {
    breaks.push({ seq: lastSeq, reason: 'head-mismatch' });
  } else if (!last && head.hash !== GENESIS_HASH) {
    breaks.push({ seq: 0, reason: 'head-mismatch' });
  }

  breaks.sort((a, b) => a.seq - b.seq);
  return { ok: breaks.length === 0, count, headSeq: head?.seq ?? lastSeq, headHash: head?.hash ?? GENESIS_HASH, breaks };
}
