import { describe, expect, it } from 'vitest';
import { parseDateParts, ukDate, ukMonth } from '../../../lib/record/uk-time';

const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

describe('UK calendar dates without Intl', () => {
  it('agrees with Intl (Europe/London) for every hour of 2024-2027, around both clock changes', () => {
    const start = Date.UTC(2024, 0, 1);
    const end = Date.UTC(2028, 0, 1);
    const wrong: string[] = [];
    let checked = 0;
    for (let ms = start; ms < end; ms += 3_600_000) {
      // Either side of each hour: the changes happen on the hour.
      for (const t of [ms, ms - 1]) {
        checked++;
        if (ukDate(t) !== intl.format(t)) wrong.push(new Date(t).toISOString());
      }
    }
    expect(checked).toBeGreaterThan(70_000);
    expect(wrong).toEqual([]);
  });

  it('puts the last hour of a summer month in the next month, and the last hour of a winter month in its own', () => {
    expect(ukMonth('2026-06-30T23:30:00.000Z')).toBe('2026-07'); // BST: 00:30 on 1 July
    expect(ukMonth('2026-03-31T23:00:00.000Z')).toBe('2026-04'); // BST began 29 March
    expect(ukMonth('2026-10-31T23:30:00.000Z')).toBe('2026-10'); // GMT again since 25 October
    expect(ukMonth('2026-12-31T23:59:59.999Z')).toBe('2026-12');
    expect(ukMonth('2026-09-30T22:59:59.999Z')).toBe('2026-09');
  });

  it('reads day, month and year fields (tests/unit/i18n/dates.test.ts writes dates out)', () => {
    expect(parseDateParts('2', '12', '2026')).toBe('2026-12-02');
    expect(parseDateParts('', '', '')).toBe('');
    expect(parseDateParts('31', '2', '2026')).toBeNull();
    expect(parseDateParts('1', '13', '2026')).toBeNull();
    expect(parseDateParts('1', '1', '26')).toBeNull();
  });
});
