/**
 * The record's index (lib/record/index-*.ts): whatever happens, it must say exactly what a full read of
 * the entries says, or be rebuilt from one. Every check compares with the full read, never with itself.
 */
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../lib/record/aggregate';
import { canonicalJson } from '../../../lib/record/digest';
import { buildIndex, SEGMENT_SIZE } from '../../../lib/record/index-cache';
import { entryKey, headKey, indexKey, segmentKey } from '../../../lib/record/keys';
import type { StorageArea } from '../../../lib/core/storage-area';
import { createMemoryArea } from '../../../lib/record/kv';
import { loadLog } from '../../../lib/record/load';
import type { EntryFilter } from '../../../lib/record/query';
import { DECISION_PROMPT_ID, OUTCOME_CODES, OUTCOMES_NEEDING_REASON, type OutcomeCode } from '../../../lib/prompts/outcomes';
import type { Mode } from '../../../lib/record/schema';
import { createRecordStore, type RecordStore, type ViewQuery } from '../../../lib/record/store';
import { at, makeInput } from './helpers';

const NOW = new Date('2026-09-01T12:00:00.000Z');

/** A small seeded generator: the same random record on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

const PROMPTS = [DECISION_PROMPT_ID, 'identify-each-device', 'companion-orders'];
const OFFENCES = ['soa2003-s66b-2', 'soa2003-s67-3', 'cjca2015-s33', 'soa2003-s66a', 'mca1988-s1'];

/**
 * Appends `count` random events: shown and outcome events over a few dozen cases in both logs, follow-ons,
 * corrections (mostly of the case's own outcome, some of another case's), observations with and without
 * a role, entries without a case reference, retries of a client id, and times that sometimes go back.
 */
async function randomRecord(store: RecordStore, seed: number, count: number, start = Date.UTC(2026, 0, 5, 9)) {
  const r = random(seed);
  const outcomes: { seq: number; mode: Mode }[] = [];
  const ids: string[] = [];
  let time = start;
  for (let i = 0; i < count; i++) {
    time += r.int(6) === 0 ? -3_600_000 : r.int(4 * 86_400_000); // now and then the clock goes back an hour
    const when = at(new Date(time).toISOString());
    const mode: Mode = r.int(5) === 0 ? 'training' : 'live';
    const caseRef = r.int(15) === 0 ? null : `CASE${r.int(40)}`;
    const roll = r.int(20);
    if (roll === 0 && ids.length > 0) {
      // A retry: the same client id again (nothing may be written).
      await store.append(makeInput({ clientId: r.pick(ids), mode, caseRef }), when);
      continue;
    }
    if (roll === 1 && caseRef !== null) {
      await store.observe(
        {
          clientId: `obs-${seed}-${i}`,
          mode,
          role: r.int(3) === 0 ? null : 'legal-adviser',
          caseRef,
          site: 'https://caseworker.example.gov.uk',
          offence: r.int(2) ? { id: r.pick(OFFENCES), evidenceKind: 'title' } : null,
          observation: 'deprivation-order-on-page',
          stage: 'results-entry',
        },
        when,
      );
      continue;
    }
    const prompt = { id: r.pick(PROMPTS), version: r.int(8) === 0 ? '2.0.0' : '1.0.0', textHash: 'a'.repeat(64), lang: 'en' };
    const offence = r.int(6) === 0 ? null : { id: r.pick(OFFENCES), evidenceKind: 'cjs-code' as const };
    const role = r.pick(['legal-adviser', 'prosecutor', 'trainer'] as const);
    if (roll < 8) {
      const result = await store.append(makeInput({ event: 'shown', mode, caseRef, prompt, offence, role, outcome: null }), when);
      if (result.ok) ids.push(result.value.entry.clientId);
      continue;
    }
    const outcome = r.pick(OUTCOME_CODES) as OutcomeCode;
    const reason = OUTCOMES_NEEDING_REASON.includes(outcome) ? r.pick(['adjourned', 'disproportionate', 'other'] as const) : null;
    const sameMode = outcomes.filter((o) => o.mode === mode);
    const corrects = roll < 12 && sameMode.length > 0 ? (r.int(4) === 0 ? r.pick(sameMode) : sameMode.at(-1)!).seq : null;
    const result = await store.append(makeInput({ mode, caseRef, prompt, offence, role, outcome, reason, corrects }), when);
    if (result.ok && !result.value.duplicate) {
      outcomes.push({ seq: result.value.entry.seq, mode });
      ids.push(result.value.entry.clientId);
    }
  }
}

