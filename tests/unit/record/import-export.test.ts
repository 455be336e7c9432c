import { describe, expect, it } from 'vitest';
import { entryHash } from '../../../lib/record/chain';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';
import type { ExportFile } from '../../../lib/record/export-file';
import { CONTEXT, makeInput } from './helpers';

async function withEntries(n: number, training = 0) {
  const kv = createMemoryArea();
  const store = createRecordStore(kv);
  for (let i = 0; i < n; i++) await store.append(makeInput(), CONTEXT);
  for (let i = 0; i < training; i++) await store.append(makeInput({ mode: 'training' }), CONTEXT);
  return { kv, store };
}

async function exported(store: ReturnType<typeof createRecordStore>, includeTraining = false): Promise<ExportFile> {
  const result = await store.exportFile({ includeTraining, now: CONTEXT.now, extensionVersion: '0.1.0' });
  if (!result.ok) throw new Error(result.error.message);
  return JSON.parse(JSON.stringify(result.value)) as ExportFile;
}

const snapshot = (kv: ReturnType<typeof createMemoryArea>) => JSON.stringify([...kv.data.entries()]);

describe('JSON export', () => {
  it('carries the stored entries and each head; training only when asked', async () => {
    const { store } = await withEntries(3, 2);
    const file = await exported(store);
    expect(file).toMatchObject({ format: 'deprivation-order-reminder/record', formatVersion: 1, includesTraining: false });
    expect(file.logs.live?.entries).toHaveLength(3);
    expect(file.logs.live?.headSeq).toBe(3);
    expect(file.logs.training).toBeUndefined();
    expect((await exported(store, true)).logs.training?.entries).toHaveLength(2);
  });
});

describe('import', () => {
  it('restores into an empty record, and the chain verifies', async () => {
    const { store } = await withEntries(4, 1);
    const file = await exported(store, true);
    const target = createRecordStore(createMemoryArea());
    expect(await target.importFile(JSON.stringify(file))).toEqual({ ok: true, value: { added: 5, duplicates: 0, skipped: 0 } });
    const report = await target.verify('live');
    expect(report.ok && report.value).toMatchObject({ ok: true, count: 4 });
  });

  it('ignores duplicates: importing the record into itself changes nothing', async () => {
    const { kv, store } = await withEntries(4);
    const before = snapshot(kv);
    const result = await store.importFile(JSON.stringify(await exported(store)));
    expect(result).toEqual({ ok: true, value: { added: 0, duplicates: 4, skipped: 0 } });
    expect(snapshot(kv)).toBe(before);
  });

  it('adds only the missing later entries from a newer backup', async () => {
    const { kv, store } = await withEntries(5);
    const file = await exported(store);
    const older = createMemoryArea(Object.fromEntries([...kv.data.entries()].filter(([k]) => !/0000000[45]$/.test(k))));
    older.data.set('record:head:live', { ...(kv.data.get('record:head:live') as object), seq: 3, hash: (kv.data.get('record:live:00000003') as { hash: string }).hash });
    const target = createRecordStore(older);
    expect(await target.importFile(JSON.stringify(file))).toEqual({ ok: true, value: { added: 2, duplicates: 3, skipped: 0 } });
    const report = await target.verify('live');
    expect(report.ok && report.value).toMatchObject({ ok: true, count: 5 });
  });

  const bad: [string, (file: ExportFile) => string][] = [
    ['not JSON', () => '{not json'],
    ['not a record export', () => JSON.stringify({ hello: 'world' })],
    ['an unknown top-level key', (f) => JSON.stringify({ ...f, extra: 1 })],
    ['an invalid entry', (f) => JSON.stringify({ ...f, logs: { live: { ...f.logs.live!, entries: [{ v: 1, seq: 'x' }] } } })],
    [
      'an edited entry',
      (f) => {
        (f.logs.live!.entries[1] as Record<string, unknown>).outcome = 'order-made';
        return JSON.stringify(f);
      },
    ],
    [
      'a deleted entry',
      (f) => {
        f.logs.live!.entries.splice(1, 1);
        return JSON.stringify(f);
      },
    ],
    [
      'a changed head',
      (f) => {
        f.logs.live!.headHash = 'f'.repeat(64);
        return JSON.stringify(f);
      },
    ],
    [
      'live entries hidden in the training log',
      (f) => JSON.stringify({ ...f, logs: { training: f.logs.live } }),
    ],
  ];
  for (const [label, mangle] of bad) {
    it(`refuses a file with ${label}: nothing changes and the error says why`, async () => {
      const { kv, store } = await withEntries(3);
      const file = await exported(store);
      const target = await withEntries(1);
      const before = snapshot(target.kv);
      const result = await target.store.importFile(mangle(file));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message.length).toBeGreaterThan(10);
      expect(snapshot(target.kv)).toBe(before);
      expect(kv.data.size).toBeGreaterThan(0);
    });
  }

  it('says where a tampered file breaks, even with a recomputed hash', async () => {
    const { store } = await withEntries(3);
    const file = await exported(store);
    const second = file.logs.live!.entries[1]!;
    second.outcome = 'order-made';
    second.hash = await entryHash(second);
    const result = await createRecordStore(createMemoryArea()).importFile(JSON.stringify(file));
    expect(result).toMatchObject({ ok: false, error: { code: 'import-tampered' } });
    expect(!result.ok && result.error.message).toContain('entry 3');
  });

  it('refuses a file from a different record instead of merging it', async () => {
    const mine = await withEntries(2);
    const theirs = await withEntries(2);
    const before = snapshot(mine.kv);
    const result = await mine.store.importFile(JSON.stringify(await exported(theirs.store)));
    expect(result).toMatchObject({ ok: false, error: { code: 'import-conflict' } });
    expect(snapshot(mine.kv)).toBe(before);
  });

  it('a full store on import returns a clear error and changes nothing', async () => {
    const { store } = await withEntries(2);
    const kv = createMemoryArea();
    const full = createRecordStore({ ...kv, set: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) });
    const result = await full.importFile(JSON.stringify(await exported(store)));
    expect(!result.ok && result.error.code).toBe('storage-full');
    expect(kv.data.size).toBe(0);
  });
});
