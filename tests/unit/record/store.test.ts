import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hmacSha256Hex } from '../../../lib/record/digest';
import { entryKey, headKey, indexKey, QUARANTINE_PREFIX, SECRET_KEY, segmentKey } from '../../../lib/record/keys';
import type { StorageArea } from '../../../lib/core/storage-area';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';
import { CONTEXT, at, makeInput } from './helpers';

describe('record store: append', () => {
  it('writes one key per entry plus the head, chained from the genesis hash', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    const first = await store.append(makeInput(), CONTEXT);
    const second = await store.append(makeInput({ outcome: 'order-made' }), CONTEXT);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.value.entry).toMatchObject({ seq: 1, prevHash: '0'.repeat(64), mode: 'live', extensionVersion: '0.1.0' });
    expect(second.value.entry.prevHash).toBe(first.value.entry.hash);
    expect(kv.data.get(headKey('live'))).toMatchObject({ seq: 2, hash: second.value.entry.hash });
    expect(kv.data.has(entryKey('live', 1)) && kv.data.has(entryKey('live', 2))).toBe(true);
  });

  it('writes the entry, the head and the index changes in ONE set() call', async () => {
    const kv = createMemoryArea();
    const calls: string[][] = [];
    const spy: StorageArea = { ...kv, set: async (items) => { calls.push(Object.keys(items)); await kv.set(items); } };
    await createRecordStore(spy).append(makeInput({ caseRef: null }), CONTEXT);
    // The first call stores the (empty) index of a record never indexed before.
    expect(calls).toEqual([[indexKey('live')], [entryKey('live', 1), headKey('live'), indexKey('live'), segmentKey('live', 0)]]);
  });

  it('stores the case reference as an HMAC by default, never the reference itself', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    const result = await store.append(makeInput({ caseRef: '01ab 2345678' }), CONTEXT);
    const secret = kv.data.get(SECRET_KEY) as string;
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(result.ok && result.value.entry.kind !== 'purge' && result.value.entry.caseRef).toEqual({
      type: 'hmac',
      value: await hmacSha256Hex(secret, '01AB2345678'),
    });
    expect(JSON.stringify(Object.fromEntries(kv.data))).not.toContain('2345678');
  });

  it('stores the reference in clear only when the admin setting says so', async () => {
    const store = createRecordStore(createMemoryArea());
    const result = await store.append(makeInput({ caseRef: '01ab2345678' }), { ...CONTEXT, caseRefInClear: true });
    expect(result.ok && result.value.entry.kind !== 'purge' && result.value.entry.caseRef).toEqual({ type: 'clear', value: '01AB2345678' });
  });

  it('finds entries by typing the reference (HMAC lookup), for either stored form', async () => {
    const store = createRecordStore(createMemoryArea());
    await store.append(makeInput({ caseRef: '01AB2345678' }), CONTEXT);
    await store.append(makeInput({ caseRef: '02CD0000000' }), CONTEXT);
    await store.append(makeInput({ caseRef: '01AB2345678' }), { ...CONTEXT, caseRefInClear: true });
    const found = await store.list({ mode: 'live', caseRef: ' 01ab2345678 ' });
    expect(found.ok && found.value.entries.map((e) => e.seq).sort()).toEqual([1, 3]);
    const none = await store.list({ mode: 'live', caseRef: '01AB2345679' });
    expect(none.ok && none.value.entries).toEqual([]);
  });

  it('a retried append with the same client id does not duplicate (even after a worker restart)', async () => {
    const kv = createMemoryArea();
    const input = makeInput();
    const first = await createRecordStore(kv).append(input, CONTEXT);
    const retry = await createRecordStore(kv).append(input, CONTEXT);
    expect(retry.ok && retry.value.duplicate).toBe(true);
    expect(retry.ok && first.ok && retry.value.entry.hash).toBe(first.ok && first.value.entry.hash);
    expect([...kv.data.keys()].filter((k) => k.startsWith('record:live:'))).toHaveLength(1);
  });

  it('records a "shown" event once per case and prompt version', async () => {
    const store = createRecordStore(createMemoryArea());
    const a = await store.append(makeInput({ event: 'shown', outcome: null }), CONTEXT);
    const b = await store.append(makeInput({ event: 'shown', outcome: null }), CONTEXT);
    expect(a.ok && !a.value.duplicate && b.ok && b.value.duplicate).toBe(true);
  });

  it('60 appends fired at once: exactly 60 entries, unique seqs, a valid chain', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => store.append(makeInput({ caseRef: `REF${i}` }), CONTEXT)));
    expect(results.every((r) => r.ok)).toBe(true);
    const seqs = results.map((r) => (r.ok ? r.value.entry.seq : 0)).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const report = await createRecordStore(kv).verify('live');
    expect(report.ok && report.value).toMatchObject({ ok: true, count: 60, headSeq: 60 });
  });

  it('works on fakeBrowser.storage.local too', async () => {
    const store = createRecordStore(fakeBrowser.storage.local);
    await Promise.all([store.append(makeInput(), CONTEXT), store.append(makeInput(), CONTEXT), store.append(makeInput({ mode: 'training' }), CONTEXT)]);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).filter((k) => k.startsWith('record:live:'))).toHaveLength(2);
    const report = await store.verify('live');
    expect(report.ok && report.value.ok).toBe(true);
  });

  it('a restarted worker continues the chain from storage, not from memory', async () => {
    const kv = createMemoryArea();
    const old = createRecordStore(kv);
    await old.append(makeInput(), CONTEXT);
    await createRecordStore(kv).append(makeInput(), CONTEXT); // another worker life wrote seq 2
    const third = await old.append(makeInput(), CONTEXT); // the old cache must notice the head moved
    expect(third.ok && third.value.entry.seq).toBe(3);
    const report = await createRecordStore(kv).verify('live');
    expect(report.ok && report.value.ok).toBe(true);
  });

  it('a correction points at the outcome it corrects; it cannot point at nothing', async () => {
    const store = createRecordStore(createMemoryArea());
    await store.append(makeInput({ outcome: 'declined', reason: 'disproportionate' }), CONTEXT);
    const fixed = await store.append(makeInput({ outcome: 'order-made', corrects: 1 }), CONTEXT);
    expect(fixed.ok && fixed.value.entry.kind === 'outcome' && fixed.value.entry.corrects).toBe(1);
    const bad = await store.append(makeInput({ outcome: 'order-made', corrects: 9 }), CONTEXT);
    expect(!bad.ok && bad.error.code).toBe('invalid-correction');
  });

  it('rejects an invalid input with a clear error', async () => {
    const result = await createRecordStore(createMemoryArea()).append({ ...makeInput(), outcome: 'nope' }, CONTEXT);
    expect(!result.ok && result.error.code).toBe('invalid-input');
  });
});

