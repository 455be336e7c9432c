import { browser } from 'wxt/browser';
import { DEFAULT_LANGUAGE, languageInfo, messagePrefix, type LanguageInfo } from './languages';

/**
 * The interface language of this page or script, set once its context knows the user's setting
 * (extension pages from the settings, the sidebar and the indicator from the background's answer).
 * Module state, so `t()` stays one or two synchronous lookups on the content-script path.
 */
let current: LanguageInfo = DEFAULT_LANGUAGE;
let prefix = '';

/** Follows the user's language setting from now on; a code this build lacks falls back to the default. */
export function setLanguage(code: string | null | undefined): LanguageInfo {
  current = languageInfo(code);
  prefix = messagePrefix(current.code);
  return current;
}

export function currentLanguage(): LanguageInfo {
  return current;
}

/**
 * Every UI string goes through the browser's i18n system, in the user's language (prefixed names,
 * see languages.ts), then the default language. A missing key shows the key itself, so a gap is
 * visible in review rather than silently blank.
 */
export function t(key: string, substitutions?: string | string[]): string {
  // WXT types getMessage's key as the generated message names; ours are merged at build time.
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string | string[]) => string;
  return (prefix && getMessage(prefix + key, substitutions)) || getMessage(key, substitutions) || key;
}
