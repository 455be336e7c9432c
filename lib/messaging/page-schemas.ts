import { z } from 'zod';
import type { Role } from '../roles';

const id = z.string().min(1).max(100).regex(/^[A-Za-z0-9._:-]+$/);
const shortText = z.string().min(1).max(200);

/** `PageSummary` (lib/content/page-summary.ts) as the background accepts it. */
export const pageSummarySchema = z.strictObject({
  verdict: z.enum(['match', 'possible', 'iioc', 'none']),
  offences: z
    .array(
      z.strictObject({
        id,
        title: shortText,
        citation: shortText,
        category: z.enum(['intimate-image', 'alternative', 'iioc']),
        evidenceKind: z.enum(['cjs-code', 'citation', 'title', 'wording', 'prose']),
      }),
    )
    .max(10),
  caseRef: z.string().trim().min(1).max(64).nullable(),
});

export interface PageDetectedValue {
  /** Show the small "possible" tab (sensitivity setting). */
  indicator: boolean;
  /** The sidebar was injected for a match. */
  sidebar: boolean;
}

export interface SidebarContextValue {
  role: Role | null;
  training: boolean;
  presenter: boolean;
  /**
   * The browser's current shortcut for "focus the reminder" (the `focus-sidebar` command), as the
   * browser writes it (e.g. "Alt+Shift+M"); null where the user removed it or the browser cannot say.
   */
  focusShortcut: string | null;
}

export type TabState = 'not-configured' | 'no-match' | 'possible' | 'match' | 'unchecked';

export interface TabStatusValue {
  state: TabState;
  offenceTitle?: string;
  citation?: string;
}
