/**
 * The training scenarios: one row per page (or SPA view) under public/training/, with what the
 * detector and the sidebar are expected to do there. The E2E test, the unit tests and the trainer's
 * guide all read this table, so a new scenario is a data change here plus its HTML page.
 *
 * Everything on the pages is fictional (people, places, URNs) except the law: offence titles and CJS
 * codes are Bichard7 standing data (shared/domain/cjs-codes.csv) and the legislation lines follow
 * legal-brief.md §1 and legal-brief-updates.md §G. The legislation strings for ss.66A, 66B, 66E and 66F
 * are inferred (updates §G1: no charge data shows them), and the banners say so (legal review finding 19).
 */
import type { Verdict } from '../core/vocabulary';
import type { Role } from '../roles';
import { pageAction } from '../stage/inject';
import type { Stage, WorkingRole } from '../stage/types';

export type TrainingSystem = 'common-platform' | 'register' | 'cps-review' | 'bail-note' | 'sjp' | 'spa';

/** What the extension should show: the full sidebar, only the small indicator, or nothing. */
export type SidebarExpectation = 'open' | 'indicator' | 'none';

/** What a scenario demonstrates; the unit test checks every tag is covered by some scenario. */
export type CoverageTag =
  | 'cjca2015-s33-pre-2024'
  | 'soa2003-s66b-1'
  | 'soa2003-s66b-2'
  | 'soa2003-s66b-3'
  | 'soa2003-s66b-4'
  | 'voyeurism-s67'
  | 'upskirting-s67a'
  | 'cyberflashing-s66a'
  | 'deepfake-s66e-s66f'
  | 'alternative-charge-with-image-particulars'
  | 'iioc'
  | 'possible-prose-only'
  | 'long-register'
  | 'prose-review'
  | 'spa-delayed-render'
  | 'negative-fly-tipping'
  | 'negative-exposure'
  | 'negative-speeding-photographs'
  | 'negative-harassment-no-images'
  | 'negative-brothel'
  | 'stage-results-with-order'
  | 'stage-results-without-order'
  | 'stage-first-hearing-not-guilty'
  | 'stage-sentence'
  | 'stage-acquittal'
  | 'stage-mixed-list';

export const REQUIRED_COVERAGE: readonly CoverageTag[] = [
  'cjca2015-s33-pre-2024',
  'soa2003-s66b-1',
  'soa2003-s66b-2',
  'soa2003-s66b-3',
  'soa2003-s66b-4',
  'voyeurism-s67',
  'upskirting-s67a',
  'cyberflashing-s66a',
  'deepfake-s66e-s66f',
  'alternative-charge-with-image-particulars',
  'iioc',
  'possible-prose-only',
  'long-register',
  'prose-review',
  'spa-delayed-render',
  'negative-fly-tipping',
  'negative-exposure',
  'negative-speeding-photographs',
  'negative-harassment-no-images',
  'negative-brothel',
  'stage-results-with-order',
  'stage-results-without-order',
  'stage-first-hearing-not-guilty',
  'stage-sentence',
  'stage-acquittal',
  'stage-mixed-list',
];

/** One matching case on a scenario's page, as the stage reader (lib/stage/read.ts) should see it. */
export interface ScenarioCase {
  ref: string | null;
  stage: Stage;
  /** A deprivation order for this case is already on the page. */
  orderOnPage: boolean;
}

/** How to reach an SPA view: open spa.html, then click the link (none for the list itself). */
export interface SpaRoute {
  /** Query string the view lives at after history.pushState, e.g. "?case=09TR2610044". */
  search: string;
  /** Accessible name of the link to click from the case list; null for the list view. */
  linkText: string | null;
  /** Text that appears once the delayed render has finished (wait for it before checking). */
  readyText: string;
}

