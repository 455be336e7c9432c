import { lawTags, type LawTag } from '../offences/law';
import type { Role } from '../roles';
import { PROMPT_DEFINITIONS } from './data';
import { SOURCES, type SourceId } from './sources';
import type {
  LocalisedCopy,
  Prompt,
  PromptContext,
  PromptCopy,
  PromptDefinition,
  PromptLang,
  PromptLine,
  ResolvedSource,
} from './types';

/** Only wording in a known approval state is ever shown (a typo'd state must not slip through). */
function hasValidApproval(def: PromptDefinition): boolean {
  const a = def.approval as { state?: unknown; reviewer?: unknown; date?: unknown } | undefined;
  if (a?.state === 'draft') return true;
  return a?.state === 'approved' && typeof a.reviewer === 'string' && a.reviewer.trim() !== '' && typeof a.date === 'string';
}

function applies(def: PromptDefinition, role: Role, context: PromptContext, tags: ReadonlySet<LawTag>): boolean {
  if (!def.roles.includes(role) || !hasValidApproval(def)) return false;
  const when = def.when;
  if (!when) return true;
  if (when.anyTag && !when.anyTag.some((t) => tags.has(t))) return false;
  if (when.categories) {
    const wanted = when.categories;
    if (!context.categories.some((c) => wanted.includes(c))) return false;
  }
  return true;
}

/** A line with no condition always shows; with one, when the page has any of its tags. */
export function lineShown(line: PromptLine, tags: ReadonlySet<LawTag> | null): boolean {
  if (!line.when || tags === null) return true;
  return line.when.anyTag.some((t) => tags.has(t));
}

function filterCopy(copy: PromptCopy, tags: ReadonlySet<LawTag> | null): PromptCopy {
  return { ...copy, detail: copy.detail.filter((line) => lineShown(line, tags)) };
}

function sourcesOf(text: LocalisedCopy): ResolvedSource[] {
  const ids: SourceId[] = [];
  for (const copy of Object.values(text)) {
    for (const line of copy.detail) for (const id of line.sources) if (!ids.includes(id)) ids.push(id);
  }
  return ids.map((id) => ({ id, ...SOURCES[id] }));
}

/**
 * Resolves a definition to the wording one role sees. With a context, lines whose condition the page
 * does not meet are left out of `text`; `content` always keeps every line (it is what the record hashes).
 */
export function resolvePrompt(def: PromptDefinition, role: Role, context?: PromptContext): Prompt {
  const content = def.roleText?.[role] ?? def.text;
  const tags = context ? lawTags(context.offenceIds) : null;
  const text = Object.fromEntries(
    Object.entries(content).map(([lang, copy]) => [lang, filterCopy(copy, tags)]),
  ) as Record<PromptLang, PromptCopy>;
  return {
    id: def.id,
    version: def.version,
    role,
    approval: def.approval,
    content,
    text,
    sources: sourcesOf(text),
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
  const tags = lawTags(context.offenceIds);
  return definitions
    .filter((def) => applies(def, role, context, tags))
    .map((def) => resolvePrompt(def, role, context));
}
