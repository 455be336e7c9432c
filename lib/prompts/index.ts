export { PROMPT_DEFINITIONS } from './data';
export { promptsFor, resolvePrompt } from './select';
export { promptText } from './text';
export { PROMPTS_VERSION } from './version';
export { PROMPT_LANGS } from './types';
export type {
  LocalisedCopy,
  Prompt,
  PromptCondition,
  PromptContext,
  PromptCopy,
  PromptDefinition,
  PromptLang,
  PromptSource,
} from './types';
