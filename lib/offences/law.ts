import type { SourceId } from '../prompts/sources';

/**
 * Law that differs by offence, as data: for every catalogue id (lib/offences/catalogue.ts), whether a
 * sexual harm prevention order is available, whether notification follows, whether the complainant has
 * automatic anonymity and who counts as the complainant, whether Sentencing Act 2020 s.154A treats an
 * image as used, and the dates that matter. Each fact carries its sources (ids in lib/prompts/sources.ts).
 *
 * The prompts never restate these facts per offence: they select lines by the tags lawTags() derives
 * from this file, and a table test (tests/unit/offences/law.test.ts) checks every catalogue id has an
 * entry and that no selected prompt line contradicts it.
 *
 * Not in the content script: only prompt selection (sidebar, background, CLI) imports this file.
 *
 * Primary text read (legalize-dev/legalize-uk): Sentencing Act 2020 ss.152-160, 343-346, 359-360;
 * Online Safety Act 2023 Sch 14 paras 2, 15, 16 and s.190; Data (Use and Access) Act 2025 s.138;
 * Voyeurism (Offences) Act 2019 s.1; SI 2007/296 art 3; Domestic Abuse Act 2021 ss.69, 90(2);
 * Sexual Offences (Amendment) Act 1992 s.2; Sexual Offences Act 2003 Sch 3 and Sch 5 (the 2010 text, so
 * later insertions come from the amending Acts above). "not-listed" means no inserting text was found in
 * the Acts read; the prompts tell the user to check the current Schedules before relying on it.
 */

/** Schedule 3/5 listing, for an SHPO (s.345) or for notification (SOA 2003 Part 2). */
export type ListingStatus =
  /** Listed; for an SHPO, Sch 3 conditions about sentence or age are disregarded (s.345(2)). */
  | 'listed'
  /** Listed only for some conduct (a purpose condition, or one subsection of the offence). */
  | 'conditional'
  /** Not listed in the Acts read. */
  | 'not-listed'
  /** Not established either way. */
  | 'unconfirmed';

export type AnonymityStatus = 'automatic' | 'not-automatic' | 'unconfirmed';
/** Who counts as the complainant for the 1992 Act. */
export type Protected = 'complainant' | 'person-threatened' | 'person-shown';
export type DeemingStatus = 'whole-image' | 'connected-image' | 'none';

export interface ListingFact {
  status: ListingStatus;
  /** e.g. "Sch 3 para 33B", "Sch 5 para 61A". */
  paragraph?: string;
  /** The condition, threshold or limb, in plain words. */
  condition?: string;
  sources: readonly SourceId[];
}

export interface OffenceLaw {
  shpo: ListingFact;
  notification: ListingFact;
  anonymity: { status: AnonymityStatus; protects: readonly Protected[]; sources: readonly SourceId[] };
  deeming: { status: DeemingStatus; sources: readonly SourceId[] };
  dates: {
    /** ISO date the offence (as catalogued) came into force. */
    inForce: string;
    /** ISO date of repeal (conduct before it is still charged under it). */
    repealed?: string;
    /** Limbs with their own start date (e.g. the s.33 threats limb). */
    limbs?: readonly { limb: string; from: string; sources: readonly SourceId[] }[];
    /** The offence sits on a date boundary the user should check (old offence / new offence). */
    dateCheck: boolean;
    sources: readonly SourceId[];
  };
}

const SCH3_THRESHOLD =
  'offender under 18: at least 12 months\u2019 imprisonment; otherwise: victim under 18, or imprisonment, a hospital order or a community sentence of at least 12 months';
const IIOC_THRESHOLD = 'images of persons under 16, and the offender 18 or over or sentenced to at least 12 months\u2019 imprisonment';

