import type { LawTag } from '../offences/law';
import type { SourceId } from './sources';
import type { Approval, LineStatus, PromptDefinition, PromptLine } from './types';

/**
 * The prompts, in the order the sidebar shows them (the decision first, the record check last).
 *
 * Legal content from ../shared/domain (legal-brief.md, corrected by legal-brief-updates.md and by
 * legal-review-2026-12.md with legal-verification-2026-12.md) and from primary legislation read in
 * legalize-dev/legalize-uk (see lib/offences/law.ts for what was read). Every line names its own
 * pinpoint sources and status. Law that differs by offence is never written per offence here: lines
 * carry `when` law tags and show only where an offence on the page has the tag; a line shown under a tag
 * names the offences it is about, so it stays true on a page with several offences.
 *
 * It is not legal advice: every prompt is `draft` until a lawyer's name and date are recorded in its
 * `approval` (README "Legal content"; `npm run review-pack` prints everything for that review).
 * Changing any wording or source means bumping that prompt's `version` and PROMPTS_VERSION
 * (tests/unit/prompts/prompt-versions.test.ts enforces both).
 */

const ALL_ROLES = ['legal-adviser', 'prosecutor', 'trainer'] as const;
const DRAFT: Approval = { state: 'draft' };

function line(status: LineStatus, text: string, ...sources: SourceId[]): PromptLine {
  return { text, sources, status };
}
/** A line shown only where some offence on the page has one of the tags. */
function when(anyTag: LawTag[], l: PromptLine): PromptLine {
  return { ...l, when: { anyTag } };
}

// Lines several prompts share (the same wording everywhere it appears).
const OWN_MOTION = line(
  'statute',
  'The court may make the order of its own motion: s.153(1) makes it available to the court by or before which the offender is convicted, and requires no application.',
  'sa2020-s153-1',
);
const BOTH_COURTS = line(
  'statute',
  'Magistrates\u2019 courts and the Crown Court both have the power, and s.153 sets no limit on the value of the property.',
  'sa2020-s153-1',
  'sentencing-council-deprivation',
);
const ON_CONVICTION = line(
  'statute',
  'An order is possible only on conviction (s.153(1)). Until then, property the police have seized may be retained under PACE s.22 for as long as is necessary in all the circumstances, for example as evidence or for forensic examination; no order is involved.',
  'sa2020-s153-1',
  'pace1984-s22',
);
const PROPERTY = line(
  'statute',
  'Each item must have been lawfully seized from the offender, or in their possession or control when they were apprehended for the offence or a summons was issued (s.153(2)).',
  'sa2020-s153-2',
);
const USE = line(
  'statute',
  'The court must be satisfied each item was used for committing or facilitating any offence, or was intended by the offender to be used for that purpose (s.153(3)).',
  'sa2020-s153-3',
);
const FACILITATING = line(
  'statute',
  '\u201cFacilitating\u201d includes steps after the offence to dispose of property or to avoid apprehension or detection (s.153(4)).',
  'sa2020-s153-4',
);
const POSSESSION = line(
  'statute',
  'Alternatively, no use need be shown where the offence, or an offence taken into consideration, is unlawful possession of the property itself (s.153(5)).',
  'sa2020-s153-5',
);
const VALUE = line(
  'statute',
  'The court must have regard to the value of the property and the likely financial and other effects on the offender, taken together with any other order it contemplates (s.155(1)). The order can be made whatever else the court does (s.155(2)).',
  'sa2020-s155-1',
  'sa2020-s155-2',
);
const TOTALITY = line(
  'case-law',
  'Proportionality matters: weigh the effect of the order alongside the overall sentence. The prosecution must prove the basis of the order to the criminal standard (R v Wright-Hadley).',
  'wright-hadley',
  'daniels',
);
const REPRESENTATIONS = line(
  'statute',
  'Before an order is made of the court\u2019s own motion, invite both parties to address each item, its value and the effect on the defendant: the court must have regard to those matters (s.155(1)).',
  'sa2020-s155-1',
);
const CPS_RELEASE = line(
  'guidance',
  'The CPS news release of 25 March 2025 says prosecutors should consider deprivation orders early in case strategy and ask the court to stop offenders keeping devices that hold intimate images.',
  'cps-news-2025',
);
const CPS_GUIDANCE_WARNING =
  'The CPS Communications Offences guidance itself is not quoted here, only the CPS news release of 25 March 2025 that announced the change. Read the current guidance before citing it to the court.';
