// What the record store answers that mutation testing (npm run mutation -- record) found unchecked:
// the record page's view (case search, this month, both logs), the popup's figures, a record written
// by a newer version, a damaged key, import of purged and unreadable entries, "shown" deduplication,
// error messages, and the retention purge's stopping rules.
import { describe, expect, it } from 'vitest';
import { entryKey, headKey, SECRET_KEY } from '../../../lib/record/keys';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';
import { at, CONTEXT, makeInput } from './helpers';

type Area = ReturnType<typeof createMemoryArea>;
const VIEW = { filter: { includeTraining: false }, caseRef: null, caseKey: null, page: 1, pageSize: 50 };

async function withEntries(inputs: [Parameters<typeof makeInput>[0], string][]) {
  const kv = createMemoryArea();
  const store = createRecordStore(kv);
  for (const [input, when] of inputs) {
    const r = await store.append(makeInput(input), at(when));
    expect(r.ok).toBe(true);
  }
  return { kv, store };
}

/** An entry written by a newer version of the extension, under the next key of a log. */
function addFuture(kv: Area, mode: 'live' | 'training', seq: number, v: number) {
  kv.data.set(entryKey(mode, seq), { v, kind: 'shown', seq, mode });
}

describe('the record page view', () => {
  it('a typed case reference finds that case only, and only its prompt entries', async () => {
    const { store } = await withEntries([
      [{ caseRef: '01AB2345678' }, '2026-03-01T10:00:00.000Z'],
      [{ caseRef: '02CD3456789' }, '2026-03-02T10:00:00.000Z'],
      [{ caseRef: '01AB2345678', event: 'shown', outcome: null, prompt: { id: 'identify-each-device', version: '1.0.0', textHash: 'b'.repeat(64), lang: 'en' } }, '2026-03-03T10:00:00.000Z'],
    ]);
    await store.observe(
      { clientId: 'observe-000001-abc', mode: 'live', role: 'legal-adviser', caseRef: '01AB2345678', site: 'https://caseworker.example.gov.uk', offence: null, observation: 'deprivation-order-on-page', stage: 'results-entry' },
      at('2026-03-04T10:00:00.000Z'),
    );
    const all = await store.view({ ...VIEW, filter: { includeTraining: false, showShown: true } }, new Date('2026-03-10T00:00:00Z'));
    expect(all.ok && all.value.total).toBe(4);
    const one = await store.view({ ...VIEW, filter: { includeTraining: false, showShown: true }, caseRef: '01ab 2345678' }, new Date('2026-03-10T00:00:00Z'));
    if (!one.ok) throw new Error(one.error.message);
    expect(one.value.entries.map((e) => e.kind).sort()).toEqual(['outcome', 'shown']);
    expect(one.value.timeline).toEqual([]);
    // Figures are the whole record's whatever the search.
    expect(one.value.totals.casesRecognised).toBe(2);
  });

  it('"this month" counts the current UK month only; the totals count every month', async () => {
    const { store } = await withEntries([
      [{ caseRef: '01AB2345678' }, '2026-02-10T10:00:00.000Z'],
      [{ caseRef: '02CD3456789' }, '2026-03-10T10:00:00.000Z'],
    ]);
    const view = await store.view(VIEW, new Date('2026-03-20T00:00:00Z'));
    if (!view.ok) throw new Error(view.error.message);
    expect(view.value.month).toBe('2026-03');
    expect(view.value.thisMonth.casesRecognised).toBe(1);
    expect(view.value.totals.casesRecognised).toBe(2);
    const figures = await store.figures(new Date('2026-03-20T00:00:00Z'));
    expect(figures).toMatchObject({ ok: true, value: { month: '2026-03', thisMonth: { casesRecognised: 1 }, totals: { casesRecognised: 2 } } });
  });

  it('with training included, the table holds both logs', async () => {
    const { store } = await withEntries([
      [{ caseRef: '01AB2345678' }, '2026-03-01T10:00:00.000Z'],
      [{ caseRef: '02CD3456789', mode: 'training' }, '2026-03-02T10:00:00.000Z'],
    ]);
    const live = await store.view(VIEW, new Date('2026-03-10T00:00:00Z'));
    const both = await store.view({ ...VIEW, filter: { includeTraining: true } }, new Date('2026-03-10T00:00:00Z'));
    expect(live.ok && live.value.total).toBe(1);
    expect(both.ok && both.value.entries.map((e) => e.mode).sort()).toEqual(['live', 'training']);
  });

  it('reports the newest record version it cannot read, and unreadable values, from either log', async () => {
    const { kv, store } = await withEntries([[{}, '2026-03-01T10:00:00.000Z']]);
    addFuture(kv, 'training', 1, 3);
    addFuture(kv, 'live', 2, 2);
    kv.data.set(entryKey('training', 2), { garbage: true });
    const view = await createRecordStore(kv).view(VIEW, new Date('2026-03-10T00:00:00Z'));
    expect(view.ok && view.value.futureVersion).toBe(3);
    expect(view.ok && view.value.quarantine.map((q) => q.key)).toEqual([entryKey('training', 2)]);
    const list = await store.list({ mode: 'all' });
    expect(list.ok && list.value.futureVersion).toBe(3);
  });
});

