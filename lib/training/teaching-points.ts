/**
 * Teaching points for the training mode, per role (legal-brief.md §6.1). The wording lives in
 * lib/i18n/messages/en/training.json (so a component can show it through t()); this file holds the
 * structure: which points each role gets, and the source of each point. `status` says how sure the
 * domain research is, so the UI never presents an open question as settled law.
 */
import type { Role } from '../roles';

export type SourceStatus = 'statute' | 'case-law' | 'secondary' | 'uncertain';

export interface TeachingSource {
  label: string;
  url: string;
}

export interface TeachingPoint {
  id: string;
  /** Key of the English text in lib/i18n/messages/en/training.json. */
  messageKey: string;
  status: SourceStatus;
  sources: readonly TeachingSource[];
}

export const TEACHING_POINTS: readonly TeachingPoint[] = [
  {
    id: 'three-in-98',
    messageKey: 'training_tp_three_in_98',
    status: 'secondary',
    sources: [
      {
        label: 'Observer report, Feb 2025 (mirror)',
        url: 'http://richardhartley.com/2025/02/revenge-porn-abusers-allowed-to-keep-devices-with-illicit-images',
      },
      {
        label: 'SWGfL',
        url: 'https://swgfl.org.uk/magazine/why-perpetrators-of-intimate-image-abuse-are-allowed-to-keep-their-victims-images-after-a-conviction',
      },
    ],
  },
  {
    id: 'cps-2025',
    messageKey: 'training_tp_cps_2025',
    status: 'secondary',
    sources: [
      {
        label: 'CPS news, 25 Mar 2025',
        url: 'https://cps.gov.uk/cps/news/non-consensual-intimate-images-set-be-seized-abusers-protect-welfare-victims',
      },
    ],
  },
  {
    id: 's153-conditions',
    messageKey: 'training_tp_s153_conditions',
    status: 'statute',
    sources: [
      { label: 'Sentencing Act 2020 s.153', url: 'https://www.legislation.gov.uk/ukpga/2020/17/section/153' },
      {
        label: 'Sentencing Council: deprivation of property order',
        url: 'https://www.sentencingcouncil.org.uk/explanatory-material/magistrates-court/item/deprivation-of-property-order',
      },
    ],
  },
  {
    id: 'own-motion',
    messageKey: 'training_tp_own_motion',
    status: 'secondary',
    sources: [
      { label: 'Sentencing Act 2020 s.153', url: 'https://www.legislation.gov.uk/ukpga/2020/17/section/153' },
      { label: 'magistrateslaw blog, Feb 2021', url: 'https://magistrateslaw.blogspot.com/2021/02/deprivation-orders.html' },
    ],
  },
  {
    id: 's155-value-effects',
    messageKey: 'training_tp_s155_value_effects',
    status: 'statute',
    sources: [{ label: 'Sentencing Act 2020 s.155', url: 'https://www.legislation.gov.uk/ukpga/2020/17/section/155' }],
  },
  {
    id: 'wright-hadley',
    messageKey: 'training_tp_wright_hadley',
    status: 'case-law',
    sources: [
      { label: 'R v Wright-Hadley [2022] EWCA Crim 446 (BAILII mirror)', url: 'https://149725.o7eteavr.asia/ew/cases/EWCA/Crim/2022/446.html' },
      { label: 'Daniels v R [2024] EWCA Crim 1395', url: 'https://caselaw.nationalarchives.gov.uk/ewca/crim/2024/1395' },
    ],
  },
  {
    id: 'device-schedule',
    messageKey: 'training_tp_device_schedule',
    status: 'secondary',
    sources: [
      { label: 'Sentencing Act 2020 s.153(2)', url: 'https://www.legislation.gov.uk/ukpga/2020/17/section/153' },
      {
        label: 'CPS news, 25 Mar 2025',
        url: 'https://cps.gov.uk/cps/news/non-consensual-intimate-images-set-be-seized-abusers-protect-welfare-victims',
      },
    ],
  },
  {
    id: 'tan-daniels-lawful-material',
    messageKey: 'training_tp_tan_daniels',
    status: 'case-law',
    sources: [
      { label: 'Daniels v R [2024] EWCA Crim 1395', url: 'https://caselaw.nationalarchives.gov.uk/ewca/crim/2024/1395' },
      {
        label: 'Digest of Daniels citing R v Tan [2024] EWCA Crim 1104 (Tan itself not checked)',
        url: 'https://caselawdigest.com/court-of-appeal-criminal-division/peter-roger-daniels-v-r',
      },
    ],
  },
  {
    id: 'cloud-copies-uncertain',
    messageKey: 'training_tp_cloud_uncertain',
    status: 'uncertain',
    sources: [
      { label: 'No authority found (research gap)', url: 'https://www.legislation.gov.uk/ukpga/2020/17/section/153' },
      { label: 'Online Safety Act 2023 s.10(3A) takedown duty', url: 'https://www.legislation.gov.uk/ukpga/2023/50/section/10' },
    ],
  },
  {
    id: 's154a-deepfakes',
    messageKey: 'training_tp_s154a',
    status: 'statute',
    sources: [
      { label: 'Data (Use and Access) Act 2025 s.138(6)', url: 'https://www.legislation.gov.uk/ukpga/2025/18/section/138' },
      { label: 'SI 2026/31 (in force 6 Feb 2026)', url: 'https://www.legislation.gov.uk/uksi/2026/31' },
    ],
  },
  {
    id: 'date-boundary',
    messageKey: 'training_tp_date_boundary',
    status: 'statute',
    sources: [
      { label: 'Online Safety Act 2023 s.190 (repeal of s.33 CJCA 2015)', url: 'https://www.legislation.gov.uk/ukpga/2023/50/section/190' },
      { label: 'SI 2024/31 (commencement 31 Jan 2024)', url: 'https://www.legislation.gov.uk/uksi/2024/31' },
      {
        label: 'Sentencing Council: s.33 guideline',
        url: 'https://sentencingcouncil.org.uk/offences/crown-court/item/disclosing-private-sexual-images',
      },
    ],
  },
  {
    id: 'iioc-contrast',
    messageKey: 'training_tp_iioc_contrast',
    status: 'statute',
    sources: [
      { label: 'Police and Justice Act 2006 Sch 11', url: 'http://legislation.gov.uk/ukpga/2006/48/schedule/11/data.akn' },
      { label: 'CPS: indecent and prohibited images of children', url: 'https://cps.gov.uk/legal-guidance/indecent-and-prohibited-images-children' },
    ],
  },
  {
    id: 'result-recorded',
    messageKey: 'training_tp_result_recorded',
    status: 'secondary',
    sources: [
      {
        label: 'Common Platform result definitions (hmcts/cpp-context-hearing): DEPO, CJS 3055',
        url: 'https://github.com/hmcts/cpp-context-hearing',
      },
    ],
  },
];

/** Which points each role's demonstration draws out, in teaching order. */
export const TEACHING_POINTS_BY_ROLE: Readonly<Record<Role, readonly string[]>> = {
  'legal-adviser': [
    'own-motion',
    's153-conditions',
    's155-value-effects',
    'wright-hadley',
    'tan-daniels-lawful-material',
    'cloud-copies-uncertain',
    'date-boundary',
    'result-recorded',
  ],
  prosecutor: [
    'cps-2025',
    's153-conditions',
    'device-schedule',
    'wright-hadley',
    'tan-daniels-lawful-material',
    'cloud-copies-uncertain',
    's154a-deepfakes',
  ],
  trainer: [
    'three-in-98',
    'cps-2025',
    's153-conditions',
    'wright-hadley',
    'tan-daniels-lawful-material',
    'cloud-copies-uncertain',
    'date-boundary',
    'iioc-contrast',
  ],
};

export function teachingPointsFor(role: Role): TeachingPoint[] {
  return TEACHING_POINTS_BY_ROLE[role].map((id) => {
    const point = TEACHING_POINTS.find((p) => p.id === id);
    if (!point) throw new Error(`Unknown teaching point: ${id}`);
    return point;
  });
}
