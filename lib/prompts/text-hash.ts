import { err, ok, type Result } from '../core/result';
import { sha256Hex } from '../record/digest';
import type { Role } from '../roles';
import { PROMPT_DEFINITIONS } from './data';
import { resolvePrompt } from './select';
import { promptText } from './text';
import { PROMPT_LANGS, type PromptDefinition, type PromptLang } from './types';

/** The hash the record stores for a prompt shown to a role: of its canonical text (text.ts). */
export async function promptTextHash(def: PromptDefinition, role: Role, lang: PromptLang): Promise<string> {
  return sha256Hex(promptText(resolvePrompt(def, role), lang));
}

/** A prompt as a sender names it (lib/record/schema.ts `promptRequest`). */
export interface NamedPrompt {
  id: string;
  version: string;
  lang: string;
}

/** Finds the text hash of a prompt named by a sender, or says why it cannot be recorded. */
export type PromptHasher = (prompt: NamedPrompt, role: Role) => Promise<Result<string>>;

const isPromptLang = (lang: string): lang is PromptLang => (PROMPT_LANGS as readonly string[]).includes(lang);

/**
 * The record's hasher, over this build's own prompts. A prompt id, version or role this build does not
 * have is refused, so a stale sidebar cannot record against wording that is no longer shown.
 */
export function createPromptHasher(definitions: readonly PromptDefinition[] = PROMPT_DEFINITIONS): PromptHasher {
  return async (prompt, role) => {
    const def = definitions.find((d) => d.id === prompt.id);
    if (!def || def.version !== prompt.version || !def.roles.includes(role)) {
      return err('prompt-unknown', 'This prompt has changed since the page was opened. Reload the page and record it again.');
    }
    if (!isPromptLang(prompt.lang)) return err('prompt-language', `Prompts are not available in "${prompt.lang}".`);
    return ok(await promptTextHash(def, role, prompt.lang));
  };
}
