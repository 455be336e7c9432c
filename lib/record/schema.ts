import { z } from 'zod';
import { OUTCOME_CODES, OUTCOMES_NEEDING_REASON, REASON_CODES, type OutcomeCode } from '../prompts/outcomes';
import { ROLES } from '../roles';
import { NOTE_MAX } from '../core/record-limits';
import { EVIDENCE_KINDS } from '../core/vocabulary';
import { STAGES } from '../stage/types';

/**
 * The acknowledgement record, version 1. Entries are stored exactly as written and never rewritten:
 * the hash chain is taken over the stored form, and older versions are lifted to the current shape
 * in memory by pure migrations (see migrations.ts). Nothing here holds page text, names or images.
 */
export const RECORD_VERSION = 1;
export const CASE_REF_MAX = 64;

export const MODES = ['live', 'training'] as const;
export type Mode = (typeof MODES)[number];


export const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits');
export const isoTime = z.iso.datetime({ offset: false });
/** Client-generated id that makes a retried append idempotent. */
export const clientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'client id: 8-64 letters, digits, - or _');
const shortId = z.string().min(1).max(100).regex(/^[A-Za-z0-9._:-]+$/, 'id: letters, digits, . _ : -');

/** A site origin such as "https://caseworker.example.gov.uk": scheme + host + port, no path. */
export const siteOrigin = z
  .string()
  .max(300)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
    } catch {
      return false;
    }
  }, 'expected a site origin such as https://host');

export const caseRefStored = z.strictObject({
  /** "hmac": HMAC-SHA256 of the normalised reference with the per-install secret; "clear": the reference itself. */
  type: z.enum(['hmac', 'clear']),
  value: z.string().min(1).max(CASE_REF_MAX),
});
export type StoredCaseRef = z.infer<typeof caseRefStored>;

export const promptRef = z.strictObject({
  id: shortId,
  version: z.string().min(1).max(32),
  /** SHA-256 of the prompt text exactly as shown: proves which wording the user saw. */
  textHash: hex64,
  lang: z.string().min(2).max(16).regex(/^[A-Za-z-]+$/),
});

export const offenceRef = z.strictObject({
  id: shortId,
  evidenceKind: z.enum(EVIDENCE_KINDS),
});

const base = {
  v: z.literal(1),
  seq: z.number().int().min(1),
  recordedAt: isoTime,
  mode: z.enum(MODES),
  clientId,
  extensionVersion: z.string().min(1).max(32),
  prevHash: hex64,
  hash: hex64,
};

const caseFields = {
  role: z.enum(ROLES),
  caseRef: caseRefStored.nullable(),
  site: siteOrigin,
  prompt: promptRef,
  offence: offenceRef.nullable(),
};

/** The prompt was displayed for a case (counts "prompts shown" and "cases recognised"). */
export const shownEntryV1 = z.strictObject({ ...base, kind: z.literal('shown'), ...caseFields });

/** The user recorded an outcome. A correction is an outcome entry that points at the seq it corrects. */
export const outcomeEntryV1 = z.strictObject({
  ...base,
  kind: z.literal('outcome'),
  ...caseFields,
  outcome: z.enum(OUTCOME_CODES),
  reason: z.enum(REASON_CODES).nullable(),
  note: z.string().max(NOTE_MAX).nullable(),
  corrects: z.number().int().min(1).nullable(),
});

/** Left where a retention purge removed the oldest entries, so the remaining chain still verifies. */
export const purgeEntryV1 = z.strictObject({
  ...base,
  kind: z.literal('purge'),
  purge: z.strictObject({
    fromSeq: z.number().int().min(1),
    toSeq: z.number().int().min(1),
    count: z.number().int().min(1),
    /** Hash of the last purged entry: the first remaining entry's prevHash. */
    lastHash: hex64,
  }),
});

/** What the extension itself saw on a page (not anything a user did). */
export const OBSERVATIONS = ['deprivation-order-on-page'] as const;
export type Observation = (typeof OBSERVATIONS)[number];

/**
 * The page showed a result for this case, e.g. "Order for deprivation of rights (other than vehicle)":
 * counted as an order seen, never as a user's outcome. One per case, observation and log (store.ts).
 * Added within version 1: a new kind, so entries already stored keep their shape and need no migration.
 */
