import type { FormEvent } from 'react';
import type { DetectResult, RecognisedOffence } from '../../lib/detect/types';
import type { Prompt } from '../../lib/prompts/types';
import type { OutcomeCode, ReasonCode } from '../../lib/prompts/outcomes';
import type { Role } from '../../lib/roles';
import type { CasePlan } from '../../lib/stage/types';

/** The latest acknowledgement of a prompt for this case, as the container knows it (from the record's `PromptStatus`, lib/record/store.ts, and what was just recorded). */
export interface LatestAcknowledgement {
  outcome: OutcomeCode;
  reason?: ReasonCode;
  /** ISO 8601 instant. */
  at: string;
  /** The prompt version that was acknowledged: a different version means the prompt changed since. */
  promptVersion: string;
}

/**
 * What the user decided for one prompt. Whether it corrects the last answer or follows on from it
 * (raised with the bench, then the order made) is the container's call (lib/prompts/outcomes.ts).
 */
export interface Acknowledgement {
  promptId: string;
  promptVersion: string;
  outcome: OutcomeCode;
  reason?: ReasonCode;
  /** Private note, at most 500 characters, trimmed; absent when empty. */
  note?: string;
}

export type AcknowledgeResult = { ok: true } | { ok: false; message: string };

/** Which piece of evidence to highlight on the page. */
export interface EvidenceRef {
  offenceId: string;
  evidenceIndex: number;
  /** The case whose evidence it is (one offence can appear in several cases on a list). */
  caseKey?: string;
}

/** One matching case as the sidebar shows it: what the container worked out from the page and the record. */
export interface CaseView {
  /** Keys the record (lib/stage/types.ts PageCase.key). */
  key: string;
  /** The reference as the page prints it; null when the page shows none. */
  ref: string | null;
  offences: readonly RecognisedOffence[];
  plan: CasePlan;
  /** Several defendants on the case, and how many have the deprivation order on the page (lib/stage/read.ts). */
  defendants?: { count: number; withOrder: number };
  /** The decision prompt for the user's role, when the plan shows it. */
  decision: Prompt | undefined;
  /** The supporting points, in data order. */
  checklist: readonly Prompt[];
  statuses: Readonly<Record<string, LatestAcknowledgement>>;
}

export type Submit = FormEvent<HTMLFormElement>;

export interface SidebarProps {
  detection: DetectResult;
  /** Null: the user has not said who they are yet, so the sidebar asks before anything else. */
  role: Role | null;
  cases: readonly CaseView[];
  /** One-line notes about what else the page holds (indecent images of children also charged...). */
  notes?: readonly string[];
  training: boolean;
  presenter: boolean;
  /** The browser shortcut that moves focus into the sidebar (shown in the footer); null if none. */
  focusShortcut?: string | null;
  collapsed: boolean;
  onToggleCollapsed(next: boolean): void;
  onShowEvidence(ref: EvidenceRef): void;
  /**
   * Called with the submit event so that the container can check it came from a real click or key.
   * Resolve `{ ok: false, message }` to keep the form as the user left it and show the message.
   */
  onAcknowledge(caseKey: string, ack: Acknowledgement, event: Submit): Promise<AcknowledgeResult>;
  onChooseRole(role: Role, event: Submit): Promise<AcknowledgeResult>;
  /** A case's section is on screen: the container logs which prompts were shown. */
  onCaseShown(caseKey: string): void;
  onReturnToPage(): void;
  /** Text for the polite live region (e.g. "Recorded: Order made"). */
  announce?: string;
}
