// What the record page's "verify" reports for tampering that chain.test.ts does not cover: the head's
// own hash, the first entry's link to the start, the purge marker that accounts for removed entries,
// unreadable entries, and the order of the breaks (the first listed is where the chain first breaks).
// Found missing by mutation testing (npm run mutation -- record).
import { beforeEach, describe, expect, it } from 'vitest';
import { entryHash } from '../../../lib/record/chain';
import { entryKey, headKey } from '../../../lib/record/keys';
import { createMemoryArea } from '../../../lib/record/kv';
import { GENESIS_HASH } from '../../../lib/record/schema';
import { createRecordStore } from '../../../lib/record/store';
import { at, makeInput } from './helpers';

type Stored = Record<string, unknown>;
type Area = ReturnType<typeof createMemoryArea>;

async function seeded(n: number, day = (i: number) => `2026-02-0${1 + (i % 9)}T10:00:00.000Z`) {
  const kv = createMemoryArea();
  const store = createRecordStore(kv);
  for (let i = 0; i < n; i++) await store.append(makeInput({ note: `n${i}` }), at(day(i)));
  return kv;
}

async function verify(kv: Area) {
  const result = await createRecordStore(kv).verify('live');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Rewrites a stored entry and gives it a matching hash, as a forger who knows the scheme would. */
async function forge(kv: Area, seq: number, change: (e: Stored) => Stored) {
  const edited = change({ ...(kv.data.get(entryKey('live', seq)) as Stored) });
  edited.hash = await entryHash(edited);
  kv.data.set(entryKey('live', seq), edited);
  return edited;
}

describe('hash chain verification: the head', () => {
  let kv: Area;
  beforeEach(async () => {
    kv = await seeded(4);
  });

  it('detects a head whose hash was changed (same last entry, another hash)', async () => {
    const head = kv.data.get(headKey('live')) as Stored;
    kv.data.set(headKey('live'), { ...head, hash: 'f'.repeat(64) });
    const report = await verify(kv);
    expect(report.ok).toBe(false);
    expect(report.breaks).toEqual([{ seq: 4, reason: 'head-mismatch' }]);
  });

  it('detects the last entry replaced by a forged one with its own valid hash (the head still names the old one)', async () => {
    await forge(kv, 4, (e) => ({ ...e, outcome: 'order-made' }));
    expect((await verify(kv)).breaks).toEqual([{ seq: 4, reason: 'head-mismatch' }]);
  });

  it('an empty log without a head verifies', async () => {
    const empty = createMemoryArea();
    expect(await verify(empty)).toEqual({ ok: true, count: 0, headSeq: 0, headHash: GENESIS_HASH, breaks: [] });
  });

  it('an empty log whose head still names entries is broken: everything was deleted', async () => {
    const head = kv.data.get(headKey('live')) as Stored;
    for (let seq = 1; seq <= 4; seq++) kv.data.delete(entryKey('live', seq));
    const report = await verify(kv);
    expect(report.ok).toBe(false);
    expect(report.breaks).toEqual([{ seq: 1, reason: 'head-mismatch' }]);
    expect(report.headHash).toBe(head.hash);
  });

  it('an empty log whose head says seq 0 but carries a hash other than the start is broken', async () => {
    const empty = createMemoryArea();
    empty.data.set(headKey('live'), { ...(kv.data.get(headKey('live')) as Stored), seq: 0 });
    const report = await verify(empty);
    expect(report.ok).toBe(false);
    expect(report.breaks).toEqual([{ seq: 0, reason: 'head-mismatch' }]);
  });

  it('a head at the start (seq 0, the genesis hash) on an empty log verifies', async () => {
    const empty = createMemoryArea();
    empty.data.set(headKey('live'), { ...(kv.data.get(headKey('live')) as Stored), seq: 0, hash: GENESIS_HASH });
    expect(await verify(empty)).toMatchObject({ ok: true, breaks: [] });
  });

  it('breaks are listed in seq order: an entry added after the head comes before a later edit', async () => {
    // The head is rolled back to entry 2 (entries 3 and 4 appear added), and entry 4 is edited.
    const two = kv.data.get(entryKey('live', 2)) as Stored;
    kv.data.set(headKey('live'), { ...(kv.data.get(headKey('live')) as Stored), seq: 2, hash: two.hash });
    kv.data.set(entryKey('live', 4), { ...(kv.data.get(entryKey('live', 4)) as Stored), outcome: 'order-made' });
    const report = await verify(kv);
    expect(report.breaks).toEqual([
      { seq: 3, reason: 'head-mismatch' },
      { seq: 4, reason: 'hash-mismatch' },
    ]);
  });
});

describe('hash chain verification: the start of the chain', () => {
  it('detects a first entry that does not link to the start (its prevHash forged, its hash recomputed)', async () => {
    const kv = await seeded(3);
    await forge(kv, 1, (e) => ({ ...e, prevHash: 'a'.repeat(64) }));
    // The next link breaks too: entry 2 names the old hash of entry 1.
    expect((await verify(kv)).breaks).toEqual([
      { seq: 1, reason: 'start-missing' },
      { seq: 2, reason: 'prev-hash-mismatch' },
    ]);
  });

  it('detects an entry renumbered to seq 1 that links to the start (its original first entries deleted)', async () => {
    const kv = await seeded(3);
    kv.data.delete(entryKey('live', 1));
    kv.data.delete(entryKey('live', 2));
    const three = await forge(kv, 3, (e) => e);
    kv.data.delete(entryKey('live', 3));
    // Moved under key 1 but still saying seq 3: not the genesis entry.
    kv.data.set(entryKey('live', 1), three);
    const report = await verify(kv);
    expect(report.breaks).toContainEqual({ seq: 1, reason: 'seq-mismatch' });
    expect(report.breaks).toContainEqual({ seq: 1, reason: 'start-missing' });
  });
});

describe('hash chain verification: a forged start', () => {
  it('detects the first entry deleted and the next one re-signed to link to the start', async () => {
    const kv = await seeded(3);
    kv.data.delete(entryKey('live', 1));
    await forge(kv, 2, (e) => ({ ...e, prevHash: GENESIS_HASH }));
    expect((await verify(kv)).breaks).toContainEqual({ seq: 2, reason: 'start-missing' });
  });
});

describe('hash chain verification: after a retention purge', () => {
  const NOW = new Date('2026-06-01T00:00:00.000Z');
  // Three entries old enough to purge at 30 days, then two recent ones; the marker is entry 6.
  const days = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-05-20', '2026-05-25'];

  async function purged() {
    const kv = await seeded(5, (i) => `${days[i]}T10:00:00.000Z`);
    const result = await createRecordStore(kv).purgeExpired(NOW, 30, '0.1.0');
    expect(result).toEqual({ ok: true, value: { purged: { live: 3, training: 0 } } });
    return kv;
  }

  /** Edits the purge marker (the last entry) and re-signs it and the head, so only the marker's claim is wrong. */
  async function forgeMarker(kv: Area, change: (p: Stored) => Stored) {
    const marker = await forge(kv, 6, (e) => ({ ...e, purge: change({ ...(e.purge as Stored) }) }));
    kv.data.set(headKey('live'), { ...(kv.data.get(headKey('live')) as Stored), hash: marker.hash });
  }

  it('verifies when the marker accounts for the removed entries', async () => {
    const kv = await purged();
    expect(await verify(kv)).toMatchObject({ ok: true, count: 3, breaks: [] });
  });

  it('detects the first remaining entry when the marker names another last hash', async () => {
    const kv = await purged();
    await forgeMarker(kv, (p) => ({ ...p, lastHash: 'b'.repeat(64) }));
    expect((await verify(kv)).breaks).toEqual([{ seq: 4, reason: 'start-missing' }]);
  });

  it('detects more entries removed than the marker accounts for', async () => {
    const kv = await purged();
    await forgeMarker(kv, (p) => ({ ...p, toSeq: 2, count: 2 }));
    expect((await verify(kv)).breaks).toEqual([{ seq: 4, reason: 'start-missing' }]);
  });
});

describe('hash chain verification: unreadable entries', () => {
  it('reports an unreadable entry once, and the entries after it are not blamed for it', async () => {
    const kv = await seeded(5);
    kv.data.set(entryKey('live', 3), { garbage: true });
    expect((await verify(kv)).breaks).toEqual([{ seq: 3, reason: 'unreadable' }]);
  });

  it('an unreadable entry followed by a deleted one: both are reported', async () => {
    const kv = await seeded(6);
    kv.data.set(entryKey('live', 3), { garbage: true });
    kv.data.delete(entryKey('live', 4));
    expect((await verify(kv)).breaks).toEqual([
      { seq: 3, reason: 'unreadable' },
      { seq: 4, reason: 'missing' },
    ]);
  });
});
