import type { Role } from '../roles';
import { PROMPT_DEFINITIONS } from './data';
import type { Prompt, PromptContext, PromptDefinition } from './types';

function applies(def: PromptDefinition, role: Role, context: PromptContext): boolean {
  if (!def.roles.includes(role)) return false;
  const when = def.when;
  if (!when) return true;
  if (when.offenceId) {
    const pattern = when.offenceId;
    if (!context.offenceIds.some((id) => pattern.test(id))) return false;
  }
  if (when.categories) {
    const wanted = when.categories;
    if (!context.categories.some((c) => wanted.includes(c))) return false;
  }
  return true;
}

/** Resolves a definition to the wording one role sees. */
export function resolvePrompt(def: PromptDefinition, role: Role): Prompt {
  return {
    id: def.id,
    version: def.version,
    role,
    text: def.roleText?.[role] ?? def.text,
    sources: def.sources,
    outcomes: def.outcomes,
    reasons: def.reasons,
  };
}

/** The prompts one role should see for what was recognised on the page, in display order. */
export function promptsFor(
  role: Role,
  context: PromptContext,
  definitions: readonly PromptDefinition[] = PROMPT_DEFINITIONS,
): Prompt[] {
  return definitions.filter((def) => applies(def, role, context)).map((def) => resolvePrompt(def, role));
}
