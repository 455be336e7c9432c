import type { OffenceCategory } from '../detect/types';
import type { Role } from '../roles';
import type { OutcomeCode, ReasonCode } from './outcomes';

/** Languages the prompt text exists in. Welsh is not added until official terms are confirmed. */
export const PROMPT_LANGS = ['en'] as const;
export type PromptLang = (typeof PROMPT_LANGS)[number];

/** The wording of one prompt in one language. Hashed into the record, so it is versioned content. */
export interface PromptCopy {
  /** One line, plain English (under 140 characters, like a CDS Hooks card summary). */
  summary: string;
  /** A few short points, shown as a list. */
  detail: readonly string[];
  /** Where the law is uncertain: said plainly, never left out. */
  uncertain?: string;
}

export type LocalisedCopy = Record<PromptLang, PromptCopy>;

export interface PromptSource {
  label: string;
  /** https only: the sidebar opens it in a new tab. */
  url: string;
}

/** When a prompt only makes sense for some offences. Without it the prompt always applies. */
export interface PromptCondition {
  /** Matches a recognised offence's catalogue id (lib/offences), e.g. "soa2003-s66b-2". */
  offenceId?: RegExp;
  categories?: readonly OffenceCategory[];
}

/** One prompt as written in the data file. */
export interface PromptDefinition {
  /** Stable: stored in the record. Never reuse an id for a different prompt. */
  id: string;
  /** Semver; bump whenever any wording or source changes (a test enforces it). */
  version: string;
  roles: readonly Role[];
  when?: PromptCondition;
  /** Shared wording. */
  text: LocalisedCopy;
  /** Role-specific wording, replacing `text` for that role. */
  roleText?: Partial<Record<Role, LocalisedCopy>>;
  sources: readonly PromptSource[];
  /** Offered in this order. */
  outcomes: readonly OutcomeCode[];
  /** Offered when the chosen outcome needs a reason. */
  reasons: readonly ReasonCode[];
}

/** A prompt resolved for one role: what the sidebar shows and the record hashes. */
export interface Prompt {
  id: string;
  version: string;
  role: Role;
  text: LocalisedCopy;
  sources: readonly PromptSource[];
  outcomes: readonly OutcomeCode[];
  reasons: readonly ReasonCode[];
}

export interface PromptContext {
  offenceIds: readonly string[];
  categories: readonly OffenceCategory[];
}