describe('a record written by a newer version', () => {
  it('is left alone: appends, observations, figures, verification and export all refuse', async () => {
    const { kv } = await withEntries([[{}, '2026-03-01T10:00:00.000Z']]);
    addFuture(kv, 'live', 2, 2);
    const store = createRecordStore(kv);
    const before = new Map(kv.data);
    const newer = { ok: false, error: { code: 'newer-version' } };
    expect(await store.append(makeInput(), CONTEXT)).toMatchObject(newer);
    expect(
      await store.observe(
        { clientId: 'observe-000002-abc', mode: 'live', role: 'legal-adviser', caseRef: '01AB2345678', site: 'https://caseworker.example.gov.uk', offence: null, observation: 'deprivation-order-on-page', stage: 'results-entry' },
        CONTEXT,
      ),
    ).toMatchObject(newer);
    expect(await store.figures(CONTEXT.now)).toMatchObject(newer);
    expect(await store.summaryExport({ organisation: null, smallNumbers: 'exact', now: CONTEXT.now, extensionVersion: '0.1.0' })).toMatchObject(newer);
    expect(await store.verify('live')).toMatchObject(newer);
    expect(await store.exportFile({ includeTraining: false, now: CONTEXT.now, extensionVersion: '0.1.0' })).toMatchObject(newer);
    expect(kv.data).toEqual(before);
  });
});

describe('the case-reference key', () => {
  it('a damaged key is reported and left as it is; nothing is recorded with another key', async () => {
    const kv = createMemoryArea();
    kv.data.set(SECRET_KEY, 'not-a-key');
    const store = createRecordStore(kv);
    const result = await store.append(makeInput(), CONTEXT);
    expect(result).toMatchObject({ ok: false, error: { code: 'secret-unreadable', message: expect.stringMatching(/damaged/) } });
    expect(kv.data.get(SECRET_KEY)).toBe('not-a-key');
    expect(kv.data.has(entryKey('live', 1))).toBe(false);
    const observed = await store.observe(
      { clientId: 'observe-000003-abc', mode: 'live', role: 'legal-adviser', caseRef: '01AB2345678', site: 'https://caseworker.example.gov.uk', offence: null, observation: 'deprivation-order-on-page', stage: 'results-entry' },
      CONTEXT,
    );
    expect(observed).toMatchObject({ ok: false, error: { code: 'secret-unreadable' } });
  });

  it('searching does not create a key: a record without one finds nothing and stores nothing', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    await store.append(makeInput({ caseRef: null }), CONTEXT);
    const list = await store.list({ mode: 'live', caseRef: '01AB2345678' });
    expect(list.ok && list.value.entries).toEqual([]);
    expect(kv.data.has(SECRET_KEY)).toBe(false);
  });
});

describe('"shown" is recorded once per case and prompt version', () => {
  const shown = (over: Parameters<typeof makeInput>[0] = {}) => makeInput({ event: 'shown', outcome: null, ...over });

  it('a second "shown" for the same case and prompt version is a duplicate, also after an outcome', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    const first = await store.append(makeInput(), CONTEXT);
    const again = await store.append(shown(), CONTEXT);
    expect(again).toMatchObject({ ok: true, value: { duplicate: true } });
    expect(again.ok && first.ok && again.value.entry.seq).toBe(first.ok && first.value.entry.seq);
  });

  it('another case, another prompt, or another version of the prompt is recorded', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    await store.append(shown(), CONTEXT);
    const prompt = makeInput().prompt;
    for (const input of [
      shown({ caseRef: '02CD3456789' }),
      shown({ prompt: { ...prompt, id: 'identify-each-device' } }),
      shown({ prompt: { ...prompt, version: '1.1.0' } }),
    ]) {
      expect(await store.append(input, CONTEXT)).toMatchObject({ ok: true, value: { duplicate: false } });
    }
  });

  it('a "shown" without a case reference is always recorded (nothing to match it by)', async () => {
    const store = createRecordStore(createMemoryArea());
    await store.append(shown({ caseRef: null }), CONTEXT);
    expect(await store.append(shown({ caseRef: null }), CONTEXT)).toMatchObject({ ok: true, value: { duplicate: false } });
  });

  it('an observation of the case is not a "shown"', async () => {
    const store = createRecordStore(createMemoryArea());
    await store.observe(
      { clientId: 'observe-000004-abc', mode: 'live', role: 'legal-adviser', caseRef: '01AB2345678', site: 'https://caseworker.example.gov.uk', offence: null, observation: 'deprivation-order-on-page', stage: 'results-entry' },
      CONTEXT,
    );
    expect(await store.append(shown(), CONTEXT)).toMatchObject({ ok: true, value: { duplicate: false } });
  });
});