export interface TrainingScenario {
  id: string;
  /** File name under public/training/ (served at /training/<file>). */
  file: string;
  title: string;
  system: TrainingSystem;
  verdict: Verdict;
  /** Catalogue ids (lib/offences) the detector should report, in any order. Empty for none/possible. */
  offenceIds: readonly string[];
  /** What shows with no role chosen (and for a trainer not demonstrating a role). */
  sidebar: SidebarExpectation;
  /** The matching cases, in page order, with their stage (empty where nothing matches). */
  cases: readonly ScenarioCase[];
  /** What shows for each working role, where it differs from `sidebar` (lib/stage/behaviour.ts). */
  byRole?: Partial<Record<WorkingRole, SidebarExpectation>>;
  coverage: readonly CoverageTag[];
  /** The fictional URN shown on the page (null where the page has several or none). */
  urn: string | null;
  /** Why this page exists: what a trainer should draw out. */
  summary: string;
  spa?: SpaRoute;
}

/** Fictional URNs use force code 09 (no such force in Bichard7 forces.json) and the letters TR. */
export const TRAINING_URN_PATTERN = /^09TR\d{7}$/;

/** The shape every case reference on a training page must take: `\d{2}[A-Z]{2}\d{7}` (brief §7). */
export const URN_SHAPE = /\b\d{2}[A-Z]{2}\d{7}\b/g;

export const TRAINING_MARKER = 'TRAINING — fictional case';

