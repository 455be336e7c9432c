/**
 * UI strings live in one JSON file per area (`lib/i18n/messages/<area>.json`) so that the sidebar,
 * record page, options page and training site can grow their strings without editing one shared file.
 * They are merged into `_locales/<folder>/messages.json` at build time (see locale-files.ts).
 */
export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessageFile = Record<string, ChromeMessage>;

const KEY = /^[A-Za-z0-9_]+$/;
/** "__" is reserved for the language prefixes of the built file (languages.ts `messagePrefix`). */
const RESERVED = '__';

export function mergeMessages(files: Record<string, MessageFile>): MessageFile {
  const merged: MessageFile = {};
  const owner: Record<string, string> = {};
  for (const [area, messages] of Object.entries(files)) {
    for (const [key, value] of Object.entries(messages)) {
      if (!KEY.test(key)) throw new Error(`i18n: key "${key}" in ${area} may use only A-Z, a-z, 0-9 and _`);
      if (key.includes(RESERVED)) throw new Error(`i18n: key "${key}" in ${area} may not contain "${RESERVED}"`);
      const lower = key.toLowerCase(); // Chrome treats message names case-insensitively.
      if (owner[lower]) throw new Error(`i18n: key "${key}" is defined in both ${owner[lower]} and ${area}`);
      if (typeof value?.message !== 'string' || value.message.length === 0) {
        throw new Error(`i18n: key "${key}" in ${area} has no message`);
      }
      owner[lower] = area;
      merged[key] = value;
    }
  }
  return merged;
}