describe('record store: full storage', () => {
  it('returns a clear error, loses nothing, and recovers when space frees up', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    await store.append(makeInput(), CONTEXT);
    let full = true;
    const quota: StorageArea = {
      ...kv,
      set: async (items) => {
        if (full) throw new Error('QUOTA_BYTES quota exceeded');
        await kv.set(items);
      },
    };
    const limited = createRecordStore(quota);
    const before = JSON.stringify(Object.fromEntries(kv.data));
    const failed = await limited.append(makeInput(), CONTEXT);
    expect(failed).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect(!failed.ok && failed.error.message).toMatch(/Nothing already recorded was lost/);
    expect(JSON.stringify(Object.fromEntries(kv.data))).toBe(before);
    full = false;
    const next = await limited.append(makeInput(), CONTEXT);
    expect(next.ok && next.value.entry.seq).toBe(2);
    const report = await limited.verify('live');
    expect(report.ok && report.value.ok).toBe(true);
  });
});

// Test audit 2026-12: the case above proves the message regex with a made-up text. These are the errors
// browsers actually raise. With unlimitedStorage Chrome has no quota, so a full disk reaches the extension
// as LevelDB's IO error text; Firefox (IndexedDB-backed storage.local) raises a DOMException named
// QuotaExceededError, whose message may not say "quota".
describe('record store: the storage errors real browsers raise', () => {
  const cases: [string, () => Error, 'storage-full' | 'storage-error'][] = [
    ['Chrome without unlimitedStorage: QUOTA_BYTES', () => new Error('QUOTA_BYTES quota exceeded'), 'storage-full'],
    ['Chrome, disk full (LevelDB IO error)', () => new Error('IO error: Default/Local Extension Settings/abc/000003.log: No space left on device (ChromeMethodBFE: 15::Append::6)'), 'storage-full'],
    ['Firefox: QuotaExceededError with its message', () => new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError'), 'storage-full'],
    ['Firefox: QuotaExceededError without a message', () => new DOMException('', 'QuotaExceededError'), 'storage-full'],
    ['Chrome, corrupt database (not a full disk)', () => new Error('Corruption: block checksum mismatch'), 'storage-error'],
    ['Chrome, other IO error (not a full disk)', () => new Error('IO error: .../LOCK: Resource temporarily unavailable'), 'storage-error'],
    ['a very long error text (shown cut short)', () => new Error(`IO error: ${'x'.repeat(5000)}`), 'storage-error'],
  ];
  it.each(cases)('%s', async (_name, error, code) => {
    const kv = createMemoryArea();
    await createRecordStore(kv).append(makeInput(), CONTEXT);
    const before = JSON.stringify(Object.fromEntries(kv.data));
    const failing = createRecordStore({ ...kv, set: async () => Promise.reject(error()) });
    const result = await failing.append(makeInput(), CONTEXT);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(!result.ok && result.error.message).toMatch(/Nothing already recorded was lost/);
    expect(!result.ok && result.error.message.length).toBeLessThan(400);
    expect(JSON.stringify(Object.fromEntries(kv.data))).toBe(before);
  });
});

describe('record store: corrupt storage', () => {
  it('keeps valid entries, quarantines junk without deleting it, and reports where the chain breaks', async () => {
    const kv = createMemoryArea({ 'other-area:setting': 1 });
    const store = createRecordStore(kv);
    for (let i = 0; i < 5; i++) await store.append(makeInput(), CONTEXT);
    kv.data.set(entryKey('live', 3), 'garbage');
    kv.data.set(entryKey('live', 4), { v: 1, seq: 4, nonsense: true });
    kv.data.set('record:live:junk', 42);

    const fresh = createRecordStore(kv);
    const listing = await fresh.list({ mode: 'live' });
    expect(listing.ok).toBe(true);
    if (!listing.ok) return;
    expect(listing.value.entries.map((e) => e.seq)).toEqual([5, 2, 1]);
    expect(listing.value.quarantine.map((q) => q.key).sort()).toEqual([entryKey('live', 3), entryKey('live', 4), 'record:live:junk']);
    expect(listing.value.quarantine.every((q) => q.reason.length > 0)).toBe(true);
    // Never deleted: the originals are still in place, and a copy is kept under the quarantine key.
    expect(kv.data.get(entryKey('live', 3))).toBe('garbage');
    expect(kv.data.get(QUARANTINE_PREFIX + entryKey('live', 3))).toMatchObject({ value: 'garbage' });
    expect(kv.data.get('other-area:setting')).toBe(1);

    const report = await fresh.verify('live');
    expect(report.ok && report.value.breaks).toEqual([
      { seq: 3, reason: 'unreadable' },
      { seq: 4, reason: 'unreadable' },
    ]);

    // New entries still go after everything, overwriting nothing.
    const next = await fresh.append(makeInput(), CONTEXT);
    expect(next.ok && next.value.entry.seq).toBe(6);
    expect(kv.data.get(entryKey('live', 4))).toEqual({ v: 1, seq: 4, nonsense: true });
  });

  it('keeps the first quarantine copy: a later read never overwrites it (mutation testing: the "already copied" check)', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    for (let i = 0; i < 2; i++) await store.append(makeInput(), CONTEXT);
    kv.data.set('record:live:junk', 'first junk');
    expect((await createRecordStore(kv).list({ mode: 'live' })).ok).toBe(true);
    expect(kv.data.get(QUARANTINE_PREFIX + 'record:live:junk')).toMatchObject({ value: 'first junk' });
    kv.data.set('record:live:junk', 'changed junk');
    expect((await createRecordStore(kv).list({ mode: 'live' })).ok).toBe(true);
    expect(kv.data.get(QUARANTINE_PREFIX + 'record:live:junk')).toMatchObject({ value: 'first junk' });
  });

  it('a junk head is quarantined and reported, and appends continue after the highest entry', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    for (let i = 0; i < 3; i++) await store.append(makeInput(), CONTEXT);
    kv.data.set(headKey('live'), 'x');
    const fresh = createRecordStore(kv);
    const report = await fresh.verify('live');
    expect(report.ok && report.value.breaks).toEqual([{ seq: 3, reason: 'head-missing' }]);
    const next = await fresh.append(makeInput(), CONTEXT);
    expect(next.ok && next.value.entry.seq).toBe(4);
    const after = await createRecordStore(kv).verify('live');
    expect(after.ok && after.value.ok).toBe(true);
  });
});

