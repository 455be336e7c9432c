import { afterEach, beforeEach, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadMessages } from '../../lib/i18n/load-messages';
import { failOnInternalErrors, listenForInternalErrors } from './internal-errors';

const messages = loadMessages(process.cwd());

/** The fake browser has no i18n: answer from the real merged English messages, as Chrome would. */
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
  installI18n();
  failOnInternalErrors();
});
