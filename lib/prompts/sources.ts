import type { PromptSource } from './types';

/**
 * Every link the prompts cite, from /work/shared/domain/legal-brief.md and legal-brief-updates.md.
 * Sentencing Act 2020 section links use the form confirmed in the updates (§C). http links in the
 * brief are given as https on the same host. Cite nothing that the brief does not cite.
 */
const SA2020 = 'https://www.legislation.gov.uk/ukpga/2020/17/section/';

export const SRC = {
  sa2020Chapter: {
    label: 'Sentencing Act 2020, Part 7, Chapter 4 (ss.152 to 160)',
    url: 'https://www.legislation.gov.uk/ukpga/2020/17/part/7/chapter/4',
  },
  sa2020s152: { label: 'Sentencing Act 2020, s.152 (deprivation orders)', url: `${SA2020}152` },
  sa2020s153: { label: 'Sentencing Act 2020, s.153 (when an order is available)', url: `${SA2020}153` },
  sa2020s154A: {
    label: 'Sentencing Act 2020, s.154A (purported intimate images)',
    url: `${SA2020}154A`,
  },
  sa2020s155: { label: 'Sentencing Act 2020, s.155 (value and effect on the offender)', url: `${SA2020}155` },
  sa2020s156: { label: 'Sentencing Act 2020, s.156 (property passes to the police)', url: `${SA2020}156` },
  sa2020s157: { label: 'Sentencing Act 2020, s.157 (claims by owners)', url: `${SA2020}157` },
  sa2020s55: { label: 'Sentencing Act 2020, s.55 (reasons for no compensation order)', url: `${SA2020}55` },
  sa2020s343: { label: 'Sentencing Act 2020, s.343 (sexual harm prevention orders)', url: `${SA2020}343` },
  sa2020s359: { label: 'Sentencing Act 2020, s.359 (restraining orders)', url: `${SA2020}359` },
  sentencingCouncilDeprivation: {
    label: 'Sentencing Council: Deprivation of property order',
    url: 'https://www.sentencingcouncil.org.uk/explanatory-material/magistrates-court/item/deprivation-of-property-order',
  },
  sentencingCouncilS33: {
    label: 'Sentencing Council: Disclosing private sexual images (s.33 guideline)',
    url: 'https://sentencingcouncil.org.uk/offences/crown-court/item/disclosing-private-sexual-images',
  },
  magistratesLawBlog: {
    label: 'Magistrates law blog: Deprivation orders (no application needed)',
    url: 'https://magistrateslaw.blogspot.com/2021/02/deprivation-orders.html',
  },
  cpsNews2025: {
    label: 'CPS news, 25 March 2025: intimate images to be seized from abusers',
    url: 'https://cps.gov.uk/cps/news/non-consensual-intimate-images-set-be-seized-abusers-protect-welfare-victims',
  },
  cpsIioc: {
    label: 'CPS guidance: Indecent and prohibited images of children',
    url: 'https://cps.gov.uk/legal-guidance/indecent-and-prohibited-images-children',
  },
  swgflReport: {
    label: 'SWGfL: why offenders keep their victims\u2019 images after conviction',
    url: 'https://swgfl.org.uk/magazine/why-perpetrators-of-intimate-image-abuse-are-allowed-to-keep-their-victims-images-after-a-conviction',
  },
  wrightHadley: {
    label: 'R v Wright-Hadley [2022] EWCA Crim 446 (commentary)',
    url: 'https://www.casemine.com/commentary/uk/deprivation-orders-and-forensic-evidence:-insights-from-wright-hadley,-r.-v-(2022-ewca-crim-446)/view',
  },
  daniels: {
    label: 'Daniels v R [2024] EWCA Crim 1395',
    url: 'https://caselaw.nationalarchives.gov.uk/ewca/crim/2024/1395',
  },
  danielsDigest: {
    label: 'Case digest of Daniels v R, summarising R v Tan [2024] EWCA Crim 1104',
    url: 'https://caselawdigest.com/court-of-appeal-criminal-division/peter-roger-daniels-v-r',
  },
  dewey: {
    label: 'Dewey v R [2024] EWCA Crim 409 (serve draft orders early)',
    url: 'https://caselaw.nationalarchives.gov.uk/ewca/crim/2024/409',
  },
  policePropertyAct: {
    label: 'Police (Property) Act 1897',
    url: 'https://www.legislation.gov.uk/ukpga/Vict/60-61/30/body?view=plain',
  },
  osaTakedown: {
    label: 'Online Safety Act 2023, s.10 (48-hour takedown of reported intimate images)',
    url: 'https://www.legislation.gov.uk/ukpga/2023/50/section/10',
  },
  cpa2026IntimateImages: {
    label: 'Crime and Policing Act 2026, intimate images (text not checked)',
    url: 'https://www.legislation.gov.uk/ukpga/2026/20/part/5/chapter/4/crossheading/intimate-images-etc',
  },
  cjca2015s33: {
    label: 'Criminal Justice and Courts Act 2015, s.33',
    url: 'https://legislation.gov.uk/ukpga/2015/2/section/33/2021-06-29/data.html',
  },
  soa2003s66B: {
    label: 'Sexual Offences Act 2003, s.66B',
    url: 'https://legislation.gov.uk/ukpga/2003/42/section/66B/data.xht',
  },
  soa2003s66F: {
    label: 'Sexual Offences Act 2003, s.66F',
    url: 'https://www.legislation.gov.uk/ukpga/2003/42/section/66F/data.xht',
  },
  osaCircular: {
    label: 'GOV.UK: Online Safety Act new criminal offences circular',
    url: 'https://www.gov.uk/government/publications/online-safety-act-new-criminal-offences-circular/online-safety-act-new-criminal-offences-circular',
  },
  si2024_31: {
    label: 'SI 2024/31 (Online Safety Act commencement, 31 January 2024)',
    url: 'https://www.legislation.gov.uk/uksi/2024/31',
  },
  duaa2025s138: {
    label: 'Data (Use and Access) Act 2025, s.138',
    url: 'https://www.legislation.gov.uk/ukpga/2025/18/section/138',
  },
  si2026_31: {
    label: 'SI 2026/31 (Data (Use and Access) Act commencement, 6 February 2026)',
    url: 'https://www.legislation.gov.uk/uksi/2026/31',
  },
  commonPlatformResults: {
    label: 'HMCTS Common Platform result definitions (public repository)',
    url: 'https://github.com/hmcts/cpp-context-hearing',
  },
} as const satisfies Record<string, PromptSource>;