export const observationEntryV1 = z.strictObject({
  ...base,
  kind: z.literal('observation'),
  /** The user's role when it was seen (null if none was chosen yet). */
  role: z.enum(ROLES).nullable(),
  caseRef: caseRefStored,
  site: siteOrigin,
  offence: offenceRef.nullable(),
  observation: z.enum(OBSERVATIONS),
  /** The case's stage as the page showed it (lib/stage). */
  stage: z.enum(STAGES),
});

export const entryV1 = z.discriminatedUnion('kind', [shownEntryV1, outcomeEntryV1, purgeEntryV1, observationEntryV1]);

export type ShownEntry = z.infer<typeof shownEntryV1>;
export type OutcomeEntry = z.infer<typeof outcomeEntryV1>;
export type PurgeEntry = z.infer<typeof purgeEntryV1>;
export type ObservationEntry = z.infer<typeof observationEntryV1>;
export type RecordEntry = z.infer<typeof entryV1>;
/** An entry about a prompt shown or acknowledged (not an observation or a purge marker). */
export type CaseEntry = ShownEntry | OutcomeEntry;

/** The head: the last entry's seq and hash, written in the same set() as that entry. */
export const headV1 = z.strictObject({
  v: z.literal(1),
  seq: z.number().int().min(0),
  hash: hex64,
  updatedAt: isoTime,
});
export type RecordHead = z.infer<typeof headV1>;

/**
 * The prompt as a sender names it: id, version and language. The hash of its text is not the sender's
 * to give: the record handler computes it (lib/messaging/record-handlers.ts).
 */
export const promptRequest = promptRef.omit({ textHash: true });

const appendFields = {
  clientId,
  event: z.enum(['shown', 'outcome']),
  /** Replaced by the background from the sender's address (lib/messaging/record-handlers.ts). */
  mode: z.enum(MODES),
  role: z.enum(ROLES),
  /** The case reference as read from the page; hashed (or kept, if the admin chose) before storing. */
  caseRef: z.string().trim().min(1).max(CASE_REF_MAX).nullable(),
  site: siteOrigin,
  offence: offenceRef.nullable(),
  outcome: z.enum(OUTCOME_CODES).nullable().default(null),
  reason: z.enum(REASON_CODES).nullable().default(null),
  note: z.string().trim().max(NOTE_MAX).nullable().default(null),
  corrects: z.number().int().min(1).nullable().default(null),
};

/** A shown event carries nothing else; an outcome is required, and a reason where the outcome needs one. */
function checkEvent(
  input: { event: 'shown' | 'outcome'; outcome: OutcomeCode | null; reason: string | null; note: string | null; corrects: number | null },
  ctx: z.RefinementCtx,
): void {
  if (input.event === 'shown') {
    if (input.outcome !== null || input.reason !== null || input.note !== null || input.corrects !== null) {
      ctx.addIssue({ code: 'custom', message: 'a "shown" event carries no outcome, reason, note or correction' });
    }
    return;
  }
  if (input.outcome === null) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'outcome is required' });
  else if (OUTCOMES_NEEDING_REASON.includes(input.outcome) && input.reason === null) {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: `outcome "${input.outcome}" needs a reason` });
  }
}

/** What the store appends: the request with the prompt's text hash filled in by the background. */
export const appendInput = z.strictObject({ ...appendFields, prompt: promptRef }).superRefine(checkEvent);
export type AppendInput = z.input<typeof appendInput>;
export type ParsedAppendInput = z.output<typeof appendInput>;

/** What a content script or page sends to append (`record.append`). Parsed where it is received (the background). */
export const appendRequest = z.strictObject({ ...appendFields, prompt: promptRequest }).superRefine(checkEvent);
export type AppendRequest = z.input<typeof appendRequest>;
export type PromptRequest = z.output<typeof promptRequest>;

/** What the background asks the store to record for an observation (it fills role and mode itself). */
export const observeInput = z.strictObject({
  clientId,
  mode: z.enum(MODES),
  role: z.enum(ROLES).nullable(),
  /** The case's key (its reference, or a page fingerprint): hashed (or kept, if the admin chose). */
  caseRef: z.string().trim().min(1).max(CASE_REF_MAX),
  site: siteOrigin,
  offence: offenceRef.nullable(),
  observation: z.enum(OBSERVATIONS),
  stage: z.enum(STAGES),
});
export type ObserveInput = z.input<typeof observeInput>;

export const GENESIS_HASH = '0'.repeat(64);
