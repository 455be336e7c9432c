import { browser } from 'wxt/browser';
import type { LanguageInfo } from '../lib/i18n/languages';
import { setLanguage, t } from '../lib/i18n/t';
import { loadEffectiveSettings } from '../lib/settings/effective';

/**
 * Before an extension page renders: its interface language from the user's setting (or the policy
 * that locks it), on `<html lang>` and in `t()`, and its title. Unreadable settings mean the default
 * language, never a page that does not open.
 */
export async function startInUserLanguage(titleKey: string): Promise<LanguageInfo> {
  let code: string | null = null;
  try {
    code = (await loadEffectiveSettings(browser.storage.local, browser.storage.managed)).effective.language;
  } catch {
    code = null;
  }
  const language = setLanguage(code);
  document.documentElement.lang = language.tag;
  document.title = t(titleKey);
  return language;
}
