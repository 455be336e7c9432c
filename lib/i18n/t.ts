import { browser } from 'wxt/browser';

/**
 * Every UI string goes through the browser's i18n system. A missing key shows the key itself, so a
 * gap is visible in review rather than silently blank.
 */
export function t(key: string, substitutions?: string | string[]): string {
  // WXT types getMessage's key as the generated message names; ours are merged at build time.
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string | string[]) => string;
  const text = getMessage(key, substitutions);
  return text || key;
}
