import type { Evidence } from '../../lib/detect/types';
import type { Mode } from '../../lib/record/schema';
import type { CaseStatus } from '../../lib/record/store';
import type { AppendInput } from '../../lib/record/schema';
import type { LanguageCode } from '../../lib/i18n/languages';
import type { Role } from '../../lib/roles';
import type { ScanSnapshot } from '../../lib/content/page-scanner';

/** What the sidebar needs to know about the user's settings. */
export interface SidebarContext {
  role: Role | null;
  /** This page is a training page (decided by the background from the page's address). */
  training: boolean;
  presenter: boolean;
  /** The user's interface language: the sidebar's text and dates follow it. */
  language: LanguageCode;
  /** The shortcut that moves focus into the sidebar (a browser command the user can change); null if none. */
  focusShortcut: string | null;
}

export type PortResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/**
 * Everything the sidebar container does outside React goes through these two objects, so the same
 * container runs in a case-system page (content script world) and on the bundled training pages, and
 * in component tests with fakes.
 */
export interface SidebarPort {
  context(): Promise<PortResult<SidebarContext>>;
  caseStatus(caseRef: string, mode: Mode): Promise<PortResult<CaseStatus>>;
  append(input: AppendInput): Promise<PortResult<unknown>>;
  /** Saves the user's role (the sidebar asks when none is set). */
  setRole(role: Role): Promise<PortResult<unknown>>;
  /** Calls back when the settings change (role, training, presenter); returns an unsubscribe. */
  onContextChange?(listener: () => void): () => void;
  /** The page's origin, stored with each entry. */
  site: string;
}

export interface PageBridgeLike {
  snapshot(): ScanSnapshot;
  subscribe(listener: (s: ScanSnapshot) => void): () => void;
  showEvidence(evidence: Evidence): boolean;
  clearHighlight(): void;
}
