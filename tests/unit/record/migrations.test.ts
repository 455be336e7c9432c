import { describe, expect, it } from 'vitest';
import { liftVersion, migrateEntry, MIGRATIONS } from '../../../lib/record/migrations';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';
import v1Storage from '../../fixtures/record/v1/storage.json';
import v1Export from '../../fixtures/record/v1/export.json';
import futureStorage from '../../fixtures/record/future/storage-v2.json';
import futureExport from '../../fixtures/record/future/export-v2.json';
import { at, makeInput } from './helpers';

describe('record migrations', () => {
  it('has no step for a version that is not older than the current one', () => {
    expect(Object.keys(MIGRATIONS).every((v) => Number(v) < 1)).toBe(true);
  });

  it('applies numbered steps in order, refuses future versions and gaps (framework, made-up v1..v3)', () => {
    const steps = {
      1: (v: Record<string, unknown>) => ({ ...v, v: 2, b: `${String(v.a)}-2` }),
      2: ({ a: _a, ...v }: Record<string, unknown>) => ({ ...v, v: 3 }),
    };
    expect(liftVersion({ v: 1, a: 'x' }, 3, steps)).toEqual({ status: 'ok', value: { v: 3, b: 'x-2' } });
    expect(liftVersion({ v: 3, b: 'y' }, 3, steps)).toEqual({ status: 'ok', value: { v: 3, b: 'y' } });
    expect(liftVersion({ v: 4 }, 3, steps)).toEqual({ status: 'future', version: 4 });
    expect(liftVersion({ v: 1 }, 3, { 2: steps[2] })).toEqual({ status: 'invalid', reason: 'no migration from version 1' });
    expect(liftVersion('junk', 3, steps).status).toBe('invalid');
    expect(liftVersion({ a: 1 }, 3, steps).status).toBe('invalid');
  });

  it('reads a saved v1 entry as the current shape', () => {
    const stored = (v1Storage as Record<string, unknown>)['record:live:00000004'];
    const read = migrateEntry(stored);
    expect(read.status === 'ok' && read.value.kind === 'outcome' && read.value.corrects).toBe(3);
  });

  it('loads a saved v1 storage snapshot: every entry readable, both chains verify', async () => {
    const store = createRecordStore(createMemoryArea(v1Storage));
    const listing = await store.list({ mode: 'all' });
    expect(listing.ok && listing.value.entries.length).toBe(6);
    expect(listing.ok && listing.value.quarantine).toEqual([]);
    for (const mode of ['live', 'training'] as const) {
      const report = await store.verify(mode);
      expect(report.ok && report.value.ok).toBe(true);
    }
    const found = await store.list({ mode: 'live', caseRef: '01ab 2345678' });
    expect(found.ok && found.value.entries.map((e) => e.seq)).toEqual([4, 3, 2, 1]);
  });

  it('imports a saved v1 export into an empty store', async () => {
    const store = createRecordStore(createMemoryArea());
    const result = await store.importFile(JSON.stringify(v1Export));
    expect(result).toEqual({ ok: true, value: { added: 6, duplicates: 0, skipped: 0 } });
  });

  it('refuses to write over data from a newer version, changes nothing, and says to update', async () => {
    const kv = createMemoryArea(futureStorage);
    const before = JSON.stringify(Object.fromEntries(kv.data));
    const store = createRecordStore(kv);
    const appended = await store.append(makeInput(), at('2027-06-01T00:00:00.000Z'));
    expect(appended.ok).toBe(false);
    if (!appended.ok) {
      expect(appended.error.code).toBe('newer-version');
      expect(appended.error.message).toMatch(/Update the extension/);
    }
    const purged = await store.purgeExpired(new Date('2040-01-01T00:00:00.000Z'), 1);
    expect(!purged.ok && purged.error.code).toBe('newer-version');
    const imported = await store.importFile(JSON.stringify(v1Export));
    expect(!imported.ok && imported.error.code).toBe('newer-version');
    const listing = await store.list({ mode: 'live' });
    expect(listing.ok && listing.value.futureVersion).toBe(2);
    expect(JSON.stringify(Object.fromEntries(kv.data))).toBe(before);
  });

  it('refuses an export file from a newer version', async () => {
    const kv = createMemoryArea(v1Storage);
    const before = JSON.stringify(Object.fromEntries(kv.data));
    const result = await createRecordStore(kv).importFile(JSON.stringify(futureExport));
    expect(!result.ok && result.error.code).toBe('newer-version');
    expect(!result.ok && result.error.message).toMatch(/Update the extension/);
    expect(JSON.stringify(Object.fromEntries(kv.data))).toBe(before);
  });
});