const OBSERVER = line(
  'secondary',
  'Reported in February 2025: 3 deprivation orders in 98 intimate-image cases concluded in magistrates\u2019 courts over six months, while such orders were made consistently in indecent-images-of-children cases.',
  'observer-2025',
);
const NO_ONLINE_ACCOUNT = line(
  'unconfirmed',
  'Do not list an online account as an item: no court decision is known on whether an order can reach data held by an online provider (see the prompt on cloud and online copies).',
  'sa2020-s153-2',
);
const SCHEDULES_WARNING =
  'Schedules 3 and 5 to the Sexual Offences Act 2003 have been amended many times, and the Crime and Policing Act 2026 may have added entries. Before telling the court that an SHPO or notification does or does not apply, check the current Schedules on legislation.gov.uk.';
const CPA_2026_WARNING =
  'The Crime and Policing Act 2026 intimate-image provisions (new offences and \u201cdeletion orders\u201d) are reported, not confirmed. Check the Act and its commencement regulations on legislation.gov.uk before relying on them.';

const S154A_SCOPE_WARNING =
  'Not known: whether the Crime and Policing Act 2026 extends s.154A to other intimate-image offences or adds a separate order. Check the current s.154A and the 2026 Act on legislation.gov.uk before telling the court that s.154A does not apply to an offence.';

const DECISION: PromptDefinition = {
  id: 'consider-deprivation-order',
  version: '2.1.0',
  approval: DRAFT,
  roles: ALL_ROLES,
  // The legal adviser's wording: advise the bench, which may act of its own motion.
  text: {
    en: {
      summary: 'Advise the bench that it can make a deprivation order, of its own motion, for the devices used.',
      say: 'The court may make a deprivation order under section 153 of the Sentencing Act 2020 of its own motion; before deciding, it should hear both parties on each item.',
      detail: [OWN_MOTION, BOTH_COURTS, PROPERTY, USE, POSSESSION, VALUE, TOTALITY, REPRESENTATIONS, ON_CONVICTION],
    },
  },
  roleText: {
    prosecutor: {
      en: {
        summary: 'Consider, and plan, an application for a deprivation order over the devices used.',
        say: 'I apply under section 153 of the Sentencing Act 2020 for a deprivation order in respect of exhibits [references], each used to commit this offence.',
        detail: [
          CPS_RELEASE,
          line(
            'guidance',
            'Early (pre-charge, first hearing): identify each device seized or held, ask for each to be examined, and note its exhibit reference for the application.',
            'cps-news-2025',
            'sa2020-s153-2',
          ),
          ON_CONVICTION,
          PROPERTY,
          line(
            'case-law',
            'At sentence, prove for each item that it was used, or intended by the offender to be used, to commit or facilitate an offence (the test: s.153(3)), to the criminal standard (R v Wright-Hadley).',
            'sa2020-s153-3',
            'wright-hadley',
          ),
          POSSESSION,
          line(
            'statute',
            'The court can make the order without an application (s.153(1)), but it relies on the prosecution for the list of items and the evidence.',
            'sa2020-s153-1',
          ),
          VALUE,
        ],
        uncertain: [CPS_GUIDANCE_WARNING],
      },
    },
    trainer: {
      en: {
        summary: 'Teaching point: deprivation orders are rarely made in intimate-image cases.',
        detail: [
          OBSERVER,
          CPS_RELEASE,
          OWN_MOTION,
          BOTH_COURTS,
          line(
            'statute',
            'Walk through s.153: property lawfully seized or held at arrest or summons (s.153(2)); used, or intended by the offender to be used, for an offence (s.153(3)); or unlawful possession of the property itself (s.153(5)).',
            'sa2020-s153-2',
            'sa2020-s153-3',
            'sa2020-s153-5',
          ),
          VALUE,
        ],
        uncertain: [CPS_GUIDANCE_WARNING],
      },
    },
  },
  outcomes: ['raised-with-court', 'prosecution-applying', 'order-made', 'deferred', 'declined', 'not-applicable'],
  reasons: [
    'no-property-seized',
    'device-not-linked',
    'disproportionate',
    'third-party-owner',
    'dealt-with-otherwise',
    'adjourned',
    'not-this-hearing',
    'other',
  ],
};

