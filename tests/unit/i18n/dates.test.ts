import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonth, formatRecordedAt } from '../../../lib/i18n/dates';
import { PSEUDO_LANGUAGE } from '../../../lib/i18n/languages';
import { setLanguage } from '../../../lib/i18n/t';

describe('dates in the user\u2019s language', () => {
  it('writes English dates the GOV.UK way (en-GB), in UK time', () => {
    expect(formatDate('2026-12-02')).toBe('2 December 2026');
    expect(formatMonth('2026-12')).toBe('December 2026');
    expect(formatDateTime('2026-07-01T13:05:00.000Z')).toBe('1 July 2026, 14:05'); // BST
    expect(formatDateTime('2026-01-01T00:05:00.000Z')).toBe('1 January 2026, 00:05'); // GMT
    // A UK calendar date never moves with the browser's time zone.
    expect(formatDate('2026-03-29')).toBe('29 March 2026');
  });

  it('follows the language set for the page (the pseudo-locale dates as en-US)', () => {
    setLanguage(PSEUDO_LANGUAGE.code);
    expect(formatDate('2026-12-02')).toBe('December 2, 2026');
    expect(formatMonth('2026-12')).toBe('December 2026');
    expect(formatRecordedAt('2026-03-04T10:42:00.000Z', new Date('2026-05-01T12:00:00Z'))).toMatch(/^Mar 4, 2026, \d\d:\d\d$/);
    setLanguage('en');
    expect(formatRecordedAt('2026-03-04T10:42:00.000Z', new Date('2026-05-01T12:00:00Z'))).toMatch(/^4 Mar 2026, \d\d:\d\d$/);
  });

  it('shows anything that is not a date as given', () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatMonth('2026')).toBe('2026');
    expect(formatDateTime('never')).toBe('never');
    expect(formatRecordedAt('never')).toBe('');
  });
});