describe('record store: case status and training', () => {
  it('reports the latest outcome per prompt for one case', async () => {
    const store = createRecordStore(createMemoryArea());
    await store.append(makeInput({ event: 'shown', outcome: null }), at('2026-01-01T10:00:00.000Z'));
    await store.append(makeInput({ outcome: 'deferred', reason: 'adjourned' }), at('2026-01-01T10:01:00.000Z'));
    await store.append(makeInput({ outcome: 'order-made' }), at('2026-02-01T10:00:00.000Z'));
    await store.append(
      makeInput({ event: 'shown', outcome: null, prompt: { id: 'device-list', version: '2', textHash: 'b'.repeat(64), lang: 'en' } }),
      CONTEXT,
    );
    await store.append(makeInput({ caseRef: 'OTHER', outcome: 'declined', reason: 'other' }), CONTEXT);
    const status = await store.caseStatus('01ab2345678', 'live');
    expect(status.ok && status.value.prompts).toEqual([
      expect.objectContaining({ promptId: 'deprivation-order', shown: true, outcome: 'order-made', seq: 3 }),
      expect.objectContaining({ promptId: 'device-list', shown: true, outcome: null }),
    ]);
    const training = await store.caseStatus('01ab2345678', 'training');
    expect(training.ok && training.value.prompts).toEqual([]);
  });

  it('keeps training apart and clears it without touching the live record', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    await store.append(makeInput(), CONTEXT);
    await store.append(makeInput({ mode: 'training' }), CONTEXT);
    await store.append(makeInput({ mode: 'training' }), CONTEXT);
    const live = await store.list({ mode: 'live' });
    expect(live.ok && live.value.entries.map((e) => e.mode)).toEqual(['live']);
    const cleared = await store.clearTraining();
    expect(cleared).toEqual({ ok: true, value: { removed: 2 } });
    const all = await store.list({ mode: 'all' });
    expect(all.ok && all.value.entries.map((e) => e.mode)).toEqual(['live']);
    const report = await store.verify('live');
    expect(report.ok && report.value.ok).toBe(true);
    const again = await store.append(makeInput({ mode: 'training' }), CONTEXT);
    expect(again.ok && again.value.entry.seq).toBe(1);
  });
});
