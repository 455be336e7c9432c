// The record store's parts on their own (lib/record/store-*.ts, json-file.ts, load.ts's chain helpers),
// and the rule that an append never writes over a stored value, whatever the index says.
import { describe, expect, it } from 'vitest';
import { readJsonFile } from '../../../lib/record/json-file';
import { entryKey, headKey } from '../../../lib/record/keys';
import type { StorageArea } from '../../../lib/core/storage-area';
import { createMemoryArea } from '../../../lib/record/kv';
import { addToLog, headSeq, lastHash, loadLog, nextSeq } from '../../../lib/record/load';
import { createQueue } from '../../../lib/record/queue';
import { appendInput, GENESIS_HASH, type RecordEntry } from '../../../lib/record/schema';
import { newestVersion, parseInput } from '../../../lib/record/store-errors';
import { expiredRun } from '../../../lib/record/store-retention';
import { createRecordStore } from '../../../lib/record/store';
import { at, CONTEXT, makeInput } from './helpers';

const ERRORS = { tooLarge: { code: 'too-large', message: 'big' }, notJson: { code: 'not-json', message: 'junk' } };

describe('readJsonFile', () => {
  it('refuses a file over the size before parsing it, and text that is not JSON', () => {
    expect(readJsonFile('{}', 1, ERRORS)).toEqual({ ok: false, error: ERRORS.tooLarge });
    expect(readJsonFile('{}', 2, ERRORS).ok).toBe(true);
    expect(readJsonFile('{', 10, ERRORS)).toEqual({ ok: false, error: ERRORS.notJson });
  });

  it('gives the header of an object only', () => {
    expect(readJsonFile('{"format":"f","formatVersion":2}', 100, ERRORS)).toEqual({
      ok: true,
      value: { json: { format: 'f', formatVersion: 2 }, header: { format: 'f', formatVersion: 2 } },
    });
    for (const text of ['null', '3', '"x"']) expect(readJsonFile(text, 100, ERRORS)).toMatchObject({ ok: true, value: { header: null } });
    expect(readJsonFile('[]', 100, ERRORS)).toMatchObject({ ok: true, value: { header: [] } });
  });
});

describe('parseInput and newestVersion', () => {
  it('parses with the schema (defaults filled), or names the first problem', () => {
    const parsed = parseInput(appendInput, makeInput({ outcome: 'raised-with-court' }));
    expect(parsed.ok && parsed.value.note).toBe(null);
    expect(parseInput(appendInput, { ...makeInput(), clientId: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^clientId: /) } });
  });

  it('the highest version, or null when there is none', () => {
    expect(newestVersion([])).toBe(null);
    expect(newestVersion([null, null])).toBe(null);
    expect(newestVersion([2, null, 3])).toBe(3);
  });
});

describe('createQueue', () => {
  it('runs tasks one at a time in call order, and a failed task does not stop the next', async () => {
    const run = createQueue();
    const order: string[] = [];
    const slow = run(async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('slow');
    });
    const failing = run(async () => {
      order.push('failing');
      throw new Error('no');
    });
    const fast = run(async () => order.push('fast'));
    await Promise.allSettled([slow, failing, fast]);
    await expect(failing).rejects.toThrow('no');
    expect(order).toEqual(['slow', 'failing', 'fast']);
  });
});

/** A log with entries at the given seqs and times (the hashes are placeholders: nothing here verifies). */
function logOf(entries: [number, string][]) {
  const snapshot: Record<string, unknown> = {};
  let prevHash = GENESIS_HASH;
  for (const [seq, recordedAt] of entries) {
    const hash = String(seq).padStart(64, '0');
    snapshot[entryKey('live', seq)] = {
      v: 1,
      kind: 'purge',
      seq,
      recordedAt,
      mode: 'live',
      clientId: `purge-${String(seq).padStart(8, '0')}`,
      extensionVersion: '0.1.0',
      prevHash,
      hash,
      purge: { fromSeq: 1, toSeq: 1, count: 1, lastHash: GENESIS_HASH },
    };
    prevHash = hash;
  }
  return { snapshot, log: loadLog(snapshot, 'live') };
}

