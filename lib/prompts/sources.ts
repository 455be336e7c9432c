import type { PromptSource } from './types';

/**
 * Every source the prompts, the offence law data (lib/offences/law.ts) and the training material cite,
 * by id. Each entry is a pinpoint (section and subsection, schedule paragraph, or case), so a line of
 * prompt detail can name exactly what it rests on.
 *
 * House rules (issue 14; ux-walkthrough problem 7): only official hosts are linked
 * (legislation.gov.uk, caselaw.nationalarchives.gov.uk, sentencingcouncil.org.uk, cps.gov.uk, gov.uk).
 * No blog, commentary, case digest, code repository or mirror is ever linked or shown. A source that
 * has no official page we can link (a newspaper report, a judgment not on the National Archives) is
 * named without a link. A test (tests/unit/prompts/sources.test.ts) enforces the host list.
 */
const SA2020 = 'https://www.legislation.gov.uk/ukpga/2020/17/section/';
const SOA2003 = 'https://www.legislation.gov.uk/ukpga/2003/42/';
const NA = 'https://caselaw.nationalarchives.gov.uk/';

const SOURCE_DATA = {
  // Sentencing Act 2020, Part 7 Chapter 4 (deprivation orders), read in legalize-dev/legalize-uk uk/ukpga-2020-17.md.
  'sa2020-s2': { label: 'Sentencing Act 2020, s.2(1) (the Code applies to convictions from 1 December 2020)', url: `${SA2020}2`, kind: 'legislation' },
  'sa2020-s152': { label: 'Sentencing Act 2020, s.152', url: `${SA2020}152`, kind: 'legislation' },
  'sa2020-s153-1': { label: 'Sentencing Act 2020, s.153(1)', url: `${SA2020}153`, kind: 'legislation' },
  'sa2020-s153-2': { label: 'Sentencing Act 2020, s.153(2)', url: `${SA2020}153`, kind: 'legislation' },
  'sa2020-s153-3': { label: 'Sentencing Act 2020, s.153(3)', url: `${SA2020}153`, kind: 'legislation' },
  'sa2020-s153-4': { label: 'Sentencing Act 2020, s.153(4)', url: `${SA2020}153`, kind: 'legislation' },
  'sa2020-s153-5': { label: 'Sentencing Act 2020, s.153(5)', url: `${SA2020}153`, kind: 'legislation' },
  'sa2020-s154a-1-2': {
    label: 'Sentencing Act 2020, s.154A(1)-(2) (inserted by Data (Use and Access) Act 2025, s.138(6))',
    url: `${SA2020}154A`,
    kind: 'legislation',
  },
  'sa2020-s154a-3-5': {
    label: 'Sentencing Act 2020, s.154A(3)-(5) (inserted by Data (Use and Access) Act 2025, s.138(6))',
    url: `${SA2020}154A`,
    kind: 'legislation',
  },
  'sa2020-s155-1': { label: 'Sentencing Act 2020, s.155(1)', url: `${SA2020}155`, kind: 'legislation' },
  'sa2020-s155-2': { label: 'Sentencing Act 2020, s.155(2)', url: `${SA2020}155`, kind: 'legislation' },
  'sa2020-s155-3': { label: 'Sentencing Act 2020, s.155(3)', url: `${SA2020}155`, kind: 'legislation' },
  'sa2020-s156-4': { label: 'Sentencing Act 2020, s.156(4)', url: `${SA2020}156`, kind: 'legislation' },
  'sa2020-s157-3': { label: 'Sentencing Act 2020, s.157(2)-(3)', url: `${SA2020}157`, kind: 'legislation' },
  'sa2020-s158': { label: 'Sentencing Act 2020, s.158', url: `${SA2020}158`, kind: 'legislation' },
  'sa2020-s159': { label: 'Sentencing Act 2020, s.159', url: `${SA2020}159`, kind: 'legislation' },
  'sa2020-s55': { label: 'Sentencing Act 2020, s.55', url: `${SA2020}55`, kind: 'legislation' },
  'sa2020-s343': { label: 'Sentencing Act 2020, s.343(2)', url: `${SA2020}343`, kind: 'legislation' },
  'sa2020-s344': { label: 'Sentencing Act 2020, s.344(1)-(2)', url: `${SA2020}344`, kind: 'legislation' },
  'sa2020-s345': { label: 'Sentencing Act 2020, s.345(1)-(2)', url: `${SA2020}345`, kind: 'legislation' },
  'sa2020-s346': { label: 'Sentencing Act 2020, s.346(1)', url: `${SA2020}346`, kind: 'legislation' },
  'sa2020-s359': { label: 'Sentencing Act 2020, s.359(1)', url: `${SA2020}359`, kind: 'legislation' },
  'sa2020-s360': { label: 'Sentencing Act 2020, s.360(1)-(2)', url: `${SA2020}360`, kind: 'legislation' },
  'pha1997-s5a': {
    label: 'Protection from Harassment Act 1997, s.5A',
    url: 'https://www.legislation.gov.uk/ukpga/1997/40/section/5A',
    kind: 'legislation',
  },
  'pccsa2000-s143': {
    label: 'Powers of Criminal Courts (Sentencing) Act 2000, s.143',
    url: 'https://www.legislation.gov.uk/ukpga/2000/6/section/143',
    kind: 'legislation',
  },
  'poca2002-s13': {
    label: 'Proceeds of Crime Act 2002, s.13(2)-(3)',
    url: 'https://www.legislation.gov.uk/ukpga/2002/29/section/13',
    kind: 'legislation',
  },
  'poca2002-s15': {
    label: 'Proceeds of Crime Act 2002, s.15(2)-(4)',
    url: 'https://www.legislation.gov.uk/ukpga/2002/29/section/15',
    kind: 'legislation',
  },
  'pace1984-s22': {
    label: 'Police and Criminal Evidence Act 1984, s.22(1)-(2)',
    url: 'https://www.legislation.gov.uk/ukpga/1984/60/section/22',
    kind: 'legislation',
  },
  ppa1897: {
    label: 'Police (Property) Act 1897, s.2',
    url: 'https://www.legislation.gov.uk/ukpga/Vict/60-61/30',
    kind: 'legislation',
  },
  // Sexual Offences Act 2003 Schedules 3 and 5 and the Acts that inserted the entries.
  'soa2003-sch3': { label: 'Sexual Offences Act 2003, Schedule 3 (notification offences)', url: `${SOA2003}schedule/3`, kind: 'legislation' },
  'soa2003-sch5': { label: 'Sexual Offences Act 2003, Schedule 5 (other offences for an SHPO)', url: `${SOA2003}schedule/5`, kind: 'legislation' },
  'soa2003-sch3-para13': { label: 'Sexual Offences Act 2003, Sch 3 para 13', url: `${SOA2003}schedule/3`, kind: 'legislation' },
  'soa2003-sch3-para15': { label: 'Sexual Offences Act 2003, Sch 3 para 15', url: `${SOA2003}schedule/3`, kind: 'legislation' },
  'soa2003-sch3-para33a': {
    label: 'Sexual Offences Act 2003, Sch 3 para 33A (inserted by Online Safety Act 2023, Sch 14 para 16(4))',
    url: `${SOA2003}schedule/3`,
    kind: 'legislation',
  },
  'soa2003-sch3-para33b': {
    label: 'Sexual Offences Act 2003, Sch 3 para 33B (inserted by Online Safety Act 2023, Sch 14 para 16(4))',
    url: `${SOA2003}schedule/3`,
    kind: 'legislation',
  },
  'soa2003-sch3-para34': { label: 'Sexual Offences Act 2003, Sch 3 para 34', url: `${SOA2003}schedule/3`, kind: 'legislation' },
  'soa2003-sch3-para34a': {
    label: 'Sexual Offences Act 2003, Sch 3 para 34A (inserted by Voyeurism (Offences) Act 2019, s.1(4))',
    url: `${SOA2003}schedule/3`,
    kind: 'legislation',
  },
  'soa2003-sch5-para56a': {
    label: 'Sexual Offences Act 2003, Sch 5 para 56A (inserted by SI 2007/296, art 3)',
    url: `${SOA2003}schedule/5`,
    kind: 'legislation',
  },
  'soa2003-sch5-para57': { label: 'Sexual Offences Act 2003, Sch 5 para 57', url: `${SOA2003}schedule/5`, kind: 'legislation' },
  'soa2003-sch5-para61a': {
    label: 'Sexual Offences Act 2003, Sch 5 para 61A (inserted by SI 2007/296, art 3(10))',
    url: `${SOA2003}schedule/5`,
    kind: 'legislation',
  },
  'soa2003-sch5-para63e': {
    label: 'Sexual Offences Act 2003, Sch 5 para 63E (inserted by Online Safety Act 2023, Sch 14 para 2)',
    url: `${SOA2003}schedule/5`,
    kind: 'legislation',
  },
  'osa2023-sch14-para16': {
    label: 'Online Safety Act 2023, Sch 14 para 16(4) (the only Sch 3 entries for ss.66A and 66B)',
    url: 'https://www.legislation.gov.uk/ukpga/2023/50/schedule/14',
    kind: 'legislation',
  },
  'duaa2025-s138': {
    label: 'Data (Use and Access) Act 2025, s.138 (inserts ss.66E-66H and s.154A; no Sch 3 or Sch 5 entry)',
    url: 'https://www.legislation.gov.uk/ukpga/2025/18/section/138',
    kind: 'legislation',
  },
  'soaa1992-s1': {
    label: 'Sexual Offences (Amendment) Act 1992, s.1(1)-(2)',
    url: 'https://www.legislation.gov.uk/ukpga/1992/34/section/1',
    kind: 'legislation',
  },
  'soaa1992-s2': {
    label: 'Sexual Offences (Amendment) Act 1992, s.2(1)(da)',
    url: 'https://www.legislation.gov.uk/ukpga/1992/34/section/2',
    kind: 'legislation',
  },
  'soaa1992-s6-2b': {
    label: 'Sexual Offences (Amendment) Act 1992, s.6(2B) (inserted by Online Safety Act 2023, Sch 14 para 15)',
    url: 'https://www.legislation.gov.uk/ukpga/1992/34/section/6',
    kind: 'legislation',
  },
  // Offences and their dates.
  'cjca2015-s33': {
    label: 'Criminal Justice and Courts Act 2015, s.33',
    url: 'https://www.legislation.gov.uk/ukpga/2015/2/section/33',
    kind: 'legislation',
  },
  'daa2021-s69': {
    label: 'Domestic Abuse Act 2021, s.69 and s.90(2) (threats limb of s.33, from 29 June 2021)',
    url: 'https://www.legislation.gov.uk/ukpga/2021/17/section/69',
    kind: 'legislation',
  },
  'osa2023-s190': {
    label: 'Online Safety Act 2023, s.190 (repeal of ss.33-35 Criminal Justice and Courts Act 2015)',
    url: 'https://www.legislation.gov.uk/ukpga/2023/50/section/190',
    kind: 'legislation',
  },
  'osa2023-s187-188': {
    label: 'Online Safety Act 2023, ss.187-188 (insert ss.66A-66D Sexual Offences Act 2003)',
    url: 'https://www.legislation.gov.uk/ukpga/2023/50/section/188',
    kind: 'legislation',
  },
  'si2024-31': {
    label: 'SI 2024/31, reg 2 (Online Safety Act 2023 Part 10 in force 31 January 2024)',
    url: 'https://www.legislation.gov.uk/uksi/2024/31',
    kind: 'legislation',
  },
  'soa2003-s66b-7': { label: 'Sexual Offences Act 2003, s.66B(7)', url: `${SOA2003}section/66B`, kind: 'legislation' },
  'si2026-31': {
    label: 'SI 2026/31, reg 2 (Data (Use and Access) Act 2025 s.138 in force 6 February 2026)',
    url: 'https://www.legislation.gov.uk/uksi/2026/31',
    kind: 'legislation',
  },
  'voa2019-s1': {
    label: 'Voyeurism (Offences) Act 2019, s.1 (inserts s.67A, from 12 April 2019)',
    url: 'https://www.legislation.gov.uk/ukpga/2019/2/section/1',
    kind: 'legislation',
  },
  'pcsca2022-s48': {
    label: 'Police, Crime, Sentencing and Courts Act 2022, s.48 (s.67A(2A)-(2B)); SI 2022/520 reg 5(e)',
    url: 'https://www.legislation.gov.uk/ukpga/2022/32/section/48',
    kind: 'legislation',
  },
  'pca1978-schedule': {
    label: 'Protection of Children Act 1978, Schedule (inserted by Police and Justice Act 2006, Sch 11)',
    url: 'https://www.legislation.gov.uk/ukpga/2006/48/schedule/11',
    kind: 'legislation',
  },
  'osa2023-s10': {
    label: 'Online Safety Act 2023, s.10(3A)-(3B) and s.20A (as reported inserted by Crime and Policing Act 2026, s.100)',
    url: 'https://www.legislation.gov.uk/ukpga/2023/50/section/10',
    kind: 'legislation',
  },
  cpa2026: {
    label: 'Crime and Policing Act 2026 (c. 20), intimate images provisions',
    url: 'https://www.legislation.gov.uk/ukpga/2026/20/part/5/chapter/4/crossheading/intimate-images-etc',
    kind: 'legislation',
  },
  // Case law: the National Archives only.
  'wright-hadley': {
    label: 'R v Wright-Hadley [2022] EWCA Crim 446',
    url: `${NA}ewca/crim/2022/446`,
    kind: 'case-law',
  },
  daniels: { label: 'Daniels v R [2024] EWCA Crim 1395', url: `${NA}ewca/crim/2024/1395`, kind: 'case-law' },
  dewey: { label: 'Dewey v R [2024] EWCA Crim 409', url: `${NA}ewca/crim/2024/409`, kind: 'case-law' },
  tan: { label: 'R v Tan [2024] EWCA Crim 1104 (cited in Daniels v R)', kind: 'case-law' },
  // Official guidance and announcements.
  'sentencing-council-deprivation': {
    label: 'Sentencing Council: Deprivation of property order (explanatory material)',
    url: 'https://www.sentencingcouncil.org.uk/explanatory-material/magistrates-court/item/deprivation-of-property-order',
    kind: 'guidance',
  },
  'sentencing-council-s33': {
    label: 'Sentencing Council: Disclosing private sexual images (s.33 guideline)',
    url: 'https://www.sentencingcouncil.org.uk/offences/crown-court/item/disclosing-private-sexual-images',
    kind: 'guidance',
  },
  'cps-news-2025': {
    label: 'CPS news release, 25 March 2025 (announcing changes to the Communications Offences guidance)',
    url: 'https://www.cps.gov.uk/cps/news/non-consensual-intimate-images-set-be-seized-abusers-protect-welfare-victims',
    kind: 'guidance',
  },
  'cps-iioc': {
    label: 'CPS legal guidance: Indecent and prohibited images of children',
    url: 'https://www.cps.gov.uk/legal-guidance/indecent-and-prohibited-images-children',
    kind: 'guidance',
  },
  'hmcts-depo': {
    label: 'HMCTS Common Platform result definitions: DEPO, CJS result code 3055',
    kind: 'guidance',
  },
  // Press: named, never linked to a copy.
  'observer-2025': {
    label: 'The Observer, February 2025 (analysis of 98 magistrates\u2019 court intimate-image cases)',
    kind: 'secondary',
  },
} as const satisfies Record<string, PromptSource>;

export type SourceId = keyof typeof SOURCE_DATA;

export const SOURCES: Readonly<Record<SourceId, PromptSource>> = SOURCE_DATA;

export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];

/** Hosts a source may link to. Everything else (blogs, digests, mirrors, code) is refused by a test. */
export const OFFICIAL_HOSTS: readonly string[] = [
  'www.legislation.gov.uk',
  'caselaw.nationalarchives.gov.uk',
  'www.sentencingcouncil.org.uk',
  'www.cps.gov.uk',
  'www.gov.uk',
];

export function sourceById(id: SourceId): PromptSource {
  return SOURCES[id];
}