/** The index a full read of storage gives, for each log, against what the store kept step by step. */
function expectIndexMatchesFullRead(kv: { data: Map<string, unknown> }) {
  const snapshot = Object.fromEntries(kv.data);
  for (const mode of ['live', 'training'] as const) {
    const kept = kv.data.get(indexKey(mode));
    if (kept === undefined) continue;
    const log = loadLog(snapshot, mode);
    const built = buildIndex(log, canonicalJson(snapshot[headKey(mode)] ?? null), Object.keys(snapshot));
    expect(kept, `${mode} manifest`).toEqual(built.manifest);
    built.segments.forEach((segment, n) => expect(kv.data.get(segmentKey(mode, n)), `${mode} segment ${n}`).toEqual(segment));
    expect(kv.data.has(segmentKey(mode, built.segments.length)), `${mode}: no segment after the last`).toBe(false);
    // And the counts are the aggregate of the entries themselves.
    expect((kept as { rows: unknown }).rows).toEqual(aggregate(log.entries));
  }
}

const FILTERS: EntryFilter[] = [
  { includeTraining: false, showShown: false },
  { includeTraining: false, showShown: true },
  { includeTraining: true, showShown: false },
  { includeTraining: true },
  { includeTraining: false, from: '2026-02-01', to: '2026-04-30' },
  { includeTraining: true, outcome: 'order-made', showShown: true },
  { includeTraining: false, offenceId: 'soa2003-s67-3' },
];

async function expectViewsAgree(store: RecordStore, pages = [1, 2, 7, 999]) {
  for (const filter of FILTERS) {
    for (const page of pages) {
      const query: ViewQuery = { filter, caseRef: null, caseKey: null, page, pageSize: 10 };
      expect(await store.view(query, NOW), JSON.stringify({ filter, page })).toEqual(await store.viewFull(query, NOW));
    }
  }
  const first = await store.viewFull({ filter: FILTERS[0]!, caseRef: null, caseKey: null, page: 1, pageSize: 10 }, NOW);
  const row = first.ok ? first.value.entries.find((e) => e.kind === 'outcome' && e.caseRef !== null) : undefined;
  const key = row && row.kind === 'outcome' && row.caseRef ? `${row.caseRef.type}:${row.caseRef.value}` : null;
  for (const caseRef of ['CASE7', 'case 12', 'NO-SUCH-CASE']) {
    for (const caseKey of [null, key]) {
      const query: ViewQuery = { filter: { includeTraining: true, showShown: true }, caseRef, caseKey, page: 1, pageSize: 5 };
      expect(await store.view(query, NOW), caseRef).toEqual(await store.viewFull(query, NOW));
    }
  }
}

describe('record index: the same answers as a full read', () => {
  it('after 700 random appends, corrections, observations and retries (times sometimes going back)', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    for (let round = 0; round < 7; round++) {
      await randomRecord(store, 100 + round, 100, Date.UTC(2026, 0, 5, 9) + round * 30 * 86_400_000);
      expectIndexMatchesFullRead(kv);
    }
    await expectViewsAgree(store);
    const live = loadLog(Object.fromEntries(kv.data), 'live');
    expect(live.entries.length).toBeGreaterThan(SEGMENT_SIZE); // several segments
    expect(await store.liveRows()).toEqual({ ok: true, value: aggregate(live.entries) });
    // The same record seen by a restarted worker (a new store over the same storage).
    await expectViewsAgree(createRecordStore(kv));
    for (const ref of ['CASE3', 'CASE17']) {
      for (const mode of ['live', 'training'] as const) {
        // Case status from the index against case status from a storage without it (a rebuild from a full read).
        const noIndex = createMemoryArea(Object.fromEntries([...kv.data].filter(([k]) => !k.startsWith('record:index:'))));
        expect(await createRecordStore(kv).caseStatus(ref, mode)).toEqual(await createRecordStore(noIndex).caseStatus(ref, mode));
      }
    }
  });

  it('times always moving on: the first page is read from the newest segments only', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    for (let i = 0; i < 700; i++) {
      await store.append(makeInput({ event: i % 3 ? 'shown' : 'outcome', caseRef: `C${i}`, outcome: i % 3 ? null : 'order-made' }), at(new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()));
    }
    const query: ViewQuery = { filter: { includeTraining: false, showShown: false }, caseRef: null, caseKey: null, page: 1, pageSize: 50 };
    await store.view(query, NOW); // the first view also indexes the (empty) training log
    expectIndexMatchesFullRead(kv);
    const reads: string[][] = [];
    // Chrome's storage hands objects back with their keys sorted, not in the order written.
    const sorted = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sorted) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v;
    const spy: StorageArea = {
      ...kv,
      get: async (keys) => (reads.push(keys === null ? ['*'] : typeof keys === 'string' ? [keys] : keys), sorted(await kv.get(keys)) as Record<string, unknown>),
    };
    const cold = createRecordStore(spy);
    const answer = await cold.view(query, NOW);
    expect(answer).toEqual(await store.viewFull(query, NOW));
    const read = reads.flat();
    expect(read, 'no full read').not.toContain('*');
    expect(read.filter((k) => k.startsWith('record:live:')).length, 'only the page’s entries').toBe(50);
    expect(read.filter((k) => k.startsWith(`${indexKey('live')}:`)), 'only the newest segment').toEqual([segmentKey('live', 2)]);
  });
});