const DEEMING: PromptDefinition = {
  id: 'deeming-rule-s154a',
  version: '2.1.0',
  approval: DRAFT,
  roles: ALL_ROLES,
  when: { anyTag: ['deeming:whole-image', 'deeming:connected-image'] },
  text: {
    en: {
      summary: 'Deepfakes: s.154A treats the image created (s.66E), or for a request (s.66F) only an image connected with it, as used.',
      detail: [
        when(
          ['deeming:whole-image'],
          line(
            'statute',
            'Creating (s.66E): the purported intimate image, and anything containing it, is treated as used for committing the offence, for s.153 and s.157(3)(b) (s.154A(1)-(2)).',
            'sa2020-s154a-1-2',
          ),
        ),
        when(
          ['deeming:connected-image'],
          line(
            'statute',
            'Requesting (s.66F): only an image connected with the offence, and anything containing it, is treated as used. It must appear to show the person the request was about and have reached the offender\u2019s possession or control because of the request (s.154A(3)-(5)).',
            'sa2020-s154a-3-5',
          ),
        ),
        when(
          ['deeming:connected-image'],
          line(
            'statute',
            'If no such image came back, nothing is treated as used: prove use of each item, such as the phone used to make the request, under s.153(3).',
            'sa2020-s154a-3-5',
            'sa2020-s153-3',
          ),
        ),
        PROPERTY,
        line(
          'statute',
          'In force from 6 February 2026. As enacted it covers only ss.66E and 66F: for s.66A, s.66B, s.67 and s.67A, use must be proved under s.153(3).',
          'si2026-31',
          'duaa2025-s138',
        ),
      ],
      uncertain: [S154A_SCOPE_WARNING],
    },
  },
  outcomes: ['done', 'not-applicable', 'deferred'],
  reasons: ['no-property-seized', 'adjourned', 'not-this-hearing', 'other'],
};

const IDENTIFY: PromptDefinition = {
  id: 'identify-each-device',
  version: '2.0.0',
  approval: DRAFT,
  roles: ALL_ROLES,
  text: {
    en: {
      summary: 'List each device separately, with its exhibit reference.',
      detail: [
        line(
          'statute',
          'The order relates to particular property (s.152). List phones, laptops, tablets, hard drives, memory cards and USB sticks as separate items, each with its exhibit reference, make and model, and IMEI or serial number.',
          'sa2020-s152',
        ),
        PROPERTY,
        NO_ONLINE_ACCOUNT,
        line(
          'case-law',
          'Settle the list of items at the sentencing hearing: a later challenge to the scope of an order failed in Daniels v R.',
          'daniels',
        ),
      ],
    },
  },
  outcomes: ['done', 'not-applicable', 'deferred'],
  reasons: ['no-property-seized', 'adjourned', 'not-this-hearing', 'other'],
};

const WRIGHT_HADLEY_FACTS = line(
  'case-law',
  'In R v Wright-Hadley (voyeurism) only one of several seized drives and cards had been forensically examined, and the Court of Appeal held the statutory test had not been properly applied to the others.',
  'wright-hadley',
);

