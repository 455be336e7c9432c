/**
 * Calendar dates and months in UK time (Europe/London) without Intl (lib/i18n/dates.ts writes them
 * out in the user's language): the record page, the summary
 * export and the background count tens of thousands of entries, and `Intl.DateTimeFormat` with a
 * time zone costs microseconds per call. British Summer Time runs from 01:00 UTC on the last Sunday
 * of March to 01:00 UTC on the last Sunday of October (Summer Time Order 2002); a test checks this
 * against Intl for every hour of several years.
 */

const HOUR_MS = 3_600_000;

/** 01:00 UTC on the last Sunday of the month (month 0-based), in ms. */
function lastSundayOneAm(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  const day = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, month, day, 1);
}

const bstCache = new Map<number, [number, number]>();
function bstRange(year: number): [number, number] {
  let range = bstCache.get(year);
  if (!range) {
    range = [lastSundayOneAm(year, 2), lastSundayOneAm(year, 9)];
    bstCache.set(year, range);
  }
  return range;
}

/** The UK's offset from UTC at an instant, in ms (0 or one hour). */
export function ukOffsetMs(ms: number): number {
  const [start, end] = bstRange(new Date(ms).getUTCFullYear());
  return ms >= start && ms < end ? HOUR_MS : 0;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** "YYYY-MM-DD" in UK time. */
export function ukDate(iso: string | number): string {
  const ms = typeof iso === 'number' ? iso : Date.parse(iso);
  const d = new Date(ms + ukOffsetMs(ms));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** "YYYY-MM" in UK time: the finest time the summary for managers ever holds. */
export function ukMonth(iso: string | number): string {
  return ukDate(iso).slice(0, 7);
}

/**
 * A date typed as day, month and year (the GOV.UK date input) as "YYYY-MM-DD", or null if it is not
 * a real date. Empty fields give "" (no date).
 */
export function parseDateParts(day: string, month: string, year: string): string | null {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return '';
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${pad(Number(m))}-${pad(Number(d))}`;
}
