import { z } from 'zod';
import { OUTCOME_CODES, REASON_CODES } from '../prompts/outcomes';
import { ROLES } from '../roles';
import type { CountsRow } from './aggregate';
import { readJsonFile } from './json-file';
import { OFFENCE_GROUPS } from './offence-groups';
import { err, ok, type Result } from '../core/result';

/**
 * The summary for managers: counts only, per UK calendar month, offence group and role. No case
 * references or hashes, no notes, no sites, no time finer than the month. Counts from 1 to 4 are
 * written as "fewer-than-5" unless the user exports for their own use (statistical disclosure
 * control, as for published official statistics). Documented in the README ("Summary for managers").
 */
export const SUMMARY_FORMAT = 'deprivation-order-reminder/summary';
export const SUMMARY_FORMAT_VERSION = 1;
export const SUMMARY_MAX_CHARS = 5_000_000;
export const ORGANISATION_MAX = 100;
export const FEWER_THAN_5 = 'fewer-than-5';

export type SmallNumbers = 'protected' | 'exact';
export type FileCount = number | typeof FEWER_THAN_5;

/** The counts of a summary row, each as `C`: a file's count, or a range once files are combined. */
export interface SummaryCounts<C> {
  casesRecognised: C;
  casesWithDecision: C;
  ordersMade: C;
  ordersSeenOnPage: C;
  deferrals: C;
  outcomes: Record<string, Record<string, C>>;
  declinesByReason: Record<string, C>;
}

export interface SummaryRow extends SummaryCounts<FileCount> {
  month: string;
  offenceGroup: CountsRow['offenceGroup'];
  role: CountsRow['role'];
}

export interface SummaryFile {
  format: typeof SUMMARY_FORMAT;
  formatVersion: typeof SUMMARY_FORMAT_VERSION;
  /** Random: lets the managers' page load the same file once only. */
  exportId: string;
  extensionVersion: string;
  /** The month the file was made, UK time. */
  exportedMonth: string;
  /** Typed by the user (e.g. "Anytown Magistrates' Court"), or null. */
  organisation: string | null;
  smallNumbers: SmallNumbers;
  /** "organisation": case references were hashed with the organisation's key (set by policy). */
  caseRefKey: 'organisation' | 'this-browser';
  rows: SummaryRow[];
}

export function protect(n: number, mode: SmallNumbers): FileCount {
  return mode === 'protected' && n >= 1 && n <= 4 ? FEWER_THAN_5 : n;
}

function protectMap(map: Record<string, number | undefined>, mode: SmallNumbers): Record<string, FileCount> {
  const out: Record<string, FileCount> = {};
  for (const [k, n] of Object.entries(map)) if (n) out[k] = protect(n, mode);
  return out;
}

export function toSummaryRow(row: CountsRow, mode: SmallNumbers): SummaryRow {
  return {
    month: row.month,
    offenceGroup: row.offenceGroup,
    role: row.role,
    casesRecognised: protect(row.casesRecognised, mode),
    casesWithDecision: protect(row.casesWithDecision, mode),
    ordersMade: protect(row.ordersMade, mode),
    ordersSeenOnPage: protect(row.ordersSeenOnPage, mode),
    deferrals: protect(row.deferrals, mode),
    outcomes: Object.fromEntries(Object.entries(row.outcomes).map(([p, byCode]) => [p, protectMap(byCode, mode)])),
    declinesByReason: protectMap(row.declinesByReason, mode),
  };
}

export interface SummaryOptions {
  exportId: string;
  extensionVersion: string;
  exportedMonth: string;
  organisation: string | null;
  smallNumbers: SmallNumbers;
  caseRefKey: SummaryFile['caseRefKey'];
}

export function buildSummaryFile(rows: readonly CountsRow[], options: SummaryOptions): SummaryFile {
  const organisation = options.organisation?.trim().slice(0, ORGANISATION_MAX) || null;
  return {
    format: SUMMARY_FORMAT,
    formatVersion: SUMMARY_FORMAT_VERSION,
    exportId: options.exportId,
    extensionVersion: options.extensionVersion,
    exportedMonth: options.exportedMonth,
    organisation,
    smallNumbers: options.smallNumbers,
    caseRefKey: options.caseRefKey,
    rows: rows.map((r) => toSummaryRow(r, options.smallNumbers)),
  };
}

const count = z.union([z.number().int().min(0).max(1e9), z.literal(FEWER_THAN_5)]);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month, YYYY-MM');
const codeKey = z.string().min(1).max(100).regex(/^[A-Za-z0-9._:-]+$/);
const rowSchema = z.strictObject({
  month,
  offenceGroup: z.enum(OFFENCE_GROUPS),
  role: z.enum(ROLES),
  casesRecognised: count,
  casesWithDecision: count,
  ordersMade: count,
  ordersSeenOnPage: count,
  deferrals: count,
  // Codes are open (newer versions add outcome codes): known ones get labels, others show as written.
  outcomes: z.record(codeKey, z.record(codeKey, count)),
  declinesByReason: z.record(codeKey, count),
});
const fileSchema = z.strictObject({
  format: z.literal(SUMMARY_FORMAT),
  formatVersion: z.literal(SUMMARY_FORMAT_VERSION),
  exportId: z.string().regex(/^[0-9a-f]{32}$/, '32 hex digits'),
  extensionVersion: z.string().min(1).max(32),
  exportedMonth: month,
  organisation: z.string().max(ORGANISATION_MAX).nullable(),
  smallNumbers: z.enum(['protected', 'exact']),
  caseRefKey: z.enum(['organisation', 'this-browser']),
  rows: z.array(rowSchema).max(100_000),
});

/** Known codes, for a check in tests that the schema's open records still cover them. */
export const KNOWN_CODES = { outcomes: OUTCOME_CODES, reasons: REASON_CODES };

/** Reads a summary file. Changes nothing; on failure says why in words a manager can act on. */
export function parseSummaryFile(text: string): Result<SummaryFile> {
  const read = readJsonFile(text, SUMMARY_MAX_CHARS, {
    tooLarge: { code: 'summary-too-large', message: 'The file is too large to be a summary for managers.' },
    notJson: { code: 'summary-damaged', message: 'The file is damaged: it is not readable JSON. Ask for it to be exported again.' },
  });
  if (!read.ok) return read;
  const { json, header } = read.value;
  if (header?.format !== SUMMARY_FORMAT) {
    const record = header?.format === 'deprivation-order-reminder/record';
    return err(
      'summary-not-summary',
      record
        ? 'This is a full acknowledgement record, not a summary for managers. Use "Export summary for managers" on the record page.'
        : 'The file is not a summary for managers from this extension.',
    );
  }
  if (typeof header.formatVersion !== 'number' || header.formatVersion > SUMMARY_FORMAT_VERSION) {
    return err('summary-newer', 'The file was made by a newer version of the extension. Update the extension, then load it again.');
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err('summary-damaged', `The file is damaged (${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}). Ask for it to be exported again.`);
  }
  return ok(parsed.data as SummaryFile);
}
