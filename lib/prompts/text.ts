import type { Prompt, PromptLang } from './types';

/**
 * The canonical text of a prompt as shown to the user: summary, detail, the uncertainty note and the
 * sources. The record hashes exactly this string, so its layout is part of the record format: do not
 * change it without a record migration.
 */
export function promptText(prompt: Pick<Prompt, 'text' | 'sources'>, lang: PromptLang): string {
  const copy = prompt.text[lang];
  const lines = [copy.summary, '', ...copy.detail.map((d) => `- ${d}`)];
  if (copy.uncertain) lines.push('', `Uncertain: ${copy.uncertain}`);
  lines.push('', 'Sources:', ...prompt.sources.map((s) => `- ${s.label} <${s.url}>`));
  return lines.join('\n');
}
