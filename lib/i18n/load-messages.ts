import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeMessages, type MessageFile } from './merge-messages';
import { DEFAULT_LANGUAGE, type LanguageInfo } from './languages';
import { pseudoMessages } from './pseudo';

/** Areas whose messages the browser itself shows (the manifest's name, description, shortcuts). */
export const BROWSER_AREA = 'extension.json';

function readArea(root: string, lang: string, name: string): MessageFile {
  return JSON.parse(readFileSync(join(root, 'lib', 'i18n', 'messages', lang, name), 'utf8')) as MessageFile;
}

/** Node-only: reads every `lib/i18n/messages/<lang>/*.json` (build hook and tests). */
export function loadMessages(root: string, lang: string = DEFAULT_LANGUAGE.code, only?: string): MessageFile {
  const dir = join(root, 'lib', 'i18n', 'messages', lang);
  const files: Record<string, MessageFile> = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json') && (only === undefined || f === only)).sort()) {
    files[name] = readArea(root, lang, name);
  }
  return mergeMessages(files);
}

/** A language's messages: its own folder, or (the pseudo-locale, which has none) the transformed English. */
export function loadLanguageMessages(root: string, language: LanguageInfo, only?: string): MessageFile {
  return language.folder === null ? pseudoMessages(loadMessages(root, DEFAULT_LANGUAGE.code, only)) : loadMessages(root, language.code, only);
}
