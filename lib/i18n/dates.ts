import { ukOffsetMs } from '../record/uk-time';
import { currentLanguage } from './t';

/**
 * Dates as the user's language writes them (its `dateTag`, lib/i18n/languages.ts), never a fixed
 * locale. Record dates are UK calendar dates ("YYYY-MM-DD", "YYYY-MM" from uk-time.ts), so they are
 * formatted as UTC: the formatter must not move them to the browser's zone. Formatters are built once
 * per language and kind, as the record page formats many rows.
 */
type Kind = 'date' | 'month' | 'time' | 'shortDate';
const OPTIONS: Record<Kind, Intl.DateTimeFormatOptions> = {
  date: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' },
  shortDate: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
};
const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: Kind, tag: string): Intl.DateTimeFormat {
  const key = `${kind}|${tag}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(tag, OPTIONS[kind])));
  return f;
}

/** "2 December 2026" (en-GB) for "2026-12-02"; anything else is shown as given. */
export function formatDate(date: string, tag = currentLanguage().dateTag): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return formatter('date', tag).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** "December 2026" (en-GB) for "2026-12". */
export function formatMonth(month: string, tag = currentLanguage().dateTag): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return formatter('month', tag).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
}

/** "2 December 2026, 14:05" (en-GB) in UK time: when an entry was recorded, on the record page. */
export function formatDateTime(iso: string, tag = currentLanguage().dateTag): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const uk = ms + ukOffsetMs(ms);
  return `${formatter('date', tag).format(uk)}, ${formatter('time', tag).format(uk)}`;
}

/**
 * "10:42" today, "3 Mar 2026, 10:42" otherwise (en-GB), in the browser's local time: the sidebar's
 * user reads it against the court clock.
 */
export function formatRecordedAt(iso: string, now: Date = new Date(), tag = currentLanguage().dateTag): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  // Local wall-clock time, shifted so the UTC formatters print it.
  const local = at.getTime() - at.getTimezoneOffset() * 60_000;
  const time = formatter('time', tag).format(local);
  if (at.toDateString() === now.toDateString()) return time;
  return `${formatter('shortDate', tag).format(local)}, ${time}`;
}