describe('record index: the daily purge', () => {
  it('finds nothing due from the oldest row, without reading the whole record; purges by the full read when something is due', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    for (let i = 0; i < 300; i++) await store.append(makeInput({ caseRef: `C${i}` }), at(new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString()));
    await store.view({ filter: { includeTraining: true }, caseRef: null, caseKey: null, page: 1, pageSize: 10 }, NOW);
    let fullReads = 0;
    const spy: StorageArea = { ...kv, get: async (keys) => ((fullReads += keys === null ? 1 : 0), kv.get(keys)) };
    const restarted = createRecordStore(spy);
    expect(await restarted.purgeExpired(NOW, 730)).toEqual({ ok: true, value: { purged: { live: 0, training: 0 } } });
    expect(fullReads).toBe(0);
    // Positive control: with a shorter period the oldest entries are due, and the full read purges them.
    const purged = await restarted.purgeExpired(NOW, 240);
    expect(purged.ok && purged.value.purged.live).toBeGreaterThan(0);
    expect(fullReads).toBeGreaterThan(0);
    expectIndexMatchesFullRead(kv);
  });
});

describe('record index: kept in step by every writer', () => {
  it('purges, an import that fills a gap, and clearing training leave it equal to a full read', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    await randomRecord(store, 7, 300, Date.UTC(2024, 0, 5, 9));
    await randomRecord(store, 8, 100, Date.UTC(2026, 6, 1, 9));
    const exported = await store.exportFile({ includeTraining: true, now: NOW, extensionVersion: '0.1.0' });
    expect((await store.purgeExpired(NOW, 365)).ok).toBe(true);
    expectIndexMatchesFullRead(kv);
    await expectViewsAgree(store, [1, 3]);

    // A gap below the head (an entry deleted outside the store), then an import that restores it.
    const other = createMemoryArea(Object.fromEntries(kv.data));
    const live = loadLog(Object.fromEntries(other.data), 'live');
    const gap = live.entries.at(-5)!.seq;
    other.data.delete(entryKey('live', gap));
    const restarted = createRecordStore(other);
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const imported = await restarted.importFile(JSON.stringify(exported.value));
    expect(imported.ok && imported.value.added).toBeGreaterThanOrEqual(1);
    expect(other.data.has(entryKey('live', gap))).toBe(true);
    expectIndexMatchesFullRead(other);
    await expectViewsAgree(restarted, [1]);

    expect((await store.clearTraining()).ok).toBe(true);
    expectIndexMatchesFullRead(kv);
    expect([...kv.data.keys()].filter((k) => k.startsWith(`${indexKey('training')}:`))).toEqual([]);
    await store.append(makeInput({ mode: 'training' }), at('2026-08-01T10:00:00.000Z'));
    expectIndexMatchesFullRead(kv);
  });

  it('two store instances over one storage, writing in turn, each continue from the other’s index', async () => {
    const kv = createMemoryArea();
    const a = createRecordStore(kv);
    const b = createRecordStore(kv);
    for (let i = 0; i < 120; i++) {
      const writer = i % 3 === 0 ? b : a;
      const result = await writer.append(makeInput({ caseRef: `C${i % 9}`, outcome: i % 2 ? 'order-made' : 'raised-with-court', corrects: i > 10 && i % 5 === 0 ? i - 3 : null }), at(new Date(Date.UTC(2026, 2, 1) + i * 60_000).toISOString()));
      expect(result.ok, `append ${i}`).toBe(true);
    }
    expectIndexMatchesFullRead(kv);
    const verified = await a.verify('live');
    expect(verified.ok && verified.value).toMatchObject({ ok: true, count: 120 });
    await expectViewsAgree(a, [1, 4]);
    await expectViewsAgree(b, [1, 4]);
    // A retry of a client id written by the other instance is still a duplicate.
    const first = loadLog(Object.fromEntries(kv.data), 'live').entries[0]!;
    const retry = await b.append(makeInput({ clientId: first.clientId }), at('2026-03-02T10:00:00.000Z'));
    expect(retry).toMatchObject({ ok: true, value: { duplicate: true, entry: { seq: first.seq, hash: first.hash } } });
  });
});