const EVIDENCE: PromptDefinition = {
  id: 'evidence-device-used',
  version: '2.1.0',
  approval: DRAFT,
  roles: ALL_ROLES,
  text: {
    en: {
      summary: 'Check there is evidence that each device was used for the offence.',
      detail: [
        line(
          'statute',
          'Each item must have been used for committing or facilitating an offence, or intended by the offender to be used for that (s.153(3)): for example taking, storing, sending or threatening with the images.',
          'sa2020-s153-3',
        ),
        line('case-law', 'The prosecution must prove this to the criminal standard, item by item (R v Wright-Hadley).', 'wright-hadley', 'daniels'),
        WRIGHT_HADLEY_FACTS,
        FACILITATING,
        POSSESSION,
      ],
    },
  },
  roleText: {
    prosecutor: {
      en: {
        summary: 'Get evidence that each device was used for the offence.',
        detail: [
          line(
            'case-law',
            'Prove that each item was used, or intended by the offender to be used, to commit or facilitate an offence (the test: s.153(3)), to the criminal standard (R v Wright-Hadley): for example taking, storing, sending or threatening with the images.',
            'sa2020-s153-3',
            'wright-hadley',
          ),
          line(
            'case-law',
            'Ask early for forensic evidence linking each device: devices that were never examined risk being left out (R v Wright-Hadley).',
            'wright-hadley',
          ),
          FACILITATING,
          POSSESSION,
        ],
      },
    },
    trainer: {
      en: {
        summary: 'Teaching point: an order needs evidence that each device was used (R v Wright-Hadley).',
        detail: [
          WRIGHT_HADLEY_FACTS,
          line('case-law', 'The prosecution must prove the basis of the order to the criminal standard, item by item (R v Wright-Hadley).', 'wright-hadley', 'daniels'),
          USE,
          POSSESSION,
        ],
      },
    },
  },
  outcomes: ['done', 'not-applicable', 'deferred', 'declined'],
  reasons: ['device-not-linked', 'no-property-seized', 'adjourned', 'not-this-hearing', 'other'],
};

const VALUE_AND_EFFECT: PromptDefinition = {
  id: 'value-and-effect',
  version: '2.1.0',
  approval: DRAFT,
  roles: ALL_ROLES,
  text: {
    en: {
      summary: 'Consider the value of each item and the effect of the order on the defendant.',
      detail: [
        VALUE,
        TOTALITY,
        REPRESENTATIONS,
        line(
          'statute',
          'If a confiscation order is made, the court must take it into account before making a deprivation order (Proceeds of Crime Act 2002 s.13(2)-(3), signposted by s.155(3)).',
          'poca2002-s13',
          'sa2020-s155-3',
        ),
        line(
          'statute',
          'If confiscation proceedings are postponed, the court must not make a deprivation order when sentencing in the postponement period; it may add one within 28 days after that period ends (Proceeds of Crime Act 2002 s.15(2)-(4), signposted by s.155(3)(b)).',
          'poca2002-s15',
          'sa2020-s155-3',
        ),
      ],
    },
  },
  outcomes: ['done', 'not-applicable', 'deferred'],
  reasons: ['no-property-seized', 'adjourned', 'not-this-hearing', 'other'],
};

const LAWFUL_MATERIAL: PromptDefinition = {
  id: 'lawful-material',
  version: '2.1.0',
  approval: DRAFT,
  roles: ALL_ROLES,
  text: {
    en: {
      summary: 'Lawful material on a device (family photos, work files) need not narrow the order.',
      detail: [
        line(
          'unconfirmed',
          'An order need not be limited to the unlawful material on a device; the court may allow a period for lawful material to be removed before the order takes effect (R v Tan, as cited in Daniels v R).',
          'tan',
          'daniels',
        ),
        line(
          'case-law',
          'Raise the scope of the order at the sentencing hearing: in Daniels v R a challenge brought years later failed.',
          'daniels',
        ),
        line(
          'case-law',
          'One practical model (Daniels v R): the Crown sought the order with a police undertaking to try to return historical material the defendant identified in writing.',
          'daniels',
        ),
        line(
          'unconfirmed',
          'If the court allows a period for lawful material to be removed (R v Tan, as cited in Daniels v R), it is good practice, not a requirement of the case law, to ask that any retrieval is supervised and that no image of the complainant is returned.',
          'tan',
          'daniels',
        ),
      ],
      uncertain: [
        'R v Tan [2024] EWCA Crim 1104 is relied on here only as it is cited in Daniels v R; its facts and exact holding are not set out. Read Tan before relying on it in court.',
      ],
    },
  },
  outcomes: ['done', 'not-applicable', 'deferred'],
  reasons: ['no-property-seized', 'adjourned', 'not-this-hearing', 'other'],
};

