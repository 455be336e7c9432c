export { PROMPT_DEFINITIONS } from './data';
export { lineShown, promptsFor, resolvePrompt } from './select';
export { PROMPT_TEXT_FORMAT, promptText } from './text';
export { PROMPTS_VERSION } from './version';
export { LINE_STATUSES, PROMPT_LANGS } from './types';
export { SOURCES, type SourceId } from './sources';
export type {
  Approval,
  LineStatus,
  LocalisedCopy,
  Prompt,
  PromptCondition,
  PromptContext,
  PromptCopy,
  PromptDefinition,
  PromptLang,
  PromptLine,
  PromptSource,
  ResolvedSource,
} from './types';
