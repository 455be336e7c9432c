import type { MessageFile } from './merge-messages';

/** Marks the start and end of every pseudo-locale message, so a test can tell UI text from the rest. */
export const PSEUDO_OPEN = '\u27E6';
export const PSEUDO_CLOSE = '\u27E7';

const ACCENTED: Record<string, string> = {
  a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', y: 'ý', c: 'ç', n: 'ñ', s: 'š', z: 'ž',
  A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', Y: 'Ý', C: 'Ç', N: 'Ñ', S: 'Š', Z: 'Ž',
};

/** Placeholders (`$count$`), positional substitutions (`$1`) and `$$` pass through unchanged. */
const PLACEHOLDER = /(\$[A-Za-z0-9_@]+\$|\$\d|\$\$)/;

export function pseudoText(message: string): string {
  const body = message
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c)))
    .join('');
  return `${PSEUDO_OPEN}${body}${PSEUDO_CLOSE}`;
}

/** The pseudo-locale's messages, made from the English ones (never written by hand). */
export function pseudoMessages(english: MessageFile): MessageFile {
  const out: MessageFile = {};
  for (const [key, entry] of Object.entries(english)) out[key] = { ...entry, message: pseudoText(entry.message) };
  return out;
}
