/**
 * Version of the prompt set as a whole (shown in the sidebar footer and stored as the rules version).
 * Bump it whenever any prompt's version changes, or a prompt is added or removed.
 */
export const PROMPTS_VERSION = '2.3.0';