const SHPO_NECESSITY = when(
  ['shpo:listed', 'shpo:conditional'],
  line(
    'statute',
    'An SHPO may be made only if necessary to protect the public, or particular people, from sexual harm from the offender (s.346(1)): physical or psychological harm caused by the offender committing a Schedule 3 offence (s.344). Its prohibitions must be necessary for that purpose (s.343(2)).',
    'sa2020-s346',
    'sa2020-s343',
    'sa2020-s344',
  ),
);

const CLOUD: PromptDefinition = {
  id: 'cloud-and-online-copies',
  version: '2.1.0',
  approval: DRAFT,
  roles: ALL_ROLES,
  text: {
    en: {
      summary: 'Cloud and online copies: a deprivation order may not reach them. Consider other routes.',
      detail: [
        line(
          'unconfirmed',
          'No court decision or guidance is known on whether a deprivation order reaches copies held by an online provider: s.153(2) covers property seized from, or held by, the offender.',
          'sa2020-s153-2',
        ),
        line(
          'statute',
          'A restraining order is available on conviction for any offence: it may prohibit the offender from doing anything described in it (s.359(1)), to protect the victim or another person from harassment or conduct causing fear of violence (s.360).',
          'sa2020-s359',
          'sa2020-s360',
        ),
        SHPO_NECESSITY,
        line(
          'unconfirmed',
          'Platforms: regulated user-to-user services are reported to be under a duty from 29 June 2026 to take down content named in an \u201cintimate image content report\u201d within 48 hours, subject to exceptions (Online Safety Act 2023 s.10(3A)-(3B), s.20A).',
          'osa2023-s10',
        ),
        line(
          'unconfirmed',
          'The Crime and Policing Act 2026 is reported to include \u201cdeletion orders\u201d; which offences they follow and whether they reach online copies are not known.',
          'cpa2026',
        ),
      ],
      uncertain: [
        'Known: a deprivation order takes away the offender\u2019s rights in the property it names (s.152). Not known: whether any court order reaches copies held by an online provider, or what the 2026 Act\u2019s deletion orders cover. Check the Crime and Policing Act 2026 and the Online Safety Act 2023 s.10 on legislation.gov.uk before relying on either.',
      ],
    },
  },
  outcomes: ['raised-with-court', 'done', 'not-applicable', 'deferred'],
  reasons: ['dealt-with-otherwise', 'adjourned', 'not-this-hearing', 'other'],
};

const AFTER_ORDER: PromptDefinition = {
  id: 'third-party-owner',
  version: '2.1.0',
  approval: DRAFT,
  roles: ALL_ROLES,
  text: {
    en: {
      summary: 'Owned by someone else? The order removes only the offender\u2019s rights; an owner can claim within 6 months.',
      detail: [
        line(
          'statute',
          'The order deprives the offender of their rights in the property (s.152). It can be made where the item was seized from, or held by, the offender and s.153(3) or (5) applies (s.153(2)).',
          'sa2020-s152',
          'sa2020-s153-2',
        ),
        line('statute', 'After the order the police take the property, if they do not already hold it (s.156(4)).', 'sa2020-s156-4'),
        line(
          'statute',
          'A claimant has 6 months from the order to apply to a magistrates\u2019 court, and must show they did not consent to the offender having it or, for an order under s.153(3), did not know, and had no reason to suspect, that it was likely to be used for committing or facilitating an offence (s.157(3)).',
          'sa2020-s157-3',
        ),
        line(
          'statute',
          'Property not claimed successfully within those 6 months can be disposed of under regulations made under the Police (Property) Act 1897 s.2 (s.158).',
          'sa2020-s158',
          'ppa1897',
        ),
        line(
          'statute',
          'Where compensation would have been ordered but for the offender\u2019s means, the court may also order the proceeds of disposal, up to a sum it specifies, to be paid to the person who suffered injury, loss or damage (s.159).',
          'sa2020-s159',
        ),
      ],
    },
  },
  outcomes: ['done', 'not-applicable', 'deferred'],
  reasons: ['no-property-seized', 'adjourned', 'not-this-hearing', 'other'],
};