describe('bad input is refused with a message naming the field', () => {
  it('append and observe', async () => {
    const store = createRecordStore(createMemoryArea());
    const bad = await store.append({ ...makeInput(), clientId: 'x' }, CONTEXT);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^clientId: client id: 8-64/) } });
    const observed = await store.observe({ clientId: 'observe-000005-abc', mode: 'live' }, CONTEXT);
    expect(observed).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^\w+: \S/) } });
    const corrected = await store.append(makeInput({ corrects: 9 }), CONTEXT);
    expect(corrected).toMatchObject({ ok: false, error: { code: 'invalid-correction', message: 'Entry 9 is not a recorded outcome, so it cannot be corrected.' } });
  });

  it('a correction must point at an outcome, not a "shown"', async () => {
    const store = createRecordStore(createMemoryArea());
    const s = await store.append(makeInput({ event: 'shown', outcome: null }), CONTEXT);
    const seq = s.ok ? s.value.entry.seq : 0;
    expect(await store.append(makeInput({ corrects: seq }), CONTEXT)).toMatchObject({ ok: false, error: { code: 'invalid-correction' } });
  });

  it('an empty note is stored as no note', async () => {
    const store = createRecordStore(createMemoryArea());
    const r = await store.append(makeInput({ note: '' }), CONTEXT);
    expect(r.ok && r.value.entry.kind === 'outcome' && r.value.entry.note).toBeNull();
  });
});

describe('verify: a head that cannot be read', () => {
  it('on an empty log is reported as missing', async () => {
    const kv = createMemoryArea();
    kv.data.set(headKey('live'), { garbage: true });
    const report = await createRecordStore(kv).verify('live');
    expect(report).toMatchObject({ ok: true, value: { ok: false, breaks: [{ seq: 0, reason: 'head-missing' }] } });
  });

  it('an empty log with no head at all, or only an unreadable training head, is fine', async () => {
    const kv = createMemoryArea();
    kv.data.set(headKey('training'), { garbage: true });
    expect(await createRecordStore(kv).verify('live')).toMatchObject({ ok: true, value: { ok: true, breaks: [] } });
  });
});

describe('export without a head', () => {
  it('names the last entry as the head', async () => {
    const { kv } = await withEntries([
      [{}, '2026-03-01T10:00:00.000Z'],
      [{}, '2026-03-02T10:00:00.000Z'],
    ]);
    const last = kv.data.get(entryKey('live', 2)) as { hash: string };
    kv.data.delete(headKey('live'));
    const file = await createRecordStore(kv).exportFile({ includeTraining: false, now: CONTEXT.now, extensionVersion: '0.1.0' });
    expect(file.ok && file.value.logs.live).toMatchObject({ headSeq: 2, headHash: last.hash });
  });
});

