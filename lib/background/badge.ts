import type { PageBadge } from '../stage/inject';

/**
 * The toolbar badge for each PageBadge (lib/stage/inject.ts): what the page shows, at a glance. Colours
 * from the GOV.UK palette (red, green, dark grey), each with white text at over 4.5:1.
 */
export const BADGES: Readonly<Record<NonNullable<PageBadge> | 'none', { text: string; color: string }>> = {
  alert: { text: '!', color: '#d4351c' },
  order: { text: '\u2713', color: '#00703c' },
  quiet: { text: '?', color: '#505a5f' },
  none: { text: '', color: '#505a5f' },
};
