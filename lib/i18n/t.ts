import { browser } from 'wxt/browser';

/**
 * Every UI string goes through the browser's i18n system. A missing key shows the key itself, so a
 * gap is visible in review rather than silently blank.
 */
export function t(key: string, substitutions?: string | string[]): string {
  const text = browser.i18n.getMessage(key, substitutions);
  return text || key;
}
