import type { PromptDefinition } from './types';
import { SRC } from './sources';

/**
 * The prompts, in the order the sidebar shows them (the decision first, the record check last).
 *
 * This is legal content taken from /work/shared/domain (legal-brief.md §4–§6 as corrected by
 * legal-brief-updates.md §C, §C2, §G, §K). It is not legal advice and must be signed off by a
 * qualified lawyer before release. Changing any wording or source means bumping that prompt's
 * `version` and PROMPTS_VERSION (tests/unit/prompts/prompt-versions.test.ts enforces both).
 */

const ALL_ROLES = ['legal-adviser', 'prosecutor', 'trainer'] as const;

/** s.33 CJCA 2015 and ss.66A/66B/66E/66F SOA 2003: the offences whose dates changed. Not 66AB (CPA 2026). */
const DATE_SENSITIVE_OFFENCE = /^(cjca2015-s33|soa2003-s66[abef])(-|$)/;
/** s.154A covers ss.66E/66F only (updates §C2). */
const DEEMING_RULE_OFFENCE = /^soa2003-s66[ef](-|$)/;

export const PROMPT_DEFINITIONS: readonly PromptDefinition[] = [
  {
    id: 'consider-deprivation-order',
    version: '1.0.0',
    roles: ALL_ROLES,
    text: {
      en: {
        summary: 'Consider a deprivation order for the devices used in this offence.',
        detail: [
          'The court can make a deprivation order of its own motion. No prosecution application is needed.',
          'It can cover property lawfully seized from the defendant, or in their possession or control when arrested or summonsed (s.153).',
          'The court must be satisfied the property was used, or intended to be used, to commit or facilitate an offence (s.153(3)).',
          'It must have regard to the value of the property and the effect on the defendant (s.155).',
        ],
      },
    },
    roleText: {
      'legal-adviser': {
        en: {
          summary: 'Advise the bench that it can make a deprivation order for the devices used in this offence.',
          detail: [
            'The bench can make the order of its own motion. No prosecution application is needed.',
            'It must be satisfied, to the criminal standard, that each item was lawfully seized from the defendant, or in their possession or control at arrest or summons (s.153).',
            'It must be satisfied each item was used, or intended to be used, to commit or facilitate an offence (s.153(3)).',
            'It must have regard to value and the effect on the defendant (s.155). The bench should announce each item and its reasons.',
            'If the prosecution has not raised it, you can raise it with the bench and the parties.',
          ],
        },
      },
      prosecutor: {
        en: {
          summary: 'Apply for a deprivation order over the devices used in this offence.',
          detail: [
            'CPS guidance (March 2025): consider deprivation orders early in case strategy and ask the court to stop offenders keeping devices that hold intimate images.',
            'The court can make the order without an application, but it will rely on you for the evidence.',
            'Each item must have been lawfully seized from the defendant, or in their possession or control at arrest or summons (s.153).',
            'You must prove, to the criminal standard, that each item was used or intended to be used for an offence (s.153(3)).',
          ],
        },
      },
      trainer: {
        en: {
          summary: 'Teaching point: deprivation orders are rarely made in intimate-image cases.',
          detail: [
            'Reported in February 2025: 3 deprivation orders in 98 intimate-image cases concluded in magistrates\u2019 courts over six months.',
            'The CPS changed its guidance in March 2025 so that prosecutors consider these orders early and ask for them.',
            'The court can act of its own motion; no application is needed.',
            'Walk through s.153: lawfully seized, or held at arrest or summons; and used, or intended to be used, for an offence.',
          ],
        },
      },
    },
    sources: [
      SRC.sa2020s152,
      SRC.sa2020s153,
      SRC.sa2020s155,
      SRC.sentencingCouncilDeprivation,
      SRC.magistratesLawBlog,
      SRC.cpsNews2025,
      SRC.swgflReport,
    ],
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
  },
  {
    id: 'deeming-rule-s154a',
    version: '1.0.0',
    roles: ALL_ROLES,
    when: { offenceId: DEEMING_RULE_OFFENCE },
    text: {
      en: {
        summary: 'For s.66E or s.66F, the image and anything containing it count as used for the offence.',
        detail: [
          'Sentencing Act 2020 s.154A treats the purported intimate image, and anything containing it, as used for the offence. In force from 6 February 2026.',
          'The device must still have been lawfully seized, or in the defendant\u2019s possession or control at arrest or summons (s.153).',
          'This rule does not apply to s.66A, s.66B, s.67 or s.67A. For those, use must be proved in the usual way.',
        ],
      },
    },
    sources: [SRC.sa2020s154A, SRC.duaa2025s138, SRC.si2026_31, SRC.soa2003s66F],
    outcomes: ['done', 'not-applicable', 'deferred'],
    reasons: ['no-property-seized', 'adjourned', 'not-this-hearing', 'other'],
  },
  {
    id: 'identify-each-device',
    version: '1.0.0',
    roles: ALL_ROLES,
    text: {
      en: {
        summary: 'List each device separately, with its exhibit reference.',
        detail: [
          'Phones, laptops, tablets, hard drives, memory cards and USB sticks are separate items. Cloud accounts are separate too (see the prompt on cloud and online copies).',
          'For each item: exhibit reference, make and model, and IMEI or serial number.',
          'Each item must have been lawfully seized from the defendant, or in their possession or control at arrest or summons (s.153).',
          'The application, and the order, should name each item.',
        ],
      },
    },
    sources: [SRC.sa2020s153, SRC.daniels],
    outcomes: ['done', 'not-applicable', 'deferred'],
    reasons: ['no-property-seized', 'adjourned', 'not-this-hearing', 'other'],
  },
  {
    id: 'evidence-device-used',
    version: '1.0.0',
    roles: ALL_ROLES,
    text: {
      en: {
        summary: 'Check there is evidence that each device was used for the offence.',
        detail: [
          'Each item must have been used, or intended to be used, to commit or facilitate an offence: for example taking, storing, sending or threatening with the images (s.153(3)).',
          'The prosecution must prove this to the criminal standard, item by item.',
          'In R v Wright-Hadley the Court of Appeal found the test had not been properly applied to devices that had not been forensically examined.',
          '\u201cFacilitating\u201d includes later steps to dispose of property or avoid detection (s.153(4)).',
        ],
      },
    },
    roleText: {
      prosecutor: {
        en: {
          summary: 'Get evidence that each device was used for the offence.',
          detail: [
            'You must prove, to the criminal standard, that each item was used or intended to be used to commit or facilitate an offence: for example taking, storing, sending or threatening with the images (s.153(3)).',
            'Get forensic evidence linking each device. Devices that were not examined risk being left out (R v Wright-Hadley).',
            '\u201cFacilitating\u201d includes later steps to dispose of property or avoid detection (s.153(4)).',
          ],
        },
      },
      trainer: {
        en: {
          summary: 'Teaching point: an order needs evidence that each device was used (R v Wright-Hadley).',
          detail: [
            'In R v Wright-Hadley (voyeurism) the order covered several hard drives and SD cards, but only one device had been forensically examined.',
            'The Court of Appeal found the statutory test had not been properly applied to the unexamined devices.',
            'The prosecution must prove the basis of the order to the criminal standard, item by item (s.153(3)).',
          ],
        },
      },
    },
    sources: [SRC.sa2020s153, SRC.wrightHadley, SRC.danielsDigest],
    outcomes: ['done', 'not-applicable', 'deferred', 'declined'],
    reasons: ['device-not-linked', 'no-property-seized', 'adjourned', 'not-this-hearing', 'other'],
  },
  {
    id: 'value-and-effect',
    version: '1.0.0',
    roles: ALL_ROLES,
    text: {
      en: {
        summary: 'Consider the value of each item and the effect of the order on the defendant.',
        detail: [
          'The court must have regard to the value of the property and the likely financial and other effects on the defendant, taken together with any other order it is considering (s.155(1)).',
          'The order can be made whatever else the court does in the sentence (s.155(2)).',
          'Proportionality is relevant (R v Wright-Hadley). Give the defence a chance to comment on the items and their value.',
          'If a confiscation order is made, it must be taken into account first (s.155(3)).',
        ],
      },
    },
    sources: [SRC.sa2020s155, SRC.wrightHadley, SRC.sentencingCouncilDeprivation],
    outcomes: ['done', 'not-applicable', 'deferred'],
    reasons: ['no-property-seized', 'adjourned', 'not-this-hearing', 'other'],
  },
  {
    id: 'lawful-material',
    version: '1.0.0',
    roles: ALL_ROLES,
    text: {
      en: {
        summary: 'Lawful material on a device (family photos, work files) need not narrow the order.',
        detail: [
          'An order need not be limited to the unlawful material on a device.',
          'The court may allow a short, supervised period to recover lawful material, without any images of the victim, before the order takes effect.',
          'Raise the scope of the order at the sentencing hearing (Daniels v R).',
        ],
        uncertain:
          'The judgment in R v Tan was not checked. This point comes from the summary of Tan in Daniels v R.',
      },
    },
    sources: [SRC.danielsDigest, SRC.daniels],
    outcomes: ['done', 'not-applicable', 'deferred'],
    reasons: ['no-property-seized', 'adjourned', 'not-this-hearing', 'other'],
  },
  {
    id: 'cloud-and-online-copies',
    version: '1.0.0',
    roles: ALL_ROLES,
    text: {
      en: {
        summary: 'Cloud and online copies: a deprivation order may not reach them. Consider other routes.',
        detail: [
          'A restraining order or sexual harm prevention order can prohibit possessing or sharing images of the victim.',
          'Police can ask platforms to remove the images. Platforms must take down reported intimate images within 48 hours (Online Safety Act 2023 s.10(3A), in force 29 June 2026).',
          'The victim can be referred to the Revenge Porn Helpline.',
        ],
        uncertain:
          'No authority or guidance was found that a deprivation order reaches copies held by an online provider. The Crime and Policing Act 2026 includes \u201cdeletion orders\u201d: it is enacted, but its text has not been checked here, including whether they reach online copies. Verify before relying on it.',
      },
    },
    sources: [SRC.sa2020s153, SRC.sa2020s359, SRC.sa2020s343, SRC.osaTakedown, SRC.cpa2026IntimateImages],
    outcomes: ['raised-with-court', 'done', 'not-applicable', 'deferred'],
    reasons: ['dealt-with-otherwise', 'adjourned', 'not-this-hearing', 'other'],
  },
  {
    id: 'third-party-owner',
    version: '1.0.0',
    roles: ALL_ROLES,
    text: {
      en: {
        summary: 'Device owned by someone else? The order can still be made; the owner can claim later.',
        detail: [
          'What matters is that the item was seized from, or held by, the defendant and used for an offence (s.153).',
          'After an order, the police hold the property (s.156).',
          'An owner can apply to a magistrates\u2019 court within 6 months of the order. They must show they did not consent to the defendant having it, or did not know and had no reason to suspect it would be used for an offence (s.157).',
        ],
      },
    },
    sources: [SRC.sa2020s153, SRC.sa2020s156, SRC.sa2020s157, SRC.policePropertyAct],
    outcomes: ['done', 'not-applicable', 'deferred'],
    reasons: ['no-property-seized', 'adjourned', 'not-this-hearing', 'other'],
  },
  {
    id: 'companion-orders',
    version: '1.0.0',
    roles: ALL_ROLES,
    text: {
      en: {
        summary: 'Consider the other orders: restraining order, SHPO, notification and compensation.',
        detail: [
          'Restraining order on conviction (Sentencing Act 2020 s.359), or on acquittal (Protection from Harassment Act 1997 s.5A).',
          'Sexual harm prevention order (Sentencing Act 2020 s.343 onwards). No application is needed. Drafts should be served early (Dewey v R).',
          'Notification is automatic for some offences, subject to thresholds (Sexual Offences Act 2003 Schedule 3: for example s.66A, s.66B(3), s.67 and s.67A). The court should state it.',
          'Compensation: if there is injury, loss or damage and no compensation order is made, the court must give reasons (s.55).',
          'The victim has anonymity. Never name them.',
        ],
        uncertain:
          'Whether the newest offences (ss.66E and 66F, and the Crime and Policing Act 2026 offences) carry notification has not been checked.',
      },
    },
    sources: [SRC.sa2020s359, SRC.sa2020s343, SRC.sa2020s55, SRC.dewey],
    outcomes: ['raised-with-court', 'prosecution-applying', 'order-made', 'done', 'not-applicable', 'deferred'],
    reasons: ['dealt-with-otherwise', 'adjourned', 'not-this-hearing', 'other'],
  },
  {
    id: 'offence-date-check',
    version: '1.0.0',
    roles: ALL_ROLES,
    when: { offenceId: DATE_SENSITIVE_OFFENCE },
    text: {
      en: {
        summary: 'Check the offence date matches the offence charged.',
        detail: [
          'Conduct up to 30 January 2024: s.33 Criminal Justice and Courts Act 2015. It was repealed from 31 January 2024 but still applies to earlier conduct.',
          'Conduct from 31 January 2024: s.66B (sharing or threatening to share) or s.66A (sending) Sexual Offences Act 2003.',
          'Creating or requesting a purported intimate image (ss.66E and 66F): from 6 February 2026.',
          'The Sentencing Council s.33 guideline still applies to offending before 31 January 2024.',
        ],
      },
    },
    sources: [
      SRC.cjca2015s33,
      SRC.soa2003s66B,
      SRC.osaCircular,
      SRC.si2024_31,
      SRC.sentencingCouncilS33,
      SRC.si2026_31,
    ],
    outcomes: ['done', 'not-applicable', 'deferred'],
    reasons: ['adjourned', 'not-this-hearing', 'other'],
  },
  {
    id: 'teaching-iioc-contrast',
    version: '1.0.0',
    roles: ['trainer'],
    text: {
      en: {
        summary: 'Teaching point: images of children have their own forfeiture route; intimate images do not.',
        detail: [
          'For indecent images of children, the Protection of Children Act 1978 Schedule gives police a separate forfeiture route, including devices that cannot be separated from the images.',
          'For intimate-image offences the court must use the general deprivation power (s.153), which needs evidence that each device was used.',
          'The exception is s.154A, for s.66E and s.66F only.',
        ],
      },
    },
    sources: [SRC.cpsIioc, SRC.sa2020s153, SRC.sa2020s154A],
    outcomes: ['done', 'deferred'],
    reasons: ['adjourned', 'other'],
  },
  {
    id: 'check-result-recorded',
    version: '1.0.0',
    roles: ALL_ROLES,
    text: {
      en: {
        summary: 'Check the result is recorded: DEPO, with each item of property listed.',
        detail: [
          'The result is \u201cOrder for deprivation of rights (other than vehicle)\u201d (DEPO, CJS result 3055).',
          'Check the property listed matches the order made, item by item, with the reasons.',
          'Older results may cite s.143 Powers of Criminal Courts (Sentencing) Act 2000, the earlier power.',
        ],
      },
    },
    sources: [SRC.sa2020s152, SRC.commonPlatformResults],
    outcomes: ['done', 'not-applicable', 'deferred'],
    reasons: ['no-property-seized', 'dealt-with-otherwise', 'adjourned', 'not-this-hearing', 'other'],
  },
];