const COMPANION: PromptDefinition = {
  id: 'companion-orders',
  version: '2.2.0',
  approval: DRAFT,
  roles: ALL_ROLES,
  text: {
    en: {
      summary: 'Consider the other orders: restraining order, SHPO where available, notification, compensation.',
      detail: [
        line(
          'statute',
          'Restraining order: available on conviction for any offence (s.360); on acquittal, under Protection from Harassment Act 1997 s.5A.',
          'sa2020-s360',
          'pha1997-s5a',
        ),
        when(
          ['shpo:listed'],
          line(
            'statute',
            'SHPO: available on conviction for an offence listed in Schedule 3 or 5 to the Sexual Offences Act 2003 (s.345(1)), such as s.66A, s.66B(3), s.67, s.1 PCA 1978, s.160 CJA 1988, ss.2 and 4 PHA 1997 or s.181 OSA 2023; Schedule 3 conditions about sentence or age are disregarded (s.345(2)).',
            'sa2020-s345',
            'soa2003-sch3-para33a',
            'soa2003-sch3-para33b',
            'soa2003-sch3-para34',
            'soa2003-sch3-para13',
            'soa2003-sch3-para15',
            'soa2003-sch5-para56a',
            'soa2003-sch5-para57',
            'soa2003-sch5-para63e',
          ),
        ),
        when(
          ['shpo:conditional'],
          line(
            'statute',
            'SHPO, listed only in part: s.67A only where committed for sexual gratification (Sch 3 para 34A; that condition is not disregarded); s.127 Communications Act 2003 only under s.127(1) (Sch 5 para 61A).',
            'sa2020-s345',
            'soa2003-sch3-para34a',
            'soa2003-sch5-para61a',
          ),
        ),
        SHPO_NECESSITY,
        when(
          ['shpo:not-listed'],
          line(
            'statute',
            'SHPO: not available on a conviction for s.66B(1), (2) or (4), s.66E or s.66F SOA 2003, s.33 CJCA 2015 or s.1 MCA 1988 alone; none is listed in Schedule 3 or 5 (s.345(1)). Another listed offence in the case may make one available.',
            'sa2020-s345',
            'soa2003-sch3',
            'soa2003-sch5',
            'osa2023-sch14-para16',
            'duaa2025-s138',
          ),
        ),
        when(
          ['shpo:unconfirmed'],
          line(
            'unconfirmed',
            'SHPO: whether s.2A or s.4A PHA 1997, s.76 Serious Crime Act 2015, s.21 Theft Act 1968, s.67A(2A) or (2B) SOA 2003 or s.62 Coroners and Justice Act 2009 is listed in Schedule 3 or 5 is not confirmed: check before advising.',
            'sa2020-s345',
            'soa2003-sch5',
          ),
        ),
        when(
          ['notification:listed'],
          line(
            'statute',
            'Notification follows automatically, subject to thresholds, for s.66A (Sch 3 para 33A), s.66B(3) (para 33B) and s.67 (para 34): for an adult, if the victim was under 18 or the sentence is imprisonment, a hospital order or a community sentence of at least 12 months; for an offender under 18, at least 12 months\u2019 imprisonment.',
            'soa2003-sch3-para33a',
            'soa2003-sch3-para33b',
            'soa2003-sch3-para34',
          ),
        ),
        when(
          ['notification:listed'],
          line(
            'statute',
            'Indecent photographs of children (s.1 PCA 1978, Sch 3 para 13; s.160 CJA 1988, para 15): notification follows where they showed persons under 16 and the offender was 18 or over or is sentenced to at least 12 months\u2019 imprisonment.',
            'soa2003-sch3-para13',
            'soa2003-sch3-para15',
          ),
        ),
        when(
          ['notification:conditional'],
          line(
            'statute',
            'Notification for s.67A follows only if the offence was committed for sexual gratification, with the same thresholds (Sch 3 para 34A).',
            'soa2003-sch3-para34a',
          ),
        ),
        when(
          ['notification:not-listed'],
          line(
            'statute',
            'No notification for s.66B(1), (2) or (4), s.66E, s.66F, s.33 CJCA 2015, or the communications, harassment, blackmail and controlling-behaviour charges: none is in Schedule 3.',
            'soa2003-sch3',
            'osa2023-sch14-para16',
            'duaa2025-s138',
          ),
        ),
        when(
          ['notification:unconfirmed'],
          line(
            'unconfirmed',
            'Whether notification follows for s.67A(2A) or (2B) SOA 2003, or s.62 Coroners and Justice Act 2009, is not confirmed: check Schedule 3.',
            'soa2003-sch3',
          ),
        ),
        when(
          ['anonymity:automatic'],
          line(
            'statute',
            'Anonymity: for offences in Part 1 of the Sexual Offences Act 2003 (ss.66A to 66F, 67 and 67A) the complainant has automatic lifelong anonymity: nothing likely to lead members of the public to identify them as the complainant may be published in their lifetime (SOAA 1992 ss.1(1)-(2), 2(1)(da)).',
            'soaa1992-s1',
            'soaa1992-s2',
          ),
        ),
        when(
          ['anonymity:threat-both'],
          line(
            'statute',
            'For a s.66B(4) threat, both the person threatened and, if different, the person shown count as the complainant (SOAA 1992 s.6(2B)).',
            'soaa1992-s6-2b',
          ),
        ),
        when(
          ['anonymity:not-automatic'],
          line(
            'statute',
            'No automatic anonymity under SOAA 1992 for s.33 CJCA 2015, the communications, harassment, blackmail and controlling-behaviour charges, or the offences about images of children: none is in s.2(1). Consider whether to ask the court for a reporting direction.',
            'soaa1992-s2',
          ),
        ),
        when(
          ['anonymity:unconfirmed'],
          line(
            'unconfirmed',
            'Whether automatic anonymity applies to this offence is not confirmed: check SOAA 1992 s.2 before relying on it.',
            'soaa1992-s2',
          ),
        ),
        line(
          'statute',
          'Compensation: where there is injury, loss or damage and no compensation order is made, the court must give reasons (s.55).',
          'sa2020-s55',
        ),
        line('case-law', 'Serve draft orders in good time, not on the morning of sentence (Dewey v R).', 'dewey'),
      ],
      uncertain: [SCHEDULES_WARNING],
    },
  },
  outcomes: ['raised-with-court', 'prosecution-applying', 'order-made', 'done', 'not-applicable', 'deferred'],
  reasons: ['dealt-with-otherwise', 'adjourned', 'not-this-hearing', 'other'],
};

