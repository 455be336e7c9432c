import { describe, expect, it } from 'vitest';
import { allRecorded, caseSettled, caseStartsOpen, promptState } from '../../../components/sidebar/status';
import { formatRecordedAt } from '../../../components/sidebar/labels';
import { promptsFor } from '../../../lib/prompts';

const prompts = promptsFor('legal-adviser', { offenceIds: [], categories: ['intimate-image'] });
const p = prompts[0]!;
const at = '2026-03-04T10:42:00.000Z';

describe('promptState', () => {
  it('is open without a status, recorded or deferred by outcome, and changed for an old version', () => {
    expect(promptState(p, undefined)).toBe('open');
    expect(promptState(p, { outcome: 'order-made', at, promptVersion: p.version })).toBe('recorded');
    expect(promptState(p, { outcome: 'deferred', reason: 'adjourned', at, promptVersion: p.version })).toBe('deferred');
    expect(promptState(p, { outcome: 'order-made', at, promptVersion: '0.0.1' })).toBe('changed');
  });
});

describe('allRecorded', () => {
  const done = Object.fromEntries(prompts.map((x) => [x.id, { outcome: 'done' as const, at, promptVersion: x.version }]));
  it('needs every prompt recorded, none deferred, none out of date', () => {
    expect(allRecorded(prompts, done)).toBe(true);
    expect(allRecorded(prompts, { ...done, [p.id]: { outcome: 'deferred', at, promptVersion: p.version } })).toBe(false);
    expect(allRecorded(prompts, { ...done, [p.id]: { outcome: 'done', at, promptVersion: '0.0.1' } })).toBe(false);
    const { [p.id]: _gone, ...missing } = done;
    expect(allRecorded(prompts, missing)).toBe(false);
    expect(allRecorded([], {})).toBe(false);
  });
});

describe('formatRecordedAt', () => {
  it('shows only the time today and the date too otherwise', () => {
    const when = new Date(at);
    expect(formatRecordedAt(at, when)).toMatch(/^\d\d:\d\d$/);
    expect(formatRecordedAt(at, new Date('2026-05-01T12:00:00Z'))).toMatch(/^\d{1,2} \w+ 2026, \d\d:\d\d$/);
    expect(formatRecordedAt('not a date')).toBe('');
  });
});

describe('caseSettled / caseStartsOpen', () => {
  const decision = prompts[0]!;
  const plan = { presentation: 'open' as const, status: null, promptIds: 'all' as const };
  it('settles a case once its decision has a current, non-deferred outcome', () => {
    expect(caseSettled({ decision, statuses: {} })).toBe(false);
    expect(caseSettled({ decision, statuses: { [decision.id]: { outcome: 'raised-with-court', at, promptVersion: decision.version } } })).toBe(true);
    expect(caseSettled({ decision, statuses: { [decision.id]: { outcome: 'deferred', reason: 'adjourned', at, promptVersion: decision.version } } })).toBe(false);
    expect(caseSettled({ decision, statuses: { [decision.id]: { outcome: 'order-made', at, promptVersion: '0.1.0' } } })).toBe(false);
  });
  it('starts open only when the plan says open and nothing is settled', () => {
    expect(caseStartsOpen({ decision, statuses: {}, plan })).toBe(true);
    expect(caseStartsOpen({ decision, statuses: {}, plan: { ...plan, presentation: 'collapsed' } })).toBe(false);
    expect(caseStartsOpen({ decision, statuses: {}, plan: { ...plan, status: 'order-on-page' } })).toBe(false);
  });
});