const NOT_SCH3: ListingFact = { status: 'not-listed', sources: ['soa2003-sch3', 'osa2023-sch14-para16', 'duaa2025-s138'] };
const NO_SHPO_SOA: ListingFact = {
  status: 'not-listed',
  sources: ['sa2020-s345', 'soa2003-sch5', 'osa2023-sch14-para16', 'duaa2025-s138'],
};
const SOA_ANON = { status: 'automatic', protects: ['complainant'], sources: ['soaa1992-s2'] } as const;
const NOT_ANON = { status: 'not-automatic', protects: [], sources: ['soaa1992-s2'] } as const;
const NO_DEEMING = { status: 'none', sources: ['duaa2025-s138'] } as const;
const UNCONFIRMED: ListingFact = { status: 'unconfirmed', sources: ['sa2020-s345', 'soa2003-sch5'] };

function dates(inForce: string, sources: readonly SourceId[], extra: Partial<OffenceLaw['dates']> = {}) {
  return { inForce, dateCheck: false, sources, ...extra };
}

const S66B_DATES = dates('2024-01-31', ['osa2023-s187-188', 'si2024-31'], { dateCheck: true });
const S66E_F_DATES = dates('2026-02-06', ['duaa2025-s138', 'si2026-31'], { dateCheck: true });
/** Dates not on a boundary are documentation (notes.ts, brief §1) and never shown: no sources needed. */
const S67_DATES = dates('2004-05-01', []);

const s66b = (shpo: ListingFact, notification: ListingFact): OffenceLaw => ({
  shpo,
  notification,
  anonymity: SOA_ANON,
  deeming: NO_DEEMING,
  dates: S66B_DATES,
});

const s67 = (): OffenceLaw => ({
  shpo: { status: 'listed', paragraph: 'Sch 3 para 34', sources: ['sa2020-s345', 'soa2003-sch3-para34'] },
  notification: { status: 'listed', paragraph: 'Sch 3 para 34', condition: SCH3_THRESHOLD, sources: ['soa2003-sch3-para34'] },
  anonymity: SOA_ANON,
  deeming: NO_DEEMING,
  dates: S67_DATES,
});

const s67aPurpose = (): OffenceLaw => ({
  shpo: {
    status: 'conditional',
    paragraph: 'Sch 3 para 34A',
    condition: 'only if committed for sexual gratification (s.67A(3)(a)); that purpose condition is not disregarded by s.345(2)',
    sources: ['sa2020-s345', 'soa2003-sch3-para34a'],
  },
  notification: {
    status: 'conditional',
    paragraph: 'Sch 3 para 34A',
    condition: `only if committed for sexual gratification, and ${SCH3_THRESHOLD}`,
    sources: ['soa2003-sch3-para34a', 'voa2019-s1'],
  },
  anonymity: SOA_ANON,
  deeming: NO_DEEMING,
  dates: dates('2019-04-12', ['voa2019-s1']),
});

const BREASTFEEDING_LIMBS_FROM = '2022-06-28';

/** The breastfeeding limbs: whether para 34A was amended to cover them was not read. */
const s67aBreastfeeding = (): OffenceLaw => ({
  shpo: UNCONFIRMED,
  notification: { status: 'unconfirmed', sources: ['soa2003-sch3-para34a', 'pcsca2022-s48'] },
  anonymity: SOA_ANON,
  deeming: NO_DEEMING,
  dates: dates(BREASTFEEDING_LIMBS_FROM, ['pcsca2022-s48'], { dateCheck: true }),
});

const alternative = (shpo: ListingFact, inForce: string): OffenceLaw => ({
  shpo,
  notification: { status: 'not-listed', sources: ['soa2003-sch3'] },
  anonymity: NOT_ANON,
  deeming: NO_DEEMING,
  dates: dates(inForce, []),
});

