import { z } from 'zod';
import type { Result } from '../record/result';

/**
 * Messages the popup sends to the background. The lead merges these into the protocol map in
 * lib/messaging/protocol.ts (payload schemas below, access 'page': only extension pages send them).
 * Names are the ones agreed in issue 6; if the map's dotted style wins ("tab.status"), change
 * them here only — the popup reads these constants.
 */
export const TAB_STATUS = 'tab.status';
export const TAB_CHECK = 'tab.check';
export const POPUP_MESSAGE_TYPES = [TAB_STATUS, TAB_CHECK] as const;

/** The manifest `commands` name for "Check this page"; the popup shows its shortcut. */
export const CHECK_PAGE_COMMAND = 'check-page';

/** What the background knows about a tab. */
export type TabState = 'not-configured' | 'no-match' | 'possible' | 'match' | 'unchecked';

export interface TabStatus {
  state: TabState;
  /** Offence title for 'match' (and 'possible' when known), e.g. "Sharing intimate photograph or film". */
  offenceTitle?: string;
  /** e.g. "SOA 2003 s.66B(2)". */
  citation?: string;
}

export const tabPayloadSchema = z.strictObject({ tabId: z.number().int().nonnegative() });
export type TabPayload = z.infer<typeof tabPayloadSchema>;

export interface TabStatusRequest {
  type: typeof TAB_STATUS;
  payload: TabPayload;
}

/** "Check this page": the background checks the tab once, using the activeTab grant. */
export interface TabCheckRequest {
  type: typeof TAB_CHECK;
  payload: TabPayload;
}

export type PopupRequest = TabStatusRequest | TabCheckRequest;

/** Both messages answer with the tab's status (for 'tab/check', the status after checking). */
export interface PopupResponses {
  'tab/status': TabStatus;
  'tab/check': TabStatus;
}

export const tabStatusSchema = z.object({
  state: z.enum(['not-configured', 'no-match', 'possible', 'match', 'unchecked']),
  offenceTitle: z.string().max(300).optional(),
  citation: z.string().max(100).optional(),
});

const errorSchema = z.object({ code: z.string().max(100), message: z.string().max(500) });
const replySchema = z.union([
  z.object({ ok: z.literal(true), value: tabStatusSchema }),
  z.object({ ok: z.literal(false), error: errorSchema }),
]);

/** The popup checks the background's reply before showing it; null when malformed. */
export function readTabStatusReply(reply: unknown): Result<TabStatus> | null {
  const parsed = replySchema.safeParse(reply);
  return parsed.success ? parsed.data : null;
}
