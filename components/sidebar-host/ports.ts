import type { Result } from '../../lib/core/result';
import type { Evidence } from '../../lib/detect/types';
import type { SidebarContext } from '../../lib/messaging/page-schemas';
import type { Mode } from '../../lib/record/schema';
import type { CaseStatus } from '../../lib/record/store';
import type { AppendRequest } from '../../lib/record/schema';
import type { Role } from '../../lib/roles';
import type { ScanSnapshot } from '../../lib/content/page-scanner';

/**
 * Everything the sidebar container does outside React goes through these two objects, so the same
 * container runs in a case-system page (sidebar.js, which the background injects into the case-page
 * script's isolated world), on the bundled training pages (training-mount.tsx), and in component tests
 * with fakes.
 */
export interface SidebarPort {
  context(): Promise<Result<SidebarContext>>;
  caseStatus(caseRef: string, mode: Mode): Promise<Result<CaseStatus>>;
  append(input: AppendRequest): Promise<Result<unknown>>;
  /** Saves the user's role (the sidebar asks when none is set). */
  setRole(role: Role): Promise<Result<unknown>>;
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