export const OFFENCE_LAW: Readonly<Record<string, OffenceLaw>> = {
  'cjca2015-s33': {
    shpo: { status: 'not-listed', sources: ['sa2020-s345', 'soa2003-sch3', 'soa2003-sch5'] },
    notification: { status: 'not-listed', sources: ['soa2003-sch3'] },
    anonymity: NOT_ANON,
    deeming: NO_DEEMING,
    dates: {
      inForce: '2015-04-13',
      repealed: '2024-01-31',
      limbs: [{ limb: 'threatening to disclose', from: '2021-06-29', sources: ['daa2021-s69'] }],
      dateCheck: true,
      sources: ['cjca2015-s33', 'osa2023-s190', 'si2024-31'],
    },
  },
  'soa2003-s66a': {
    shpo: { status: 'listed', paragraph: 'Sch 3 para 33A', sources: ['sa2020-s345', 'soa2003-sch3-para33a'] },
    notification: { status: 'listed', paragraph: 'Sch 3 para 33A', condition: SCH3_THRESHOLD, sources: ['soa2003-sch3-para33a', 'osa2023-sch14-para16'] },
    anonymity: SOA_ANON,
    deeming: NO_DEEMING,
    dates: dates('2024-01-31', ['osa2023-s187-188', 'si2024-31'], { dateCheck: true }),
  },
  'soa2003-s66b-1': s66b(NO_SHPO_SOA, NOT_SCH3),
  'soa2003-s66b-2': s66b(NO_SHPO_SOA, NOT_SCH3),
  'soa2003-s66b-3': s66b(
    { status: 'listed', paragraph: 'Sch 3 para 33B', sources: ['sa2020-s345', 'soa2003-sch3-para33b'] },
    { status: 'listed', paragraph: 'Sch 3 para 33B', condition: SCH3_THRESHOLD, sources: ['soa2003-sch3-para33b', 'osa2023-sch14-para16'] },
  ),
  'soa2003-s66b-4': {
    ...s66b(NO_SHPO_SOA, NOT_SCH3),
    anonymity: {
      status: 'automatic',
      protects: ['person-threatened', 'person-shown'],
      sources: ['soaa1992-s2', 'soaa1992-s6-2b'],
    },
  },
  'soa2003-s66e': {
    shpo: NO_SHPO_SOA,
    notification: NOT_SCH3,
    anonymity: SOA_ANON,
    deeming: { status: 'whole-image', sources: ['sa2020-s154a-1-2', 'duaa2025-s138'] },
    dates: S66E_F_DATES,
  },
  'soa2003-s66f-1': {
    shpo: NO_SHPO_SOA,
    notification: NOT_SCH3,
    anonymity: SOA_ANON,
    deeming: { status: 'connected-image', sources: ['sa2020-s154a-3-5', 'duaa2025-s138'] },
    dates: S66E_F_DATES,
  },
  'soa2003-s66f-2': {
    shpo: NO_SHPO_SOA,
    notification: NOT_SCH3,
    anonymity: SOA_ANON,
    deeming: { status: 'connected-image', sources: ['sa2020-s154a-3-5', 'duaa2025-s138'] },
    dates: S66E_F_DATES,
  },
  'soa2003-s67-1': s67(),
  'soa2003-s67-2': s67(),
  'soa2003-s67-3': s67(),
  'soa2003-s67-4': s67(),
  'soa2003-s67a-1': s67aPurpose(),
  'soa2003-s67a-2': s67aPurpose(),
  'soa2003-s67a-2a': s67aBreastfeeding(),
  'soa2003-s67a-2b': s67aBreastfeeding(),
  'mca1988-s1': alternative({ status: 'not-listed', sources: ['sa2020-s345', 'soa2003-sch5'] }, '1988-09-29'),
  'ca2003-s127': alternative(
    {
      status: 'conditional',
      paragraph: 'Sch 5 para 61A',
      condition: 'only s.127(1) is listed',
      sources: ['sa2020-s345', 'soa2003-sch5-para61a'],
    },
    '2003-07-25',
  ),
  'pha1997-s2': alternative(
    { status: 'listed', paragraph: 'Sch 5 para 56A', sources: ['sa2020-s345', 'soa2003-sch5-para56a'] },
    '1997-06-16',
  ),
  'pha1997-s2a': alternative(UNCONFIRMED, '2012-11-25'),
  'pha1997-s4': alternative(
    { status: 'listed', paragraph: 'Sch 5 para 57', sources: ['sa2020-s345', 'soa2003-sch5-para57'] },
    '1997-06-16',
  ),
  'pha1997-s4a': alternative(UNCONFIRMED, '2012-11-25'),
  'sca2015-s76': alternative(UNCONFIRMED, '2015-12-29'),
  'osa2023-s181': alternative(
    { status: 'listed', paragraph: 'Sch 5 para 63E', sources: ['sa2020-s345', 'soa2003-sch5-para63e'] },
    '2024-01-31',
  ),
  'ta1968-s21': alternative(UNCONFIRMED, '1969-01-01'),
  'pca1978-s1': {
    shpo: { status: 'listed', paragraph: 'Sch 3 para 13', sources: ['sa2020-s345', 'soa2003-sch3-para13'] },
    notification: { status: 'listed', paragraph: 'Sch 3 para 13', condition: IIOC_THRESHOLD, sources: ['soa2003-sch3-para13'] },
    anonymity: NOT_ANON,
    deeming: NO_DEEMING,
    dates: dates('1978-08-20', []),
  },
  'cja1988-s160': {
    shpo: { status: 'listed', paragraph: 'Sch 3 para 15', sources: ['sa2020-s345', 'soa2003-sch3-para15'] },
    notification: { status: 'listed', paragraph: 'Sch 3 para 15', condition: IIOC_THRESHOLD, sources: ['soa2003-sch3-para15'] },
    anonymity: NOT_ANON,
    deeming: NO_DEEMING,
    dates: dates('1988-09-29', []),
  },
  'cja2009-s62': {
    shpo: UNCONFIRMED,
    notification: { status: 'unconfirmed', sources: ['soa2003-sch3-para15'] },
    anonymity: NOT_ANON,
    deeming: NO_DEEMING,
    dates: dates('2010-04-06', []),
  },
};