export const TRAINING_SCENARIOS: readonly TrainingScenario[] = [
  {
    id: 'cp-s33-cjca',
    file: 'cp-s33-cjca.html',
    title: 'Disclosing private sexual photographs, offence in 2023 (s.33 CJCA 2015)',
    system: 'common-platform',
    verdict: 'match',
    offenceIds: ['cjca2015-s33'],
    sidebar: 'open',
    cases: [{ ref: '09TR2310417', stage: 'sentence', orderOnPage: false }],
    coverage: ['cjca2015-s33-pre-2024'],
    urn: '09TR2310417',
    summary:
      'Conduct on 18/11/2023, before the repeal on 31/01/2024, so the old s.33 offence is correctly charged even though the hearing is in 2026.',
  },
  {
    id: 'cp-s66b1',
    file: 'cp-s66b1.html',
    title: 'Sharing an intimate film without consent (s.66B(1) SOA 2003)',
    system: 'common-platform',
    verdict: 'match',
    offenceIds: ['soa2003-s66b-1'],
    sidebar: 'open',
    cases: [{ ref: '09TR2510233', stage: 'sentence', orderOnPage: false }],
    coverage: ['soa2003-s66b-1'],
    urn: '09TR2510233',
    summary: 'The summary-only base offence: a typical magistrates’ court case, guilty plea, sentence adjourned.',
  },
  {
    id: 'cp-s66b2',
    file: 'cp-s66b2.html',
    title: 'Sharing with intent to cause distress (s.66B(2) SOA 2003)',
    system: 'common-platform',
    verdict: 'match',
    offenceIds: ['soa2003-s66b-2'],
    sidebar: 'open',
    cases: [{ ref: '09TR2510388', stage: 'sentence', orderOnPage: false }],
    coverage: ['soa2003-s66b-2'],
    urn: '09TR2510388',
    summary: 'Either-way sharing with intent, two phones seized: which device was used, and is there evidence for each?',
  },
  {
    id: 'cp-s66b3',
    file: 'cp-s66b3.html',
    title: 'Sharing for sexual gratification (s.66B(3) SOA 2003)',
    system: 'common-platform',
    verdict: 'match',
    offenceIds: ['soa2003-s66b-3'],
    sidebar: 'open',
    cases: [{ ref: '09TR2510502', stage: 'sentence', orderOnPage: false }],
    coverage: ['soa2003-s66b-3'],
    urn: '09TR2510502',
    summary:
      'The only s.66B limb in SOA 2003 Schedule 3 (notification, para 33B), so the only one for which an SHPO is available; laptop and cloud account in play.',
  },
  {
    id: 'cp-s66b4',
    file: 'cp-s66b4.html',
    title: 'Threatening to share an intimate image (s.66B(4) SOA 2003)',
    system: 'common-platform',
    verdict: 'match',
    offenceIds: ['soa2003-s66b-4'],
    sidebar: 'open',
    cases: [{ ref: '09TR2510611', stage: 'first-hearing', orderOnPage: false }],
    byRole: { 'legal-adviser': 'indicator' },
    coverage: ['soa2003-s66b-4'],
    urn: '09TR2510611',
    summary: 'A threat: the image need not exist (s.66B(7)), but the phone used to threaten can still be the subject of an order.',
  },
  {
    id: 'cp-s67-voyeurism',
    file: 'cp-s67-voyeurism.html',
    title: 'Voyeurism: hidden camera (s.67(3) and s.67(4) SOA 2003)',
    system: 'common-platform',
    verdict: 'match',
    offenceIds: ['soa2003-s67-3', 'soa2003-s67-4'],
    sidebar: 'open',
    cases: [{ ref: '09TR2510745', stage: 'sentence', orderOnPage: false }],
    coverage: ['voyeurism-s67'],
    urn: '09TR2510745',
    summary: 'A Crown Court case like Wright-Hadley: several drives seized, only one examined.',
  },
  {
    id: 'cp-s67a-upskirting',
    file: 'cp-s67a-upskirting.html',
    title: 'Upskirting on a railway platform (s.67A(2) SOA 2003)',
    system: 'common-platform',
    verdict: 'match',
    offenceIds: ['soa2003-s67a-2'],
    sidebar: 'open',
    cases: [{ ref: '09TR2510866', stage: 'sentence', orderOnPage: false }],
    coverage: ['upskirting-s67a'],
    urn: '09TR2510866',
    summary: 'Recording beneath clothing; one phone, recorded on the platform CCTV.',
  },
  {
    id: 'cp-s66a-cyberflashing',
    file: 'cp-s66a-cyberflashing.html',
    title: 'Cyberflashing (s.66A SOA 2003)',
    system: 'common-platform',
    verdict: 'match',
    offenceIds: ['soa2003-s66a'],
    sidebar: 'open',
    cases: [{ ref: '09TR2510957', stage: 'sentence', orderOnPage: false }],
    coverage: ['cyberflashing-s66a'],
    urn: '09TR2510957',
    summary: 'The image is usually of the defendant, not the complainant, but the phone was still used to commit the offence.',
  },
  {
    id: 'cp-deepfake',
    file: 'cp-deepfake.html',
    title: 'Creating and requesting a deepfake (ss.66E and 66F SOA 2003)',
    system: 'common-platform',
    verdict: 'match',
    offenceIds: ['soa2003-s66e', 'soa2003-s66f-1'],
    sidebar: 'open',
    cases: [{ ref: '09TR2610102', stage: 'sentence', orderOnPage: false }],
    coverage: ['deepfake-s66e-s66f'],
    urn: '09TR2610102',
    summary:
      'Offences from 6 Feb 2026. Sentencing Act 2020 s.154A treats the image and anything containing it as used for creating one (s.66E); for a request (s.66F), only an image connected with the request.',
  },
  {
    id: 'cp-mca-threat-images',
    file: 'cp-mca-threat-images.html',
    title: 'Alternative charge: threatening message about intimate images (s.1 MCA 1988)',
    system: 'common-platform',
    verdict: 'match',
    offenceIds: ['mca1988-s1'],
    sidebar: 'open',
    cases: [{ ref: '09TR2310288', stage: 'sentence', orderOnPage: false }],
    coverage: ['alternative-charge-with-image-particulars'],
    urn: '09TR2310288',
    summary:
      'Not an intimate-image offence by name, but the particulars are about intimate images: the deprivation power applies to any offence (s.153(3)).',
  },
  {
    id: 'cp-iioc',
    file: 'cp-iioc.html',
    title: 'Indecent images of children (s.1 PCA 1978, s.160 CJA 1988): the contrast',
    system: 'common-platform',
    verdict: 'iioc',
    offenceIds: ['pca1978-s1', 'cja1988-s160'],
    sidebar: 'none',
    cases: [{ ref: '09TR2510390', stage: 'sentence', orderOnPage: false }],
    coverage: ['iioc'],
    urn: '09TR2510390',
    summary:
      'Routed to the separate IIOC category, so the intimate-image sidebar stays closed. The Observer reported deprivation orders (s.153) are already made consistently in these cases; the police also have the PCA 1978 Schedule forfeiture route.',
  },
  {
    id: 'register-brackenford',
    file: 'register-brackenford.html',
    title: 'Magistrates’ court register: 44 cases, one intimate-image case',
    system: 'register',
    verdict: 'match',
    offenceIds: ['soa2003-s66b-2'],
    sidebar: 'open',
    cases: [{ ref: '09TR2510804', stage: 'sentence', orderOnPage: false }],
    coverage: ['long-register', 'negative-fly-tipping', 'negative-exposure'],
    urn: null,
    summary:
      'A busy list with fly-tipping, exposure, speeding and assaults; the one s.66B(2) case (list number 27) is the one to find.',
  },
  {
    id: 'cps-review-s66b2',
    file: 'cps-review-s66b2.html',
    title: 'CPS case review note in prose (s.66B(2) SOA 2003)',
    system: 'cps-review',
    verdict: 'match',
    offenceIds: ['soa2003-s66b-2'],
    sidebar: 'open',
    cases: [{ ref: '09TR2610071', stage: 'pre-charge', orderOnPage: false }],
    byRole: { 'legal-adviser': 'indicator' },
    coverage: ['prose-review'],
    urn: '09TR2610071',
    summary: 'No offence table: the charge is in the reviewing lawyer’s prose. The prosecutor’s early-strategy moment.',
  },
  {
    id: 'bail-note-possible',
    file: 'bail-note-possible.html',
    title: 'Bail note mentioning a threat to post private photos (possible only)',
    system: 'bail-note',
    verdict: 'possible',
    offenceIds: [],
    sidebar: 'indicator',
    cases: [{ ref: '09TR2610093', stage: 'first-hearing', orderOnPage: false }],
    coverage: ['possible-prose-only'],
    urn: '09TR2610093',
    summary: 'No offence citation, only a description of the conduct: the indicator shows and the user decides.',
  },
  {
    id: 'neg-fly-tipping',
    file: 'cp-fly-tipping.html',
    title: 'Look-alike: fly-tipping (s.33 EPA 1990)',
    system: 'common-platform',
    verdict: 'none',
    offenceIds: [],
    sidebar: 'none',
    cases: [],
    coverage: ['negative-fly-tipping'],
    urn: '09TR2610150',
    summary: '“Section 33” and photographs, but of waste: the sidebar must stay away.',
  },
  {
    id: 'neg-exposure',
    file: 'cp-exposure.html',
    title: 'Look-alike: exposure (s.66 SOA 2003)',
    system: 'common-platform',
    verdict: 'none',
    offenceIds: [],
    sidebar: 'none',
    cases: [],
    coverage: ['negative-exposure'],
    urn: '09TR2610162',
    summary: 'Same Act, neighbouring section number, no image: the sidebar must stay away.',
  },
  {
    id: 'neg-speeding',
    file: 'sjp-speeding.html',
    title: 'Look-alike: speeding with camera photographs (Single Justice Procedure)',
    system: 'sjp',
    verdict: 'none',
    offenceIds: [],
    sidebar: 'none',
    cases: [],
    coverage: ['negative-speeding-photographs'],
    urn: '09TR2610178',
    summary: 'Camera photographs are evidence of a road traffic offence, not intimate images.',
  },
  {
    id: 'neg-harassment',
    file: 'cp-harassment.html',
    title: 'Look-alike: harassment without images (s.2 PHA 1997)',
    system: 'common-platform',
    verdict: 'none',
    offenceIds: [],
    sidebar: 'none',
    cases: [],
    coverage: ['negative-harassment-no-images'],
    urn: '09TR2610184',
    summary:
      'A domestic harassment case with messages and calls but no images: outside this reminder\u2019s scope, not outside the power. A phone used to harass was used for an offence (s.153(3)), so, if it was seized or held at arrest (s.153(2)), a deprivation order is available alongside a restraining order.',
  },
  {
    id: 'neg-brothel',
    file: 'cp-brothel.html',
    title: 'Look-alike: keeping a brothel (s.33 SOA 1956)',
    system: 'common-platform',
    verdict: 'none',
    offenceIds: [],
    sidebar: 'none',
    cases: [],
    coverage: ['negative-brothel'],
    urn: '09TR2610196',
    summary: '“Section 33” of a Sexual Offences Act, but the 1956 Act: the sidebar must stay away.',
  },
  {
    id: 'spa-list',
    file: 'spa.html',
    title: 'Single-page app: case list (loads after a delay)',
    system: 'spa',
    verdict: 'none',
    offenceIds: [],
    sidebar: 'none',
    cases: [],
    coverage: ['spa-delayed-render'],
    urn: null,
    summary: 'The list renders about 800 ms after load and shows no offences: nothing to detect yet.',
    spa: { search: '', linkText: null, readyText: 'Cases listed today' },
  },
  {
    id: 'spa-case-s66b4',
    file: 'spa.html',
    title: 'Single-page app: threat-to-share case (s.66B(4)), reached without a reload',
    system: 'spa',
    verdict: 'match',
    offenceIds: ['soa2003-s66b-4'],
    sidebar: 'open',
    cases: [{ ref: '09TR2610044', stage: 'sentence', orderOnPage: false }],
    coverage: ['spa-delayed-render', 'soa2003-s66b-4'],
    urn: '09TR2610044',
    summary: 'history.pushState to the case, offences appear about 800 ms later: the sidebar should follow.',
    spa: { search: '?case=09TR2610044', linkText: 'Open case 09TR2610044', readyText: 'Offences' },
  },
  {
    id: 'spa-case-theft',
    file: 'spa.html',
    title: 'Single-page app: shop theft case, reached without a reload',
    system: 'spa',
    verdict: 'none',
    offenceIds: [],
    sidebar: 'none',
    cases: [],
    coverage: ['spa-delayed-render'],
    urn: '09TR2610058',
    summary: 'Navigating from the intimate-image case to a theft case: the sidebar should close again.',
    spa: { search: '?case=09TR2610058', linkText: 'Open case 09TR2610058', readyText: 'Offences' },
  },
  {
    id: 'stage-results-with-order',
    file: 'cp-results-depo.html',
    title: 'Enter results: the deprivation order is already entered (voyeurism, two defendants)',
    system: 'common-platform',
    verdict: 'match',
    offenceIds: ['soa2003-s67-3'],
    sidebar: 'open',
    cases: [{ ref: '09TR2610212', stage: 'results-entry', orderOnPage: true }],
    coverage: ['stage-results-with-order', 'voyeurism-s67'],
    urn: '09TR2610212',
    summary:
      'The adviser has added “Order for deprivation of rights (other than vehicle)” with its Property and Reasons: the reminder opens collapsed, to check each item is listed, and records what it saw without anyone clicking.',
  },
  {
    id: 'stage-results-without-order',
    file: 'cp-results-no-depo.html',
    title: 'Enter results: community order and restraining order, no deprivation order',
    system: 'common-platform',
    verdict: 'match',
    offenceIds: ['soa2003-s66b-2'],
    sidebar: 'open',
    cases: [{ ref: '09TR2610227', stage: 'results-entry', orderOnPage: false }],
    coverage: ['stage-results-without-order', 'soa2003-s66b-2'],
    urn: '09TR2610227',
    summary: 'The last moment to raise the order: results are being entered and no deprivation order is among them. A hint about adding orders is not an order.',
  },
  {
    id: 'stage-first-hearing-not-guilty',
    file: 'cp-pleas-first-hearing.html',
    title: 'Enter pleas at a first hearing: not guilty (s.66B(1) SOA 2003)',
    system: 'common-platform',
    verdict: 'match',
    offenceIds: ['soa2003-s66b-1'],
    sidebar: 'open',
    cases: [{ ref: '09TR2610238', stage: 'plea-not-guilty', orderOnPage: false }],
    byRole: { 'legal-adviser': 'indicator' },
    coverage: ['stage-first-hearing-not-guilty', 'soa2003-s66b-1'],
    urn: '09TR2610238',
    summary: 'No conviction yet: the legal adviser gets a quiet indicator; the prosecutor gets the early prompts (seize and list each device, evidence of use).',
  },
  {
    id: 'stage-sentence',
    file: 'cp-sentence-hearing.html',
    title: 'Sentence hearing after a guilty plea (s.66B(2) SOA 2003)',
    system: 'common-platform',
    verdict: 'match',
    offenceIds: ['soa2003-s66b-2'],
    sidebar: 'open',
    cases: [{ ref: '09TR2610245', stage: 'sentence', orderOnPage: false }],
    coverage: ['stage-sentence'],
    urn: '09TR2610245',
    summary: 'Listed for sentence after a pre-sentence report: the full reminder, open, for every role.',
  },
  {
    id: 'stage-acquittal',
    file: 'cp-acquittal.html',
    title: 'Acquitted after trial (voyeurism, s.67 SOA 2003)',
    system: 'common-platform',
    verdict: 'match',
    offenceIds: ['soa2003-s67-3'],
    sidebar: 'none',
    cases: [{ ref: '09TR2610252', stage: 'ended', orderOnPage: false }],
    coverage: ['stage-acquittal'],
    urn: '09TR2610252',
    summary: 'The offence is recognised, but the defendant was acquitted: there is no conviction, so no reminder.',
  },
  {
    id: 'stage-mixed-list',
    file: 'register-mixed-stages.html',
    title: 'Court register mixing stages, with a deprivation order on a fly-tipping case',
    system: 'register',
    verdict: 'match',
    offenceIds: ['soa2003-s66b-2', 'soa2003-s66b-1', 'soa2003-s67-3'],
    sidebar: 'open',
    cases: [
      { ref: '09TR2610315', stage: 'first-hearing', orderOnPage: false },
      { ref: '09TR2610336', stage: 'sentence', orderOnPage: false },
      { ref: '09TR2610343', stage: 'ended', orderOnPage: false },
    ],
    coverage: ['stage-mixed-list', 'negative-fly-tipping'],
    urn: null,
    summary:
      'Three intimate-image cases at three stages (first hearing, for sentence, acquitted) and a fly-tipper’s trailer under a deprivation order: that order belongs to the fly-tipping case, not to any intimate-image case.',
  },
];

