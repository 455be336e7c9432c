// What the record accepts, checked field by field: mutation testing (npm run mutation -- record) found
// the anchors of these patterns, the site-origin check and the "shown"/outcome rules unchecked. A value
// that only starts or ends right must be refused: the record keeps what it accepts for years.
import { describe, expect, it } from 'vitest';
import { appendInput, caseRefStored, clientId, hex64, isoTime, observeInput, promptRef, siteOrigin } from '../../../lib/record/schema';
import { makeInput } from './helpers';

const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) => schema.safeParse(value).success;
const issues = (value: unknown) => {
  const r = appendInput.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('patterns match the whole value', () => {
  it('hashes: exactly 64 lower-case hex digits', () => {
    expect(ok(hex64, 'a'.repeat(64))).toBe(true);
    expect(ok(hex64, `x${'a'.repeat(64)}`)).toBe(false);
    expect(ok(hex64, `${'a'.repeat(64)}x`)).toBe(false);
    expect(hex64.safeParse('A'.repeat(64)).error?.issues[0]?.message).toBe('expected 64 lower-case hex digits');
  });

  it('client ids: 8-64 letters, digits, - or _ and nothing else', () => {
    expect(ok(clientId, 'client-0001')).toBe(true);
    expect(ok(clientId, 'client-0001 <script>')).toBe(false);
    expect(ok(clientId, '<script> client-0001')).toBe(false);
    expect(clientId.safeParse('short').error?.issues[0]?.message).toBe('client id: 8-64 letters, digits, - or _');
  });

  it('prompt and offence ids, and the language tag', () => {
    const prompt = makeInput().prompt;
    expect(ok(promptRef, prompt)).toBe(true);
    expect(ok(promptRef, { ...prompt, id: 'deprivation-order <b>' })).toBe(false);
    expect(ok(promptRef, { ...prompt, id: '<b> deprivation-order' })).toBe(false);
    expect(promptRef.safeParse({ ...prompt, id: 'a b' }).error?.issues[0]?.message).toBe('id: letters, digits, . _ : -');
    expect(ok(promptRef, { ...prompt, lang: 'en-GB' })).toBe(true);
    expect(ok(promptRef, { ...prompt, lang: 'en GB!' })).toBe(false);
    expect(ok(promptRef, { ...prompt, lang: '1en' })).toBe(false);
    expect(ok(promptRef, { ...prompt, lang: 'en1' })).toBe(false);
  });

  it('times are UTC ISO times without an offset', () => {
    expect(ok(isoTime, '2026-03-04T10:15:22.000Z')).toBe(true);
    expect(ok(isoTime, '2026-03-04T10:15:22.000+01:00')).toBe(false);
  });
});

describe('sites are bare web origins', () => {
  it.each([
    ['https://caseworker.example.gov.uk', true],
    ['http://localhost:8080', true],
    ['https://caseworker.example.gov.uk/case/1', false],
    ['ftp://caseworker.example.gov.uk', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s: %s', (value, accepted) => {
    expect(ok(siteOrigin, value)).toBe(accepted);
    if (!accepted) expect(siteOrigin.safeParse(value).error?.issues[0]?.message).toBe('expected a site origin such as https://host');
  });
});

describe('stored case references', () => {
  it('an HMAC or the reference in clear, 1-64 characters', () => {
    expect(ok(caseRefStored, { type: 'clear', value: '01AB2345678' })).toBe(true);
    expect(ok(caseRefStored, { type: 'hmac', value: 'a'.repeat(64) })).toBe(true);
    expect(ok(caseRefStored, { type: 'clear', value: 'x'.repeat(65) })).toBe(false);
    expect(ok(caseRefStored, { type: 'plain', value: '01AB2345678' })).toBe(false);
  });
});

describe('append input', () => {
  it('a "shown" event carries no outcome, reason, note or correction', () => {
    const shown = makeInput({ event: 'shown', outcome: null });
    expect(issues(shown)).toEqual([]);
    for (const extra of [{ outcome: 'raised-with-court' }, { reason: 'other' }, { note: 'n' }, { corrects: 1 }]) {
      expect(issues({ ...shown, ...extra }), JSON.stringify(extra)).toContainEqual({ path: '', message: 'a "shown" event carries no outcome, reason, note or correction' });
    }
  });

  it('an outcome event needs its outcome, and a reason where the outcome asks for one', () => {
    expect(issues(makeInput({ outcome: null }))).toEqual([{ path: 'outcome', message: 'outcome is required' }]);
    expect(issues(makeInput({ outcome: 'not-applicable', reason: null }))).toEqual([{ path: 'reason', message: 'outcome "not-applicable" needs a reason' }]);
  });

  it('case references and notes are trimmed; a blank reference is refused', () => {
    const parsed = appendInput.parse(makeInput({ caseRef: '  01AB2345678  ', note: '  seen  ' }));
    expect(parsed.caseRef).toBe('01AB2345678');
    expect(parsed.note).toBe('seen');
    expect(appendInput.safeParse(makeInput({ caseRef: '   ' })).success).toBe(false);
    const observed = observeInput.safeParse({
      clientId: 'observe-000001-abc', mode: 'live', role: null, caseRef: '  01AB2345678 ', site: 'https://caseworker.example.gov.uk',
      offence: null, observation: 'deprivation-order-on-page', stage: 'results-entry',
    });
    expect(observed.success && observed.data.caseRef).toBe('01AB2345678');
  });
});