describe('import', () => {
  async function exported(kv: Area) {
    const file = await createRecordStore(kv).exportFile({ includeTraining: false, now: CONTEXT.now, extensionVersion: '0.1.0' });
    if (!file.ok) throw new Error(file.error.message);
    return JSON.stringify(file.value);
  }

  it('entries this record has purged stay purged (counted as duplicates), the rest are added', async () => {
    const { kv } = await withEntries([
      [{}, '2026-01-01T10:00:00.000Z'],
      [{}, '2026-01-02T10:00:00.000Z'],
      [{}, '2026-05-20T10:00:00.000Z'],
    ]);
    const text = await exported(kv);
    const store = createRecordStore(kv);
    expect(await store.purgeExpired(new Date('2026-06-01T00:00:00.000Z'), 30, '0.1.0')).toMatchObject({ ok: true, value: { purged: { live: 2 } } });
    const before = kv.data.size;
    expect(await store.importFile(text)).toEqual({ ok: true, value: { added: 0, duplicates: 3, skipped: 0 } });
    expect(kv.data.size).toBe(before);
    expect(kv.data.has(entryKey('live', 1))).toBe(false);
  });

  it('an entry this record keeps unreadable is skipped, never overwritten', async () => {
    const { kv } = await withEntries([
      [{}, '2026-03-01T10:00:00.000Z'],
      [{}, '2026-03-02T10:00:00.000Z'],
    ]);
    const text = await exported(kv);
    kv.data.set(entryKey('live', 2), { garbage: true });
    expect(await createRecordStore(kv).importFile(text)).toEqual({ ok: true, value: { added: 0, duplicates: 1, skipped: 1 } });
    expect(kv.data.get(entryKey('live', 2))).toEqual({ garbage: true });
  });

  it('entries that continue this record are added after it, and the head moves to them', async () => {
    const { kv } = await withEntries([
      [{}, '2026-03-01T10:00:00.000Z'],
      [{}, '2026-03-02T10:00:00.000Z'],
    ]);
    const full = await exported(kv);
    const short = createMemoryArea();
    short.data.set(entryKey('live', 1), kv.data.get(entryKey('live', 1)));
    short.data.set(headKey('live'), { ...(kv.data.get(headKey('live')) as object), seq: 1, hash: (kv.data.get(entryKey('live', 1)) as { hash: string }).hash });
    expect(await createRecordStore(short).importFile(full)).toEqual({ ok: true, value: { added: 1, duplicates: 1, skipped: 0 } });
    expect(short.data.get(headKey('live'))).toMatchObject({ seq: 2 });
    expect(await createRecordStore(short).verify('live')).toMatchObject({ ok: true, value: { ok: true, count: 2 } });
  });

  it('entries that do not continue this record are refused with a message, and nothing is written', async () => {
    const a = await withEntries([
      [{}, '2026-03-01T10:00:00.000Z'],
      [{}, '2026-03-02T10:00:00.000Z'],
    ]);
    const text = await exported(a.kv);
    // This record holds a's first entry, but its head names another last entry.
    const b = createMemoryArea();
    b.data.set(entryKey('live', 1), a.kv.data.get(entryKey('live', 1)));
    b.data.set(headKey('live'), { ...(a.kv.data.get(headKey('live')) as object), seq: 1, hash: 'c'.repeat(64) });
    const before = new Map(b.data);
    const result = await createRecordStore(b).importFile(text);
    expect(result).toMatchObject({ ok: false, error: { code: 'import-conflict', message: 'The live entries in the file do not continue this record. Nothing was imported.' } });
    expect(b.data).toEqual(before);
  });

  it('a conflicting entry names its number and log', async () => {
    const a = await withEntries([[{}, '2026-03-01T10:00:00.000Z']]);
    const b = await withEntries([[{}, '2026-03-02T10:00:00.000Z']]);
    const result = await b.store.importFile(await exported(a.kv));
    expect(result).toMatchObject({ ok: false, error: { code: 'import-conflict', message: expect.stringMatching(/^Entry 1 of the live record differs/) } });
  });
});

describe('retention purge stops at what it cannot vouch for', () => {
  const NOW = new Date('2026-06-01T00:00:00.000Z');
  const old = (d: string): [Parameters<typeof makeInput>[0], string] => [{}, `2026-01-${d}T10:00:00.000Z`];

  it('an unreadable entry: nothing from it on is purged', async () => {
    const { kv, store } = await withEntries([old('01'), old('02'), old('03')]);
    kv.data.set(entryKey('live', 2), { garbage: true });
    expect(await store.purgeExpired(NOW, 30)).toMatchObject({ ok: true, value: { purged: { live: 1 } } });
    expect(kv.data.get(entryKey('live', 2))).toEqual({ garbage: true });
    expect(kv.data.has(entryKey('live', 3))).toBe(true);
  });

  it('a gap: nothing after it is purged', async () => {
    const { kv, store } = await withEntries([old('01'), old('02'), old('03')]);
    kv.data.delete(entryKey('live', 2));
    expect(await store.purgeExpired(NOW, 30)).toMatchObject({ ok: true, value: { purged: { live: 1 } } });
    expect(kv.data.has(entryKey('live', 3))).toBe(true);
  });

  it('an entry under another entry\'s key: not purged', async () => {
    const { kv, store } = await withEntries([old('01'), old('02')]);
    kv.data.set(entryKey('live', 1), { ...(kv.data.get(entryKey('live', 2)) as object) });
    expect(await store.purgeExpired(NOW, 30)).toMatchObject({ ok: true, value: { purged: { live: 0 } } });
    expect(kv.data.has(entryKey('live', 1))).toBe(true);
  });

  it('an entry exactly at the cut-off is kept', async () => {
    const { kv, store } = await withEntries([[{}, '2026-05-02T00:00:00.000Z']]);
    expect(await store.purgeExpired(NOW, 30)).toMatchObject({ ok: true, value: { purged: { live: 0 } } });
    expect(kv.data.has(entryKey('live', 1))).toBe(true);
  });
});

describe('clearing training', () => {
  it('what was cleared is gone from the next answer', async () => {
    const { store } = await withEntries([[{ mode: 'training' }, '2026-03-01T10:00:00.000Z']]);
    expect((await store.list({ mode: 'training' })).ok).toBe(true);
    expect(await store.clearTraining()).toEqual({ ok: true, value: { removed: 1 } });
    const after = await store.list({ mode: 'training' });
    expect(after.ok && after.value.entries).toEqual([]);
  });
});
