import { afterEach, beforeEach, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildLanguages, DEFAULT_LANGUAGE } from '../../lib/i18n/languages';
import { buildLocaleFiles } from '../../lib/i18n/locale-files';
import { setLanguage } from '../../lib/i18n/t';
import { failOnInternalErrors, listenForInternalErrors } from './internal-errors';

// The default locale's built file: English, and every other language (the pseudo-locale too) prefixed.
const messages = buildLocaleFiles(process.cwd(), buildLanguages(true))[DEFAULT_LANGUAGE.folder]!;

/** The fake browser has no i18n: answer from the real merged messages, as Chrome would. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  let text = entry.message;
  for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
    const value = ph.content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), value);
  }
  return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

function installI18n() {
  (fakeBrowser as unknown as { i18n: Record<string, unknown> }).i18n = {
    ...(fakeBrowser as unknown as { i18n?: Record<string, unknown> }).i18n,
    getMessage,
    getUILanguage: () => 'en-GB',
  };
}
installI18n();
beforeEach(() => {
  installI18n();
  // Every unit and component test must check something: a test that asserts nothing cannot fail.
  expect.hasAssertions();
  // A catch-all that swallowed an error during the test (the detector, the prefilter) fails it.
  listenForInternalErrors();
});
afterEach(() => {
  fakeBrowser.reset();
  setLanguage(DEFAULT_LANGUAGE.code);
  installI18n();
  failOnInternalErrors();
});
