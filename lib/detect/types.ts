/** The detector's contract. Shared by the content script, the sidebar, the record and the CLI. */

export type Verdict = 'match' | 'possible' | 'iioc' | 'none';

/** What kind of signal the evidence is, strongest first. Stored in the record (never the text). */
export type EvidenceKind = 'cjs-code' | 'citation' | 'title' | 'wording' | 'prose';

export interface Evidence {
  kind: EvidenceKind;
  /** The exact text matched, as it appears in the input (for display and highlighting only). */
  text: string;
  /** UTF-16 offsets into the input string: text === input.slice(start, end). */
  start: number;
  end: number;
}

export type OffenceCategory = 'intimate-image' | 'alternative' | 'iioc';

export interface RecognisedOffence {
  /** Catalogue id, e.g. "soa2003-s66b-2". */
  id: string;
  /** Official title, e.g. "Sharing intimate photograph or film". */
  title: string;
  /** Short citation, e.g. "SOA 2003 s.66B(2)". */
  citation: string;
  category: OffenceCategory;
  /** Strongest evidence first. */
  evidence: Evidence[];
}

export type CaseRefKind = 'urn' | 'court-case';

export interface CaseRef {
  kind: CaseRefKind;
  /** Normalised value (upper case, no spaces), e.g. "01AB2345678". */
  value: string;
  start: number;
  end: number;
}

export interface DetectResult {
  verdict: Verdict;
  /** 0..1 */
  confidence: number;
  /** Strongest first. */
  offences: RecognisedOffence[];
  caseRefs: CaseRef[];
}

export interface DetectOptions {
  /** Stop collecting evidence after this many items per offence (default 5). */
  maxEvidencePerOffence?: number;
}