const DATE_CHECK: PromptDefinition = {
  id: 'offence-date-check',
  version: '2.0.0',
  approval: DRAFT,
  roles: ALL_ROLES,
  when: { anyTag: ['date-check'] },
  text: {
    en: {
      summary: 'Check the offence date matches the offence charged.',
      detail: [
        line(
          'statute',
          's.33 Criminal Justice and Courts Act 2015: conduct from 13 April 2015 up to 30 January 2024. It was repealed from 31 January 2024 (Online Safety Act 2023 s.190; SI 2024/31) but still applies to earlier conduct.',
          'cjca2015-s33',
          'osa2023-s190',
          'si2024-31',
        ),
        line(
          'statute',
          'Threatening to disclose became a s.33 offence only on 29 June 2021 (Domestic Abuse Act 2021 s.69, in force two months after Royal Assent under s.90(2)); a threat before then is not a s.33 offence.',
          'daa2021-s69',
        ),
        line(
          'statute',
          'From 31 January 2024: s.66A (sending a photograph or film of genitals) and s.66B (sharing or threatening to share) Sexual Offences Act 2003.',
          'osa2023-s187-188',
          'si2024-31',
        ),
        line(
          'statute',
          'Creating or requesting a purported intimate image (ss.66E and 66F): from 6 February 2026.',
          'duaa2025-s138',
          'si2026-31',
        ),
        when(
          ['date:s67a-breastfeeding'],
          line(
            'statute',
            'Operating equipment or recording to observe someone breastfeeding (s.67A(2A) and (2B)): from 28 June 2022.',
            'pcsca2022-s48',
          ),
        ),
        line(
          'guidance',
          'The Sentencing Council s.33 guideline still applies to offending before 31 January 2024.',
          'sentencing-council-s33',
        ),
        line(
          'unconfirmed',
          'No Sentencing Council guideline specific to s.66B is known: check the Sentencing Council website before sentence.',
          'sentencing-council-s33',
        ),
        line(
          'unconfirmed',
          'The Crime and Policing Act 2026 is reported to add offences of taking or recording an intimate image (SOA s.66AB) and of copying one shared temporarily (s.66AE), from 29 June 2026.',
          'cpa2026',
        ),
      ],
      uncertain: [CPA_2026_WARNING],
    },
  },
  outcomes: ['done', 'not-applicable', 'deferred'],
  reasons: ['adjourned', 'not-this-hearing', 'other'],
};

