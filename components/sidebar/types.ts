import type { FormEvent } from 'react';
import type { DetectResult } from '../../lib/detect/types';
import type { Prompt } from '../../lib/prompts/types';
import type { OutcomeCode, ReasonCode } from '../../lib/prompts/outcomes';
import type { Role } from '../../lib/roles';

/** The latest acknowledgement of a prompt for this case, as the container knows it. */
export interface PromptStatus {
  outcome: OutcomeCode;
  reason?: ReasonCode;
  /** ISO 8601 instant. */
  at: string;
  /** The prompt version that was acknowledged: a different version means the prompt changed since. */
  promptVersion: string;
}

/** What the user decided for one prompt. A correction is simply a new acknowledgement. */
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
}

export interface SidebarProps {
  detection: DetectResult;
  role: Role;
  prompts: readonly Prompt[];
  statuses: Readonly<Record<string, PromptStatus>>;
  training: boolean;
  presenter: boolean;
  /** The browser shortcut that moves focus into the sidebar (shown in the footer); null if none. */
  focusShortcut?: string | null;
  collapsed: boolean;
  onToggleCollapsed(next: boolean): void;
  onShowEvidence(ref: EvidenceRef): void;
  /**
   * Called with the submit event so that the container can check `event.nativeEvent.isTrusted`.
   * Resolve `{ ok: false, message }` to keep the form as the user left it and show the message.
   */
  onAcknowledge(ack: Acknowledgement, event: FormEvent<HTMLFormElement>): Promise<AcknowledgeResult>;
  onReturnToPage(): void;
  /** Text for the polite live region (e.g. "Recorded: Order made"). */
  announce?: string;
}
