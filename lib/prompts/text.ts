import { canonicalJson } from '../record/digest';
import { SOURCES } from './sources';
import type { Prompt, PromptLang } from './types';

/**
 * The canonical, language-neutral form of a prompt's content that the record hashes (`textHash` of
 * every entry): sorted-key JSON of the role's full wording (every line with its condition, sources as
 * id, label and link, status), the approval state, id, version, role and language. No UI labels
 * ("Sources:", "Uncertain:") are part of it: those live in the i18n messages and may change freely.
 *
 * Format 2 (PROMPTS_VERSION 2.0.0). Entries recorded under format 1 (the English text with labels) keep
 * their stored hashes: the record is never rewritten and nothing recomputes an old entry's hash (the
 * background hashes only the current version of a prompt when an entry is written).
 */
export const PROMPT_TEXT_FORMAT = 2;

export function promptText(prompt: Pick<Prompt, 'id' | 'version' | 'role' | 'approval' | 'content'>, lang: PromptLang): string {
  const copy = prompt.content[lang];
  const body = {
    format: PROMPT_TEXT_FORMAT,
    id: prompt.id,
    version: prompt.version,
    role: prompt.role,
    lang,
    approval: prompt.approval,
    summary: copy.summary,
    say: copy.say ?? null,
    lines: copy.detail.map((line) => ({
      text: line.text,
      status: line.status,
      when: line.when ? [...line.when.anyTag] : null,
      sources: line.sources.map((id) => ({ id, label: SOURCES[id].label, url: SOURCES[id].url ?? null })),
    })),
    uncertain: copy.uncertain ? [...copy.uncertain] : [],
  };
  return canonicalJson(body);
}
