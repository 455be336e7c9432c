import type { MessageFile } from './merge-messages';
import { BROWSER_AREA, loadLanguageMessages } from './load-messages';
import { DEFAULT_LANGUAGE, messagePrefix, type LanguageInfo } from './languages';

/**
 * Node-only: the `_locales/<folder>/messages.json` files of a build, by folder.
 *
 * The default locale's file holds every language's messages, each under its prefix (languages.ts
 * `messagePrefix`): the browser always falls back to that file, so `t()` finds the user's language
 * whatever language the browser runs in. Each other shipped language's own folder holds only what the
 * browser shows itself (the extension's name, description and shortcut descriptions, which follow the
 * browser's language); were it to hold the interface messages, an English user in a Welsh browser would
 * read Welsh. A language without a folder (the test-only pseudo-locale) lives in the default file only.
 */
export function buildLocaleFiles(
  root: string,
  languages: readonly LanguageInfo[],
  load: (root: string, language: LanguageInfo, only?: string) => MessageFile = loadLanguageMessages,
): Record<string, MessageFile> {
  const defaults: MessageFile = { ...load(root, DEFAULT_LANGUAGE) };
  const files: Record<string, MessageFile> = {};
  for (const language of languages) {
    if (language.code === DEFAULT_LANGUAGE.code) continue;
    const prefix = messagePrefix(language.code);
    for (const [key, entry] of Object.entries(load(root, language))) defaults[prefix + key] = entry;
    if (language.folder !== null) files[language.folder] = load(root, language, BROWSER_AREA);
  }
  return { [DEFAULT_LANGUAGE.folder]: defaults, ...files };
}
