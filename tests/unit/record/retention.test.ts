import { describe, expect, it } from 'vitest';
import { entryKey } from '../../../lib/record/keys';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';
import { at, makeInput } from './helpers';

const NOW = new Date('2026-06-01T00:00:00.000Z');

async function seeded() {
  const kv = createMemoryArea();
  const store = createRecordStore(kv);
  // Four entries old enough to purge at 30 days, then two recent ones.
  for (const day of ['01', '02', '03', '04']) await store.append(makeInput(), at(`2026-01-${day}T10:00:00.000Z`));
  for (const day of ['20', '25']) await store.append(makeInput(), at(`2026-05-${day}T10:00:00.000Z`));
  return { kv, store };
}

describe('retention purge', () => {
  it('removes expired entries, leaves a marker, and the remaining chain still verifies', async () => {
    const { kv, store } = await seeded();
    const fourth = kv.data.get(entryKey('live', 4)) as { hash: string };
    const result = await store.purgeExpired(NOW, 30, '0.1.0');
    expect(result).toEqual({ ok: true, value: { purged: { live: 4, training: 0 } } });
    expect([1, 2, 3, 4].some((s) => kv.data.has(entryKey('live', s)))).toBe(false);
    const marker = kv.data.get(entryKey('live', 7));
    expect(marker).toMatchObject({ kind: 'purge', purge: { fromSeq: 1, toSeq: 4, count: 4, lastHash: fourth.hash } });
    const report = await createRecordStore(kv).verify('live');
    expect(report.ok && report.value).toMatchObject({ ok: true, count: 3, headSeq: 7 });
  });

  it('does nothing when nothing has expired (default 730 days)', async () => {
    const { kv, store } = await seeded();
    // The index (derived, under record:index:) may be written; the record itself must not change.
    const recorded = () => JSON.stringify([...kv.data].filter(([k]) => !k.startsWith('record:index:')));
    const before = recorded();
    expect(await store.purgeExpired(NOW)).toEqual({ ok: true, value: { purged: { live: 0, training: 0 } } });
    expect(recorded()).toBe(before);
  });

  it('purges twice and still verifies; everything expired leaves only markers', async () => {
    const { kv, store } = await seeded();
    await store.purgeExpired(NOW, 30);
    await store.purgeExpired(new Date('2030-01-01T00:00:00.000Z'), 30);
    const report = await createRecordStore(kv).verify('live');
    expect(report.ok && report.value).toMatchObject({ ok: true, count: 1, headSeq: 8 });
    const next = await store.append(makeInput(), at('2030-01-02T00:00:00.000Z'));
    expect(next.ok && next.value.entry.seq).toBe(9);
    const after = await createRecordStore(kv).verify('live');
    expect(after.ok && after.value.ok).toBe(true);
  });

  it('stops at damage: never purges past an unreadable entry', async () => {
    const { kv, store } = await seeded();
    kv.data.set(entryKey('live', 3), 'junk');
    const result = await store.purgeExpired(NOW, 30);
    expect(result.ok && result.value.purged.live).toBe(2);
    expect(kv.data.get(entryKey('live', 3))).toBe('junk');
  });

  it('a purge that cannot write its marker removes nothing', async () => {
    const { kv } = await seeded();
    const store = createRecordStore({ ...kv, set: async () => Promise.reject(new Error('QUOTA_BYTES exceeded')) });
    const result = await store.purgeExpired(NOW, 30);
    expect(!result.ok && result.error.code).toBe('storage-full');
    expect(kv.data.has(entryKey('live', 1))).toBe(true);
  });
});
