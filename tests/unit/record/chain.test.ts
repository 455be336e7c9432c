import { beforeEach, describe, expect, it } from 'vitest';
import { entryHash } from '../../../lib/record/chain';
import { entryKey, headKey } from '../../../lib/record/keys';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';
import { at, makeInput } from './helpers';

type Stored = Record<string, unknown>;

async function seeded(n: number) {
  const kv = createMemoryArea();
  const store = createRecordStore(kv);
  for (let i = 0; i < n; i++) await store.append(makeInput({ note: `n${i}` }), at(`2026-02-0${1 + (i % 9)}T10:00:00.000Z`));
  return kv;
}

async function verify(kv: ReturnType<typeof createMemoryArea>) {
  // A fresh store: what a restarted worker, or the record page's "verify", would see.
  const result = await createRecordStore(kv).verify('live');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('hash chain verification', () => {
  let kv: ReturnType<typeof createMemoryArea>;
  beforeEach(async () => {
    kv = await seeded(6);
  });
  const get = (seq: number) => kv.data.get(entryKey('live', seq)) as Stored;

  it('an untouched chain verifies and reports the head hash', async () => {
    const report = await verify(kv);
    expect(report).toMatchObject({ ok: true, count: 6, headSeq: 6, breaks: [] });
    expect(report.headHash).toBe(get(6).hash);
  });

  it('detects an edited entry', async () => {
    kv.data.set(entryKey('live', 3), { ...get(3), outcome: 'order-made' });
    expect((await verify(kv)).breaks).toEqual([{ seq: 3, reason: 'hash-mismatch' }]);
  });

  it('detects an edited entry whose own hash was recomputed (the next link breaks)', async () => {
    const edited: Stored = { ...get(3), outcome: 'order-made' };
    edited.hash = await entryHash(edited);
    kv.data.set(entryKey('live', 3), edited);
    expect((await verify(kv)).breaks).toEqual([{ seq: 4, reason: 'prev-hash-mismatch' }]);
  });

  it('detects a deleted entry', async () => {
    kv.data.delete(entryKey('live', 4));
    expect((await verify(kv)).breaks).toEqual([{ seq: 4, reason: 'missing' }]);
  });

  it('detects the last entries being deleted (head no longer matches)', async () => {
    kv.data.delete(entryKey('live', 6));
    expect((await verify(kv)).breaks).toEqual([{ seq: 6, reason: 'head-mismatch' }]);
  });

  it('detects the first entry being deleted', async () => {
    kv.data.delete(entryKey('live', 1));
    expect((await verify(kv)).breaks).toEqual([{ seq: 2, reason: 'start-missing' }]);
  });

  it('detects an inserted entry (later ones shifted up)', async () => {
    for (let seq = 6; seq >= 3; seq--) kv.data.set(entryKey('live', seq + 1), get(seq));
    const forged: Stored = { ...get(2), seq: 3, clientId: 'forged-entry-01', prevHash: get(2).hash };
    forged.hash = await entryHash(forged);
    kv.data.set(entryKey('live', 3), forged);
    const report = await verify(kv);
    expect(report.ok).toBe(false);
    expect(report.breaks[0]).toEqual({ seq: 4, reason: 'seq-mismatch' });
  });

  it('detects two entries swapped', async () => {
    const two = get(2);
    kv.data.set(entryKey('live', 2), get(3));
    kv.data.set(entryKey('live', 3), two);
    const report = await verify(kv);
    expect(report.breaks[0]).toEqual({ seq: 2, reason: 'seq-mismatch' });
    expect(report.breaks).toContainEqual({ seq: 2, reason: 'prev-hash-mismatch' });
  });

  it('detects a reordering that renumbers the entries', async () => {
    const two = { ...get(3), seq: 2 };
    const three = { ...get(2), seq: 3 };
    kv.data.set(entryKey('live', 2), two);
    kv.data.set(entryKey('live', 3), three);
    const report = await verify(kv);
    expect(report.breaks).toContainEqual({ seq: 2, reason: 'hash-mismatch' });
    expect(report.breaks[0]!.seq).toBe(2);
  });

  it('detects an entry added after the head', async () => {
    const extra: Stored = { ...get(6), seq: 7, clientId: 'added-after-01', prevHash: get(6).hash };
    extra.hash = await entryHash(extra);
    kv.data.set(entryKey('live', 7), extra);
    expect((await verify(kv)).breaks).toEqual([{ seq: 7, reason: 'head-mismatch' }]);
  });

  it('reports a missing head', async () => {
    kv.data.delete(headKey('live'));
    expect((await verify(kv)).breaks).toEqual([{ seq: 6, reason: 'head-missing' }]);
  });
});
