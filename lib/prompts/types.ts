import type { OffenceCategory } from '../core/vocabulary';
import type { LawTag } from '../offences/law';
import type { Role } from '../roles';
import type { OutcomeCode, ReasonCode } from './outcomes';
import type { SourceId } from './sources';

/** Languages the prompt text exists in. Welsh is not added until official terms are confirmed. */
export const PROMPT_LANGS = ['en'] as const;
export type PromptLang = (typeof PROMPT_LANGS)[number];

/**
 * How firm one line is. Anything below statute or case law is labelled where the user sees it.
 * - statute: the words of an Act or SI (read in primary text).
 * - case-law: a judgment of a court.
 * - guidance: official non-statutory material (Sentencing Council, CPS, HMCTS reference data).
 * - secondary: press or other reporting.
 * - unconfirmed: reported or inferred, not established; the prompt's warning says what to check.
 */
export const LINE_STATUSES = ['statute', 'case-law', 'guidance', 'secondary', 'unconfirmed'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];

/** A line shows only when some offence on the page has one of these tags (lib/offences/law.ts). */
export interface LineCondition {
  anyTag: readonly LawTag[];
}

/** One line of a prompt's detail, with the pinpoints it rests on. */
export interface PromptLine {
  text: string;
  /** Ids in lib/prompts/sources.ts: section and subsection, schedule paragraph, or case. */
  sources: readonly SourceId[];
  status: LineStatus;
  when?: LineCondition;
}

/** The wording of one prompt in one language. Hashed into the record, so it is versioned content. */
export interface PromptCopy {
  /** One line, plain English (under 140 characters, like a CDS Hooks card summary). */
  summary: string;
  /** Optional one line to say in court (the prosecutor's application, for example). */
  say?: string;
  /** A few short lines, each with its own sources and status. */
  detail: readonly PromptLine[];
  /**
   * Where the law is uncertain: GOV.UK warning text for a practitioner in court (what is known, what
   * is not, what to check before relying on it). Never a note about our own research.
   */
  uncertain?: readonly string[];
}

export type LocalisedCopy = Record<PromptLang, PromptCopy>;

export type SourceKind = 'legislation' | 'case-law' | 'guidance' | 'secondary';

export interface PromptSource {
  label: string;
  /** https, official hosts only (see OFFICIAL_HOSTS); absent where no official copy can be linked. */
  url?: string;
  kind: SourceKind;
}

/** A source as resolved for display: its id with its label and link. */
export interface ResolvedSource extends PromptSource {
  id: SourceId;
}

/**
 * Whether a lawyer has approved this wording. `draft` until a named reviewer and the date are recorded
 * here; the sidebar labels draft wording as such. Nothing else is a valid state.
 */
export type Approval = { state: 'draft' } | { state: 'approved'; reviewer: string; date: string };

/** When a prompt only makes sense for some offences. Without it the prompt always applies. */
export interface PromptCondition {
  /** Some offence on the page has one of these law tags (lib/offences/law.ts). */
  anyTag?: readonly LawTag[];
  categories?: readonly OffenceCategory[];
}

/** One prompt as written in the data file. */
export interface PromptDefinition {
  /** Stable: stored in the record. Never reuse an id for a different prompt. */
  id: string;
  /** Semver; bump whenever any wording or source changes (a test enforces it). */
  version: string;
  approval: Approval;
  roles: readonly Role[];
  when?: PromptCondition;
  /** Shared wording. */
  text: LocalisedCopy;
  /** Role-specific wording, replacing `text` for that role. */
  roleText?: Partial<Record<Role, LocalisedCopy>>;
  /** Offered in this order. */
  outcomes: readonly OutcomeCode[];
  /** Offered when the chosen outcome needs a reason. */
  reasons: readonly ReasonCode[];
}

/** A prompt resolved for one role and one page: what the sidebar shows and the record hashes. */
export interface Prompt {
  id: string;
  version: string;
  role: Role;
  approval: Approval;
  /** The role's full wording, every line with its condition: the record hashes this (see text.ts). */
  content: LocalisedCopy;
  /** What is shown on this page: `content` with only the lines whose condition the page meets. */
  text: LocalisedCopy;
  /** The sources of the lines shown, in first-cited order. */
  sources: readonly ResolvedSource[];
  outcomes: readonly OutcomeCode[];
  reasons: readonly ReasonCode[];
}

export interface PromptContext {
  offenceIds: readonly string[];
  categories: readonly OffenceCategory[];
}