describe('the chain helpers of a loaded log', () => {
  it('an empty log: genesis, head 0, next 1', () => {
    const log = loadLog({}, 'live');
    expect([lastHash(log), headSeq(log), nextSeq(log)]).toEqual([GENESIS_HASH, 0, 1]);
  });

  it('without a head: from the last readable entry; the next seq goes after every key, readable or not', () => {
    const { snapshot, log } = logOf([[1, '2026-01-01T00:00:00.000Z'], [2, '2026-01-02T00:00:00.000Z']]);
    expect([headSeq(log), lastHash(log), nextSeq(log)]).toEqual([2, '2'.padStart(64, '0'), 3]);
    const damaged = loadLog({ ...snapshot, [entryKey('live', 9)]: 'junk' }, 'live');
    expect([headSeq(damaged), nextSeq(damaged)]).toEqual([2, 10]);
  });

  it('with a head: the head wins; addToLog moves it and the entry is there as a read shows it', () => {
    const { snapshot, log } = logOf([[1, '2026-01-01T00:00:00.000Z']]);
    const head = { v: 1 as const, seq: 5, hash: 'c'.repeat(64), updatedAt: '2026-01-05T00:00:00.000Z' };
    const headed = loadLog({ ...snapshot, [headKey('live')]: head }, 'live');
    expect([headSeq(headed), lastHash(headed), nextSeq(headed)]).toEqual([5, 'c'.repeat(64), 6]);
    const stored = { ...(snapshot[entryKey('live', 1)] as Record<string, unknown>), seq: 6, hash: 'd'.repeat(64) };
    addToLog(headed, stored as unknown as RecordEntry, stored, { ...head, seq: 6, hash: 'd'.repeat(64) });
    expect([headSeq(headed), lastHash(headed), nextSeq(headed), headed.entries.length, headed.raw.get(6)]).toEqual([6, 'd'.repeat(64), 7, 2, stored]);
    expect(headed.slots.at(-1)).toEqual({ seq: 6, raw: stored, entry: stored });
    expect(log.entries).toHaveLength(1);
  });
});

describe('expiredRun', () => {
  const cutoff = Date.parse('2026-02-01T00:00:00.000Z');
  it('the expired entries at the start of the chain, up to the first in date', () => {
    const { log } = logOf([[1, '2026-01-01T00:00:00.000Z'], [2, '2026-01-02T00:00:00.000Z'], [3, '2026-02-01T00:00:00.000Z'], [4, '2026-01-03T00:00:00.000Z']]);
    expect(expiredRun(log, cutoff).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('stops at a gap and at an unreadable entry', () => {
    const gap = logOf([[1, '2026-01-01T00:00:00.000Z'], [3, '2026-01-02T00:00:00.000Z']]);
    expect(expiredRun(gap.log, cutoff).map((e) => e.seq)).toEqual([1]);
    const damaged = loadLog({ ...gap.snapshot, [entryKey('live', 2)]: 'junk' }, 'live');
    expect(expiredRun(damaged, cutoff).map((e) => e.seq)).toEqual([1]);
    const first = loadLog({ ...gap.snapshot, [entryKey('live', 1)]: 'junk' }, 'live');
    expect(expiredRun(first, cutoff)).toEqual([]);
  });
});

describe('an append never writes over a stored value', () => {
  it('a slot taken behind the index (another copy wrote it): the index is rebuilt and the entry goes after it', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    expect((await store.append(makeInput(), at('2026-03-01T10:00:00.000Z'))).ok).toBe(true);
    kv.data.set(entryKey('live', 2), 'written elsewhere');
    const r = await store.append(makeInput(), at('2026-03-02T10:00:00.000Z'));
    expect(r.ok && r.value.entry.seq).toBe(3);
    expect(kv.data.get(entryKey('live', 2))).toBe('written elsewhere');
    const listed = await store.list({ mode: 'live' });
    expect(listed.ok && listed.value.quarantine.map((q) => q.key)).toEqual([entryKey('live', 2)]);
  });

  it('a slot still taken after the rebuild: nothing is recorded, and the answer says try again', async () => {
    const area = createMemoryArea();
    // Storage that claims every single entry key is taken (a full read shows it as it is).
    const taken: StorageArea = {
      ...area,
      get: async (keys) => (typeof keys === 'string' && keys.startsWith('record:live:') ? { [keys]: 'taken' } : area.get(keys)),
    };
    const store = createRecordStore(taken);
    const r = await store.append(makeInput(), CONTEXT);
    expect(r).toMatchObject({ ok: false, error: { code: 'slot-taken', message: expect.stringMatching(/Nothing was recorded/) } });
    expect([...area.data.keys()].some((k) => k.startsWith('record:live:') || k === headKey('live'))).toBe(false);
  });
});
