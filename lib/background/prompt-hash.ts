import type { Handlers } from '../messaging/dispatch';
import { PROMPT_DEFINITIONS, promptText, resolvePrompt } from '../prompts';
import { sha256Hex } from '../record/digest';
import { err } from '../core/result';

/**
 * The record stores a hash of the prompt text the user was shown. The background computes it from
 * its own copy of the prompts for the sender's role, prompt id and version: it never trusts a hash
 * sent from a page (and pages on plain http have no Web Crypto to compute one). A prompt id or
 * version this build does not know is refused, so a stale sidebar cannot record against it.
 */
export function withServerPromptHash(append: Handlers['record.append']): Handlers['record.append'] {
  return async (payload, ctx) => {
    const def = PROMPT_DEFINITIONS.find((d) => d.id === payload.prompt.id);
    if (!def || def.version !== payload.prompt.version || !def.roles.includes(payload.role)) {
      return err('prompt-unknown', 'This prompt has changed since the page was opened. Reload the page and record it again.');
    }
    const lang = payload.prompt.lang === 'en' ? 'en' : null;
    if (!lang) return err('prompt-language', `Prompts are not available in "${payload.prompt.lang}".`);
    const textHash = await sha256Hex(promptText(resolvePrompt(def, payload.role), lang));
    return append({ ...payload, prompt: { ...payload.prompt, textHash } }, ctx);
  };
}
