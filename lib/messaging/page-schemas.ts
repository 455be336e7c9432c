import { z } from 'zod';
import { EVIDENCE_KINDS, OFFENCE_CATEGORIES, VERDICTS } from '../core/vocabulary';
import type { PageSummary } from '../content/page-summary';
import type { LanguageCode } from '../i18n/languages';
import type { Role } from '../roles';
import { STAGES } from '../stage/types';

const id = z.string().min(1).max(100).regex(/^[A-Za-z0-9._:-]+$/);
const shortText = z.string().min(1).max(200);

/** `PageSummary` (lib/content/page-summary.ts) as the background accepts it. */
export const pageSummarySchema = z.strictObject({
  verdict: z.enum(VERDICTS),
  offences: z
    .array(
      z.strictObject({
        id,
        title: shortText,
        citation: shortText,
        category: z.enum(OFFENCE_CATEGORIES),
        evidenceKind: z.enum(EVIDENCE_KINDS),
      }),
    )
    .max(10),
  caseRef: z.string().trim().min(1).max(64).nullable(),
  /** Older case-page scripts (before stages) send none. */
  cases: z.array(z.strictObject({ stage: z.enum(STAGES), orderOnPage: z.boolean() })).max(20).default([]),
}) satisfies z.ZodType<PageSummary>;

export interface PageDetectedValue {
  /** Show the small "possible" tab (sensitivity setting). */
  indicator: boolean;
  /** The sidebar was injected for a match. */
  sidebar: boolean;
  /** The user's interface language, for the indicator's text. */
  language: LanguageCode;
}

/** What the sidebar (and the training index's demo controls) know about the user's settings. */
export interface SidebarContext {
  role: Role | null;
  /** This page is a training page (decided by the background from the page's address). */
  training: boolean;
  presenter: boolean;
  /** The user's interface language (lib/i18n/languages.ts): the sidebar's text and dates follow it. */
  language: LanguageCode;
  /**
   * The browser's current shortcut for "focus the reminder" (the `focus-sidebar` command), as the
   * browser writes it (e.g. "Alt+Shift+M"); null where the user removed it or the browser cannot say.
   */
  focusShortcut: string | null;
}

export const TAB_STATES = ['not-configured', 'no-match', 'possible', 'match', 'unchecked'] as const;
export type TabState = (typeof TAB_STATES)[number];

/** What the background knows about a tab (`tab.status`, `tab.check`). */
export interface TabStatusValue {
  state: TabState;
  /** Offence title for 'match' (and 'possible' when known), e.g. "Sharing intimate photograph or film". */
  offenceTitle?: string;
  /** e.g. "SOA 2003 s.66B(2)". */
  citation?: string;
  /**
   * Where the matching cases are (lib/stage): every one ended without a conviction, or every one not
   * ended already shows its deprivation order. Absent where a reminder is still due.
   */
  cases?: 'ended' | 'order-entered';
}

/** The popup checks the answer before showing it (an extension page may use zod; content scripts do not). */
export const tabStatusValueSchema = z.strictObject({
  state: z.enum(TAB_STATES),
  offenceTitle: z.string().max(300).optional(),
  citation: z.string().max(100).optional(),
  cases: z.enum(['ended', 'order-entered']).optional(),
}) satisfies z.ZodType<TabStatusValue>;
