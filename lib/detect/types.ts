/** The detector's contract. Shared by the content script, the sidebar, the record and the CLI. */
import type { EvidenceKind, OffenceCategory, Verdict } from '../core/vocabulary';

export interface Evidence {
  kind: EvidenceKind;
  /** The exact text matched, as it appears in the input (for display and highlighting only). */
  text: string;
  /** UTF-16 offsets into the input string: text === input.slice(start, end). */
  start: number;
  end: number;
}

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
  /**
   * Set (true) on a 'match' when the page also has indecent-images-of-children offences (charged, or
   * child images described). The IIOC regime is separate (legal brief §1.3), but the intimate-image
   * offence on the same page still needs its reminder: the sidebar shows it and says that IIOC charges
   * are also present. The IIOC offences are listed in `offences` after the intimate-image ones.
   * Absent (never false) otherwise.
   */
  alsoIioc?: true;
  /**
   * Set (true) when an IIOC charge concerns an identified 16- or 17-year-old and the page names a partner
   * or peer (boyfriend, girlfriend, ex-partner, classmate...): conduct that would be s.66B for an adult,
   * charged as IIOC. Legal brief §1.3 says to still flag it, since a deprivation order is just as
   * relevant: the verdict is then 'match' (the reminder shows), the IIOC offence may be the first in
   * `offences`, and the sidebar should say why ("the image is of a 16- or 17-year-old, charged as
   * IIOC"). Absent (never false) otherwise.
   */
  under18?: true;
}

export interface DetectOptions {
  /** Stop collecting evidence after this many items per offence (default 5). */
  maxEvidencePerOffence?: number;
  /**
   * Text ranges (UTF-16 offsets into the input) that are page chrome: navigation, banners, footers,
   * marquees (pageText reports them). Evidence found only there is weak: at most 'possible', never a
   * 'match' on its own; evidence outside counts in full and is listed (and highlighted) first.
   */
  chrome?: readonly { start: number; end: number }[];
}
