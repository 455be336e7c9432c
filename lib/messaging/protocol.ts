import { z } from 'zod';
import { IMPORT_MAX_CHARS, type ExportFile } from '../record/export-file';
import type { VerifyReport } from '../record/chain';
import type { Result } from '../core/result';
import { appendRequest, CASE_REF_MAX, clientId, MODES, OBSERVATIONS, offenceRef, siteOrigin } from '../record/schema';
import { STAGES } from '../stage/types';
import { ROLES } from '../roles';
import type { AppendValue, CaseStatus, ImportValue, PurgeValue, RecordListing, RecordView } from '../record/store';
import type { CountsRow } from '../record/aggregate';
import { ORGANISATION_MAX, type SummaryFile } from '../record/summary-file';
import { OUTCOME_CODES } from '../prompts/outcomes';
import { pageSummarySchema, type PageDetectedValue, type SidebarContext, type TabStatusValue } from './page-schemas';

/**
 * THE message contract between content scripts / extension pages and the background. One entry per
 * message type: the payload schema (parsed where the message is received), who may send it, and
 * (in `Responses`) what the answer's value is. To add a message: add it here and in `Responses`,
 * then give `handleMessage` a handler for it (see record-handlers.ts).
 *
 * access: "content" = content scripts and extension pages; "page" = extension pages only.
 */
export const PROTOCOL = {
  /** The prompt is named by id, version and language; the background adds the hash of its text (record-handlers.ts). */
  'record.append': { access: 'content', payload: appendRequest },
  /**
   * The page shows an order already entered for a case (lib/stage): record it once, as an observation,
   * never as a user's outcome. The background fills in role and mode; for a content script the site is
   * the sender's own origin, never the payload's.
   */
  'record.observe': {
    access: 'content',
    payload: z.strictObject({
      clientId,
      caseRef: z.string().trim().min(1).max(CASE_REF_MAX),
      site: siteOrigin,
      offence: offenceRef.nullable(),
      observation: z.enum(OBSERVATIONS),
      stage: z.enum(STAGES),
      /**
       * Ignored: sent by scripts from before issue 23. Whether an entry is training is decided by the
       * background from the sender's address (lib/training/training-pages.ts), never by the page.
       */
      training: z.boolean().default(false),
    }),
  },
  'record.caseStatus': {
    access: 'content',
    payload: z.strictObject({ caseRef: z.string().trim().min(1).max(CASE_REF_MAX), mode: z.enum(MODES) }),
  },
  'record.list': {
    access: 'page',
    payload: z.strictObject({
      mode: z.enum([...MODES, 'all']),
      caseRef: z.string().trim().max(CASE_REF_MAX).nullable().default(null),
    }),
  },
  /** The record page: figures and one page of the filtered table (counted in the background). */
  'record.view': {
    access: 'page',
    payload: z.strictObject({
      filter: z.strictObject({
        from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
        to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
        outcome: z.union([z.enum(OUTCOME_CODES), z.literal('')]).optional(),
        offenceId: z.string().max(100).optional(),
        includeTraining: z.boolean(),
        showShown: z.boolean().optional(),
      }),
      caseRef: z.string().trim().max(CASE_REF_MAX).nullable().default(null),
      caseKey: z.string().max(200).nullable().default(null),
      page: z.number().int().min(1).max(1_000_000).default(1),
      pageSize: z.number().int().min(1).max(500).default(50),
    }),
  },
  /** The popup: this month's figures (live record). */
  'record.figures': { access: 'page', payload: z.strictObject({}) },
  /** The summary for managers: counts only (see lib/record/summary-file.ts). */
  'record.summaryExport': {
    access: 'page',
    payload: z.strictObject({
      organisation: z.string().trim().max(ORGANISATION_MAX).nullable().default(null),
      smallNumbers: z.enum(['protected', 'exact']),
    }),
  },
  'record.verify': { access: 'page', payload: z.strictObject({ mode: z.enum(MODES) }) },
  'record.export': { access: 'page', payload: z.strictObject({ includeTraining: z.boolean() }) },
  'record.import': { access: 'page', payload: z.strictObject({ text: z.string().min(1).max(IMPORT_MAX_CHARS) }) },
  /** `maxSeq`: the last training entry the user was shown before confirming (see store.clearTraining). */
  'record.clearTraining': { access: 'page', payload: z.strictObject({ maxSeq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }) },
  'record.purge': { access: 'page', payload: z.strictObject({}) },
  /** The case-page script's findings for its tab (no page text). */
  'page.detected': { access: 'content', payload: pageSummarySchema },
  /** The prefilter could not rule the page out: inject the detector into the sender's frame. */
  'detector.load': { access: 'content', payload: z.strictObject({}) },
  /** The user opened the "possible" indicator: inject the sidebar into the sender's frame. */
  'sidebar.open': { access: 'content', payload: z.strictObject({}) },
  /** Role, training and presenter settings for the sidebar. */
  'sidebar.context': { access: 'content', payload: z.strictObject({}) },
  /** The sidebar's one-question role choice (no role saved yet): saved at once, as Settings would. */
  'settings.setRole': { access: 'content', payload: z.strictObject({ role: z.enum(ROLES) }) },
  /** The training index's demo controls (extension pages only): presenter mode, saved at once. */
  'settings.setPresenter': { access: 'page', payload: z.strictObject({ presenter: z.boolean() }) },
  /** Popup: what the extension knows about a tab. */
  'tab.status': { access: 'page', payload: z.strictObject({ tabId: z.number().int().nonnegative() }) },
  /** Popup / keyboard shortcut: check a tab once (activeTab grant). */
  'tab.check': { access: 'page', payload: z.strictObject({ tabId: z.number().int().nonnegative() }) },
} as const satisfies Record<string, { access: Access; payload: z.ZodType }>;

export type Access = 'content' | 'page';
export type MessageType = keyof typeof PROTOCOL;

export interface Responses {
  'record.append': AppendValue;
  'record.observe': AppendValue;
  'record.caseStatus': CaseStatus;
  'record.list': RecordListing;
  'record.view': RecordView;
  'record.figures': { month: string; thisMonth: CountsRow; totals: CountsRow };
  'record.summaryExport': SummaryFile;
  'record.verify': VerifyReport;
  'record.export': ExportFile;
  'record.import': ImportValue;
  'record.clearTraining': { removed: number };
  'record.purge': PurgeValue;
  'page.detected': PageDetectedValue;
  'detector.load': { injected: boolean };
  'sidebar.open': { injected: boolean };
  'sidebar.context': SidebarContext;
  'settings.setRole': SidebarContext;
  'settings.setPresenter': SidebarContext;
  'tab.status': TabStatusValue;
  'tab.check': TabStatusValue;
}

/** What a sender writes (defaults may be left out). */
export type PayloadInput<K extends MessageType> = z.input<(typeof PROTOCOL)[K]['payload']>;
/** What a handler receives, after parsing. */
export type Payload<K extends MessageType> = z.output<(typeof PROTOCOL)[K]['payload']>;
export type Response<K extends MessageType> = Result<Responses[K]>;

/** The wire form of every message. */
export const envelope = z.strictObject({
  type: z.string().min(1).max(64),
  payload: z.unknown(),
});

export function isMessageType(type: string): type is MessageType {
  return Object.prototype.hasOwnProperty.call(PROTOCOL, type);
}