/**
 * Pages of the training site that are not cases: they name offences and cite sections (the scenario
 * list, the guide), so the detector rightly matches them. They are never scanned: the extension knows
 * them by address (lib/training/training-pages.ts).
 */
export { NON_CASE_PAGES } from './training-pages';

/**
 * What the sidebar should do for a detector verdict (IIOC goes to its own category: sidebar closed),
 * and, given the page's cases, for their stages and the role (lib/stage/inject.ts).
 */
export function expectedSidebar(verdict: Verdict, cases: readonly ScenarioCase[] = [], role: Role | null = null): SidebarExpectation {
  const action = pageAction(verdict, cases, role, true);
  return action.sidebar ? 'open' : action.indicator ? 'indicator' : 'none';
}

/** What a scenario shows for a role (its `byRole` entry, else `sidebar`). */
export function sidebarFor(s: TrainingScenario, role: WorkingRole | null): SidebarExpectation {
  return (role && s.byRole?.[role]) || s.sidebar;
}

export function scenarioById(id: string): TrainingScenario | undefined {
  return TRAINING_SCENARIOS.find((s) => s.id === id);
}

/** The distinct HTML files, in table order (spa.html once). */
export function trainingFiles(): string[] {
  return [...new Set(TRAINING_SCENARIOS.map((s) => s.file))];
}

/** Path of a scenario relative to the site root (the static server and the extension both use /training/). */
export function trainingPath(s: TrainingScenario): string {
  return `/training/${s.file}${s.spa?.search ?? ''}`;
}