/**
 * A tag is one fact about an offence on the page, "topic:value". Prompts and prompt lines are selected
 * by tags (a line shows when any offence on the page has one of its tags), never by offence ids.
 */
export type LawTag =
  | `shpo:${ListingStatus}`
  | `notification:${ListingStatus}`
  | `anonymity:${AnonymityStatus}`
  | 'anonymity:threat-both'
  | `deeming:${DeemingStatus}`
  | 'date-check'
  | 'date:s67a-breastfeeding';

export const LAW_TAGS: readonly LawTag[] = [
  'shpo:listed',
  'shpo:conditional',
  'shpo:not-listed',
  'shpo:unconfirmed',
  'notification:listed',
  'notification:conditional',
  'notification:not-listed',
  'notification:unconfirmed',
  'anonymity:automatic',
  'anonymity:not-automatic',
  'anonymity:unconfirmed',
  'anonymity:threat-both',
  'deeming:whole-image',
  'deeming:connected-image',
  'deeming:none',
  'date-check',
  'date:s67a-breastfeeding',
];

/** The tags of one offence's law. Throws for an id with no entry: a gap must never pass silently. */
export function tagsOf(law: OffenceLaw): LawTag[] {
  const tags: LawTag[] = [
    `shpo:${law.shpo.status}`,
    `notification:${law.notification.status}`,
    `anonymity:${law.anonymity.status}`,
    `deeming:${law.deeming.status}`,
  ];
  if (law.anonymity.protects.includes('person-threatened')) tags.push('anonymity:threat-both');
  if (law.dates.dateCheck) tags.push('date-check');
  if (law.dates.dateCheck && law.dates.inForce === BREASTFEEDING_LIMBS_FROM) tags.push('date:s67a-breastfeeding');
  return tags;
}

export function lawFor(offenceId: string): OffenceLaw | undefined {
  return OFFENCE_LAW[offenceId];
}

/**
 * Tags of every offence recognised on a page. An id without law data contributes nothing (and the
 * table test fails for it), so a prompt conditioned on a fact is never shown on a guess.
 */
export function lawTags(offenceIds: readonly string[]): Set<LawTag> {
  const tags = new Set<LawTag>();
  for (const id of offenceIds) {
    const law = OFFENCE_LAW[id];
    if (law) for (const tag of tagsOf(law)) tags.add(tag);
  }
  return tags;
}