const IIOC_CONTRAST: PromptDefinition = {
  id: 'teaching-iioc-contrast',
  version: '2.2.0',
  approval: DRAFT,
  roles: ['trainer'],
  text: {
    en: {
      summary: 'Teaching point: orders are routine in child-image cases; intimate-image cases need evidence of use.',
      detail: [
        OBSERVER,
        line(
          'statute',
          'The orders reported in indecent-images-of-children cases are the same power: s.153. Where the offence, or one taken into consideration, is unlawful possession of the property itself, use need not be shown (s.153(5)).',
          'sa2020-s153-5',
        ),
        line(
          'statute',
          'Separately, the Protection of Children Act 1978 has its own forfeiture procedure for indecent photographs of children, in its Schedule (inserted by the Police and Justice Act 2006, Sch 11).',
          'pca1978-schedule',
        ),
        line(
          'statute',
          'For intimate-image offences the court must be satisfied under s.153(3) that each device was used; as enacted, s.154A treats an image as used only for ss.66E and 66F.',
          'sa2020-s153-3',
          'sa2020-s154a-1-2',
          'duaa2025-s138',
        ),
      ],
      uncertain: [S154A_SCOPE_WARNING],
    },
  },
  outcomes: ['done', 'deferred'],
  reasons: ['adjourned', 'other'],
};

const RESULT: PromptDefinition = {
  id: 'check-result-recorded',
  version: '2.1.0',
  approval: DRAFT,
  roles: ALL_ROLES,
  text: {
    en: {
      summary: 'Check the result is recorded: DEPO, with each item of property listed.',
      detail: [
        line('guidance', 'The result is \u201cOrder for deprivation of rights (other than vehicle)\u201d (DEPO, CJS result 3055).', 'hmcts-depo'),
        line('statute', 'Check the property listed matches the order made, item by item (s.152).', 'sa2020-s152'),
        line(
          'statute',
          'Where the conviction was before 1 December 2020, the order is made under s.143 Powers of Criminal Courts (Sentencing) Act 2000, the earlier power: the Sentencing Code does not apply to those convictions (Sentencing Act 2020 s.2(1)).',
          'pccsa2000-s143',
          'sa2020-s2',
        ),
      ],
    },
  },
  outcomes: ['done', 'not-applicable', 'deferred'],
  reasons: ['no-property-seized', 'dealt-with-otherwise', 'adjourned', 'not-this-hearing', 'other'],
};

export const PROMPT_DEFINITIONS: readonly PromptDefinition[] = [
  DECISION,
  DEEMING,
  IDENTIFY,
  EVIDENCE,
  VALUE_AND_EFFECT,
  LAWFUL_MATERIAL,
  CLOUD,
  AFTER_ORDER,
  COMPANION,
  DATE_CHECK,
  IIOC_CONTRAST,
  RESULT,
];
