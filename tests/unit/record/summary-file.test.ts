import { describe, expect, it } from 'vitest';
import { emptyRow } from '../../../lib/record/aggregate';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';
import { buildSummaryFile, FEWER_THAN_5, parseSummaryFile, protect, SUMMARY_FORMAT } from '../../../lib/record/summary-file';
import { DECISION_PROMPT_ID, ORDER_MADE_OUTCOMES } from '../../../lib/prompts/outcomes';
import { at, makeInput } from './helpers';

const OPTIONS = {
  exportId: 'f'.repeat(32),
  extensionVersion: '0.1.0',
  exportedMonth: '2026-12',
  organisation: 'Anytown Magistrates',
  caseRefKey: 'this-browser' as const,
};

describe('small-number protection', () => {
  it('writes 1 to 4 as "fewer than 5"; 0 and 5 or more as they are; nothing for own use', () => {
    expect([0, 1, 2, 3, 4, 5, 17].map((n) => protect(n, 'protected'))).toEqual([0, FEWER_THAN_5, FEWER_THAN_5, FEWER_THAN_5, FEWER_THAN_5, 5, 17]);
    expect([1, 4].map((n) => protect(n, 'exact'))).toEqual([1, 4]);
  });

  it('protects every count in a row, including outcomes and reasons', () => {
    const row = { ...emptyRow('2026-11', 'sharing', 'legal-adviser'), casesRecognised: 12, ordersMade: 3, outcomes: { x: { 'order-made': 3, declined: 6 } }, declinesByReason: { other: 2 } };
    const file = buildSummaryFile([row], { ...OPTIONS, smallNumbers: 'protected' });
    expect(file.rows[0]).toMatchObject({ casesRecognised: 12, ordersMade: FEWER_THAN_5, outcomes: { x: { 'order-made': FEWER_THAN_5, declined: 6 } }, declinesByReason: { other: FEWER_THAN_5 } });
    expect(buildSummaryFile([row], { ...OPTIONS, smallNumbers: 'exact' }).rows[0]!.ordersMade).toBe(3);
  });
});

describe('the summary file', () => {
  it('holds no case reference (plain or hashed), no note, no site and no time finer than the month', async () => {
    const kv = createMemoryArea();
    const store = createRecordStore(kv);
    const prompt = { id: DECISION_PROMPT_ID, version: '1.0.0', textHash: 'a'.repeat(64), lang: 'en' };
    for (let i = 0; i < 7; i++) {
      await store.append(makeInput({ caseRef: `01AB23456${String(i).padStart(2, '0')}`, prompt, outcome: ORDER_MADE_OUTCOMES[0]!, note: `secret note ${i}` }), at('2026-11-03T10:00:00.000Z'));
    }
    await store.append(makeInput({ caseRef: 'CLEARREF1', prompt, outcome: 'raised-with-court' }), { ...at('2026-11-04T10:00:00.000Z'), caseRefInClear: true });
    const result = await store.summaryExport({ organisation: '  Anytown  ', smallNumbers: 'protected', now: new Date('2026-12-02T12:00:00Z'), extensionVersion: '0.1.0' });
    if (!result.ok) throw new Error(result.error.message);
    const text = JSON.stringify(result.value);
    const listing = await store.list({ mode: 'live' });
    if (!listing.ok) throw new Error('list');
    for (const e of listing.value.entries) {
      if (e.kind === 'purge') continue;
      expect(text).not.toContain(e.caseRef!.value);
      expect(text).not.toContain(e.caseRef!.value.slice(0, 8));
      expect(text).not.toContain(e.site);
      expect(text).not.toContain(e.hash);
    }
    expect(text).not.toMatch(/secret note|01AB23456|CLEARREF|T\d\d:\d\d|2026-11-0/);
    expect(result.value).toMatchObject({ format: SUMMARY_FORMAT, formatVersion: 1, organisation: 'Anytown', exportedMonth: '2026-12', smallNumbers: 'protected' });
    expect(result.value.exportId).toMatch(/^[0-9a-f]{32}$/);
    expect(result.value.rows).toEqual([
      expect.objectContaining({ month: '2026-11', casesRecognised: 8, ordersMade: 7, casesWithDecision: 8 }),
    ]);
    expect(parseSummaryFile(text)).toEqual({ ok: true, value: result.value });
  });

  it('each export gets its own id', async () => {
    const store = createRecordStore(createMemoryArea());
    const a = await store.summaryExport({ organisation: null, smallNumbers: 'exact', now: new Date(), extensionVersion: '0.1.0' });
    const b = await store.summaryExport({ organisation: null, smallNumbers: 'exact', now: new Date(), extensionVersion: '0.1.0' });
    expect(a.ok && b.ok && a.value.exportId !== b.value.exportId).toBe(true);
  });

  it('says why a file is refused: not a summary, a record export, newer version, damaged', () => {
    const good = buildSummaryFile([emptyRow('2026-11', 'sharing', 'prosecutor')], { ...OPTIONS, smallNumbers: 'protected' });
    const code = (text: string) => {
      const r = parseSummaryFile(text);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code(JSON.stringify(good))).toBe('ok');
    expect(code('{"hello":1}')).toBe('summary-not-summary');
    expect(code('{"format":"deprivation-order-reminder/record","formatVersion":1}')).toBe('summary-not-summary');
    expect(code(JSON.stringify({ ...good, formatVersion: 2 }))).toBe('summary-newer');
    expect(code(JSON.stringify(good).slice(0, 50))).toBe('summary-damaged');
    expect(code(JSON.stringify({ ...good, rows: [{ ...good.rows[0], ordersMade: -1 }] }))).toBe('summary-damaged');
    expect(code(JSON.stringify({ ...good, rows: [{ ...good.rows[0], caseRef: 'x' }] }))).toBe('summary-damaged');
    expect(code(JSON.stringify({ ...good, rows: [{ ...good.rows[0], month: '2026-11-03' }] }))).toBe('summary-damaged');
  });
});
