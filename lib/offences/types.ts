/**
 * Shapes of the offence knowledge (data only). The zod schema in schema.ts mirrors these and is used in
 * tests only: the content script must not carry zod.
 */
import type { OffenceCategory } from '../core/vocabulary';

/**
 * A phrase pattern is a small, restricted regular-expression fragment, matched case-insensitively.
 * A literal space stands for "one to three whitespace characters". Only bounded quantifiers are allowed
 * ({m,n} and ?): the schema test rejects + and * so the combined detector regex cannot backtrack badly.
 * - title: an official offence title or its distinctive core; enough for a 'match'.
 * - wording: charge or statutory wording that is typical but not unique; at most 'possible' alone.
 * - prose: plain-language description ("revenge porn", "upskirting"); at most 'possible'.
 */
export type PhraseKind = 'title' | 'wording' | 'prose';

export interface PhraseSpec {
  pattern: string;
  kind: PhraseKind;
  /**
   * The phrase is a name people give the offence itself ("voyeurism", "upskirting"), not a description
   * of conduct. Used as a charge, plea, conviction or sentence ("pleaded guilty to three counts of
   * voyeurism": CHARGE_CUES in catalogue.ts), it is as strong as the offence's title.
   */
  name?: boolean;
}

/** A machine-readable citation: the Act (id in acts.ts), the section, optionally the subsection. */
export interface CitationSpec {
  act: string;
  /** Omitted: the Act's name alone points at this offence (e.g. the Voyeurism (Offences) Act 2019). */
  section?: string;
  subsection?: string;
}

export interface OffenceEntry {
  /** Stable id, e.g. "soa2003-s66b-2". Stored in the record: never rename. */
  id: string;
  category: OffenceCategory;
  /** Act id from acts.ts. */
  statute: string;
  section: string;
  subsection?: string;
  /** Official titles (CJS / Bichard7 standing data first, then the statutory heading). */
  titles: string[];
  /** Base CJS codes without inchoate suffix; the detector accepts A/B/C/I/E suffixes generically. */
  cjsCodes: string[];
  /** Which (Act, section, subsection) references mean this offence. */
  citations: CitationSpec[];
  /** Chosen when a citation gives the section but no (known) subsection. */
  sectionDefault?: boolean;
  /**
   * The offence that image wording alone points at ("intimate photographs were shared", no offence named):
   * that wording is prose evidence for it. One entry only (tests/unit/offences/catalogue.test.ts).
   */
  imageWordingDefault?: boolean;
  phrases: PhraseSpec[];
  /** Short citation for display, e.g. "SOA 2003 s.66B(2)". */
  citation: string;
}

/** Documentation of an entry (notes.ts; not shipped in the content script). */
export interface OffenceNotes {
  /** Legislation strings as printed on charge sheets, where known. */
  chargeWording?: string[];
  /** Citation forms as people write them (documentation and examples; detection is generic). */
  citationForms: string[];
  /** ISO dates. */
  inForce: string;
  repealed?: string;
  /** Where the fact comes from in ../shared/domain (brief section), and how sure it is. */
  source: string;
}

/** An Act the detector can recognise, including look-alikes (so a section binds to the right Act). */
export interface ActEntry {
  id: string;
  /** Short display name, e.g. "SOA 2003". */
  short: string;
  /** Name patterns without the year (restricted regex, as PhraseSpec.pattern). */
  names: string[];
  /** Abbreviation patterns (restricted regex); matched as whole words. */
  abbreviations?: string[];
  year: string;
  /** A name or abbreviation without a year means this Act (e.g. "Sexual Offences Act" = 2003). */
  yearlessDefault?: boolean;
  /** Abbreviations need the year to be recognised (e.g. "CA 2003", "CJA 1988"). */
  abbreviationNeedsYear?: boolean;
  /** Not England and Wales: same wording, wrong jurisdiction. */
  jurisdiction?: 'scotland' | 'northern-ireland';
  /**
   * legislation.gov.uk prints this Act's text with annotation markers glued to section numbers ("F166B"
   * = F1 + s.66B): a marker after the Act's name may stand for one of its intimate-image sections.
   */
  annotated?: boolean;
}

/**
 * Bounded patterns (PhraseSpec syntax) the detector reads in small windows around evidence it has
 * already found; never scanned for over the whole text. See CHARGE_CUES and friends in catalogue.ts.
 */
export interface ChargeCues {
  /** Words that make an offence name that follows them, in the same clause, a charge, plea, verdict or
   * sentence ("convicted of", "pleaded guilty to", "admitted", "three counts of"). */
  before: string;
  /** Words right after an offence name that make it a charge ("voyeurism charges"). */
  after: string;
  /** Words that end the clause a cue governs ("that", "whether": "he denied that it was voyeurism"). */
  clauseEnd: string;
}

/** Generic phrases not tied to one offence's title (IIOC, image context, media words). */
export type ContextKind = 'image-context' | 'media' | 'intimate-state';

export interface ContextPhrase {
  pattern: string;
  kind: ContextKind;
}
