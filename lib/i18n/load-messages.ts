import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeMessages, type MessageFile } from './merge-messages';

/** Node-only: reads every `lib/i18n/messages/<lang>/*.json` (build hook and tests). */
export function loadMessages(root: string, lang = 'en'): MessageFile {
  const dir = join(root, 'lib', 'i18n', 'messages', lang);
  const files: Record<string, MessageFile> = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    files[name] = JSON.parse(readFileSync(join(dir, name), 'utf8')) as MessageFile;
  }
  return mergeMessages(files);
}
