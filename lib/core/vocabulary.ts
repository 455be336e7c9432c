/**
 * The words the offence catalogue, the prompts, the detector, the record and the pages all share.
 * They live here, below every one of those layers, so the data (lib/offences, lib/prompts,
 * lib/training) does not have to reach up into the detector for its own vocabulary. Plain arrays, no
 * zod: the content script imports them too.
 */

/** What the detector concluded about a page. */
export const VERDICTS = ['match', 'possible', 'iioc', 'none'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What kind of signal the evidence is, strongest first. Stored in the record (never the text). */
export const EVIDENCE_KINDS = ['cjs-code', 'citation', 'title', 'wording', 'prose'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The offence catalogue's three groups: intimate-image offences, their alternatives, indecent images of children. */
export const OFFENCE_CATEGORIES = ['intimate-image', 'alternative', 'iioc'] as const;
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];