describe('record index: never trusted when it disagrees with the entries', () => {
  async function seeded() {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    await randomRecord(store, 42, 400);
    return { kv, store };
  }
  const query: ViewQuery = { filter: { includeTraining: true, showShown: true }, caseRef: null, caseKey: null, page: 1, pageSize: 20 };

  it.each([
    ['a junk manifest', (kv: Map<string, unknown>) => kv.set(indexKey('live'), { v: 1, junk: true })],
    ['a manifest from a newer version', (kv: Map<string, unknown>) => kv.set(indexKey('live'), { ...(kv.get(indexKey('live')) as object), v: 99 })],
    ['a missing segment', (kv: Map<string, unknown>) => kv.delete(segmentKey('live', 0))],
    ['a segment with a row taken out', (kv: Map<string, unknown>) => kv.set(segmentKey('live', 0), (kv.get(segmentKey('live', 0)) as unknown[]).slice(1))],
    ['a junk segment', (kv: Map<string, unknown>) => kv.set(segmentKey('live', 1), 'junk')],
    ['counts made up', (kv: Map<string, unknown>) => kv.set(indexKey('live'), { ...(kv.get(indexKey('live')) as object), headJson: 'null' })],
    [
      'the newest row saying another outcome than its entry',
      (kv: Map<string, unknown>) => {
        const manifest = kv.get(indexKey('live')) as { segments: number };
        const rows = kv.get(segmentKey('live', manifest.segments - 1)) as { kind: string; outcome?: string }[];
        rows.at(-1)!.kind = 'observation';
      },
    ],
  ])('%s: rebuilt from the entries, and the answer is the full read’s', async (_name, damage) => {
    const { kv, store } = await seeded();
    damage(kv.data);
    const restarted = createRecordStore(kv);
    expect(await restarted.view(query, NOW)).toEqual(await store.viewFull(query, NOW));
    expect(await restarted.view({ ...query, filter: { includeTraining: false, showShown: false } }, NOW)).toEqual(
      await store.viewFull({ ...query, filter: { includeTraining: false, showShown: false } }, NOW),
    );
    const next = await restarted.append(makeInput({ caseRef: 'AFTER-DAMAGE' }), at('2026-12-01T10:00:00.000Z'));
    expect(next.ok).toBe(true);
    expectIndexMatchesFullRead(kv);
  });

  it('entries written outside the store under an unchanged head: the first answer may miss them, the check after it rebuilds', async () => {
    const { kv, store } = await seeded();
    const log = loadLog(Object.fromEntries(kv.data), 'live');
    const missing = log.entries.at(-3)!;
    const raw = kv.data.get(entryKey('live', missing.seq));
    kv.data.delete(entryKey('live', missing.seq)); // as if lost, then restored by hand
    // The page shows that entry: reading it finds it gone, so the index is rebuilt without it.
    await createRecordStore(kv).view(query, NOW);
    expect((kv.data.get(indexKey('live')) as { count: number }).count).toBe(log.entries.length - 1);
    kv.data.set(entryKey('live', missing.seq), raw);
    kv.data.set('record:live:junk', 'written by something else');
    const later = createRecordStore(kv); // a restarted worker: the index agrees with the head
    await later.view(query, NOW);
    const after = await later.view(query, NOW); // queued behind the check, which found the keys changed
    expect(after).toEqual(await createRecordStore(kv).viewFull(query, NOW));
    expect(after.ok && after.value.quarantine.map((q) => q.key)).toContain('record:live:junk');
    expectIndexMatchesFullRead(kv);
  });
});
