/**
 * What a page says about where a case is, as data: phrases and page structures per stage, and the
 * result lines that mean an order is already on the page. Read by lib/stage/read.ts; the tests and the
 * README read the same table.
 *
 * Written from the structure and wording of the real screens (../shared/systems/README.md): the
 * "Hearing type" column of hearing lists ("First hearing", "Sentence", "Trial", "Plea and trial
 * preparation"), plea and verdict values printed once entered, the hearing screens' tabs (Manage
 * hearing / Enter pleas / Enter verdicts / Enter results) and the resolved result lines. Never one
 * system's class names: only visible words, and headings / the current tab (see structure.ts).
 *
 * Rules for the patterns: case-insensitive, no capturing groups (they are joined into one regular
 * expression and told apart by group), no nested quantifiers (linear time on any text). Frameworks glue
 * a label to its value ("PleaGuilty"), so a label is not required to end on a word boundary.
 */
import type { OrdersOnPage, Stage } from './types';

export type SignalKind =
  | 'hearing-type' // a hearing list's "Hearing type" cell or a "Next hearing ... – Sentence" line
  | 'plea' // a plea value as printed once entered
  | 'verdict' // a verdict value
  | 'outcome' // how the case ended or moved on (adjourned for sentence, withdrawn...)
  | 'review'; // pre-charge advice, case review

export interface StageSignal {
  stage: Exclude<Stage, 'unknown'>;
  kind: SignalKind;
  /** Regex source (flags "i"); no capturing groups. */
  source: string;
  /** What it reads on a real page, for the README and test names. */
  example: string;
}

/** The text of a cell on its own line ("\n" is a block boundary in page text). */
const cell = (words: string) => `(?:^|\\n)[ \\t]{0,3}${words}[ \\t]{0,3}(?=\\n|$)`;

export const STAGE_SIGNALS: readonly StageSignal[] = [
  // Pre-charge and review (CPS, police).
  { stage: 'pre-charge', kind: 'review', source: 'pre-?charge (?:advice|decision|review)', example: 'Pre-charge advice' },
  { stage: 'pre-charge', kind: 'review', source: '\\b(?:initial |full )?case review\\b', example: 'CPS case review note' },
  { stage: 'pre-charge', kind: 'review', source: '\\bcharging decision\\b', example: 'Charging decision' },
  { stage: 'pre-charge', kind: 'review', source: '\\b(?:full code|threshold) test\\b', example: 'Full Code Test met' },
  // First hearing: listed, no plea yet.
  { stage: 'first-hearing', kind: 'hearing-type', source: '\\bfirst (?:hearing|appearance)\\b', example: 'First hearing' },
  { stage: 'first-hearing', kind: 'hearing-type', source: '\\bplea and trial preparation\\b|\\bPTPH\\b', example: 'Plea and trial preparation' },
  { stage: 'first-hearing', kind: 'plea', source: 'plea(?: entered)?[:\\s]{0,4}(?:none|not (?:yet )?entered|no plea)\\b', example: 'Plea: Not entered' },
  // Pleas. "Not guilty" first in the table; the guilty patterns cannot read "not guilty".
  { stage: 'plea-not-guilty', kind: 'plea', source: 'pleas?(?: entered| indicated)?[:\\s]{0,4}not guilty\\b', example: 'Plea: Not guilty' },
  { stage: 'plea-not-guilty', kind: 'plea', source: '\\bpleaded not guilty\\b|\\bnot guilty plea\\b', example: 'Pleaded not guilty' },
  { stage: 'plea-guilty', kind: 'plea', source: 'pleas?(?: entered| indicated)?[:\\s]{0,4}guilty\\b', example: 'Plea: Guilty' },
  { stage: 'plea-guilty', kind: 'plea', source: '\\bpleaded guilty\\b|(?<!not )\\bguilty plea\\b', example: 'Guilty plea' },
  // Trial.
  { stage: 'trial', kind: 'hearing-type', source: cell('(?:summary |jury )?trial(?: \\(day \\d{1,2}\\))?'), example: 'Trial (a Hearing type cell)' },
  // A "Hearing type" or "Hearing" label glued to its value by the framework ("Hearing typeTrial").
  { stage: 'trial', kind: 'hearing-type', source: '\\bhearing(?: type)?[:\\s]{0,4}(?:summary |jury )?trial\\b(?! ?(?:date|readiness|window|preparation|review|listed))', example: 'Hearing typeTrial' },
  // A trial still to come ("Adjourned for trial", "Next hearing ... – Trial") follows a not-guilty plea.
  { stage: 'plea-not-guilty', kind: 'outcome', source: '\\b(?:listed|adjourned|fixed|set down) for (?:summary )?trial\\b|[–-] ?trial\\b', example: 'Adjourned for trial' },
  // Convicted.
  { stage: 'convicted', kind: 'verdict', source: '\\bconvicted\\b|\\bfound guilty\\b|verdict[:\\s]{0,4}guilty\\b|(?<!not )\\bguilty verdict\\b', example: 'Verdict: Guilty' },
  // Sentence hearing, or adjourned for sentence.
  { stage: 'sentence', kind: 'hearing-type', source: cell('sentenc(?:e|ing)(?: hearing)?'), example: 'Sentence (a Hearing type cell)' },
  { stage: 'sentence', kind: 'hearing-type', source: '\\bhearing(?: type)?[:\\s]{0,4}sentenc(?:e|ing)\\b', example: 'Hearing typeSentence' },
  { stage: 'sentence', kind: 'hearing-type', source: '\\bsentencing hearing\\b|\\bcommitted for sentence\\b|[–-] ?sentence\\b', example: 'Next hearing 10:00 – Sentence' },
  { stage: 'sentence', kind: 'outcome', source: '\\b(?:adjourned|listed|remanded|fixed) for (?:sentence|pre-sentence reports?|reports?)\\b|\\bpre-sentence report\\b', example: 'Adjourned for pre-sentence report' },
  // Results entry (drafts not yet shared) and results shared.
  { stage: 'results-entry', kind: 'outcome', source: '\\bcreate draft results\\b|\\bdraft results? (?:saved|not shared)\\b', example: 'Create draft results' },
  { stage: 'results-shared', kind: 'outcome', source: '\\bresults? shared (?:on|by)\\b|\\bshared results\\b', example: 'Results shared on 21/09/2026' },
  // Ended: acquitted, discontinued, withdrawn, dismissed.
  { stage: 'ended', kind: 'verdict', source: '\\bacquitted\\b|verdict[:\\s]{0,4}not guilty\\b|\\bfound not guilty\\b|\\bnot guilty verdict\\b', example: 'Verdict: Not guilty' },
  {
    stage: 'ended',
    kind: 'outcome',
    source:
      '\\bdiscontinu(?:ed|ance)\\b|(?<!(?:aid|bail|application|warrant|representation|instructions|order) )\\bwithdrawn\\b|\\bno evidence offered\\b' +
      // A dismissed appeal, application or submission leaves the case (and any conviction) standing.
      '|(?<!(?:appeal|application|submission|request|motion)s?(?: (?:to|for|against) [a-z]+(?: [a-z]+)?)?(?: (?:was|is|were|has been|have been))? )\\bdismissed\\b' +
      // A submission of no case to answer ends the case only where it succeeds.
      '|\\bsubmission of no case(?: to answer)? (?:was |is )?(?:upheld|allowed|accepted|successful|succeeded)\\b|\\bno case to answer (?:was )?(?:found|upheld|accepted)\\b' +
      // A conviction quashed on appeal.
      '|\\bconvictions? (?:was |were )?quashed\\b|\\bappeal against conviction (?:was )?allowed\\b',
    example: 'Withdrawn by the prosecution',
  },
];

/** Headings and the current tab or page (structure.ts) that name a stage for every case on the page. */
export const VIEW_SIGNALS: readonly { stage: Exclude<Stage, 'unknown'>; source: string; example: string }[] = [
  { stage: 'results-entry', source: '^enter results\\b', example: 'Enter results (heading or current tab)' },
  { stage: 'trial', source: '^enter verdicts?\\b', example: 'Enter verdicts' },
  { stage: 'first-hearing', source: '^enter pleas?\\b', example: 'Enter pleas' },
  { stage: 'results-shared', source: '^(?:hearing results|shared results|results shared)\\b', example: 'Hearing results' },
  { stage: 'pre-charge', source: '^(?:pre-?charge|case review|review note)\\b', example: 'Case review' },
];

/**
 * How far along each stage is. A case showing several takes the furthest, except `ended`, which
 * wins only where nothing shows a conviction (one offence withdrawn while another is convicted is
 * not an ended case). View stages (the screen the user is on) count like any other signal.
 */
export const STAGE_RANK: Readonly<Record<Stage, number>> = {
  unknown: 0,
  'pre-charge': 1,
  'first-hearing': 2,
  'plea-not-guilty': 3,
  trial: 4,
  'plea-guilty': 5,
  convicted: 6,
  sentence: 7,
  'results-entry': 8,
  'results-shared': 9,
  ended: 0,
};

/** Signals that show a conviction: they keep a case from reading as ended. */
export const CONVICTION_STAGES: readonly Stage[] = ['plea-guilty', 'convicted', 'sentence'];

export type OrderKind = keyof OrdersOnPage;

/**
 * Where one defendant's part of a case begins: a line that starts with the label "Defendant" (numbered
 * or not, "Co-defendant" too), as hearing and results screens head each defendant's panel
 * ("Defendant 1: A NAME"). The name itself is never read.
 */
export const DEFENDANT_SIGNAL = { source: '(?:^|\\n)[ \\t]{0,3}(?:co-?)?defendant(?:[ \\t]{0,3}\\d{1,2})?(?![a-z])', example: 'Defendant 1: A NAME' };

export interface ResultSignal {
  order: OrderKind;
  source: string;
  example: string;
}

/**
 * Result lines that mean an order is on the page. The deprivation order by its Common Platform result
 * title, its result code DEPO (as a code, in capitals), CJS result code 3055 next to the word
 * "result", and the older s.143 PCC(S)A 2000 wording. Forfeiture under other Acts (a camera under the
 * Protection from Harassment Act, indecent images under the PCA 1978) is not matched: it is a
 * different result. Each hit must also pass `isBoilerplate` (read.ts): a sentence about what the
 * court may do is not an order.
 */
export const RESULT_SIGNALS: readonly ResultSignal[] = [
  { order: 'deprivation', source: '\\border for deprivation of rights \\(?other than (?:a )?vehicle\\)?', example: 'Order for deprivation of rights (other than vehicle)' },
  { order: 'deprivation', source: '(?<![A-Za-z0-9])DEPO(?![A-Za-z0-9])', example: 'DEPO (the result code)' },
  { order: 'deprivation', source: '\\bresult(?: code)?[:\\s]{0,4}3055\\b|\\b3055[:\\s–-]{1,4}order for deprivation', example: 'CJS result 3055' },
  {
    order: 'deprivation',
    source: '\\b(?:s\\.|section |sec\\. ?)143 (?:of )?(?:the )?(?:powers of criminal courts \\(sentencing\\) act 2000|PCC ?\\(S\\) ?A 2000|PCCSA 2000)',
    example: 'Deprivation order, s.143 Powers of Criminal Courts (Sentencing) Act 2000',
  },
  { order: 'deprivation', source: '\\bdeprivation order (?:made|granted|imposed)\\b|\\bdeprivation order[:\\s]{1,4}(?:property|items?)\\b', example: 'Deprivation order made' },
  { order: 'restraining', source: '(?<!breach (?:of )?(?:an? )?)\\brestraining order\\b', example: 'Restraining order until further order' },
  { order: 'shpo', source: '(?<!breach (?:of )?(?:an? )?)\\b(?:sexual harm prevention order|SHPO)\\b', example: 'Sexual harm prevention order, 5 years' },
  { order: 'compensation', source: '\\bcompensation(?: order)?[:\\s]{0,4}£ ?\\d|\\bcompensation order\\b', example: 'Compensation £250' },
];

/**
 * Words that make a sentence about an order boilerplate, advice or a request rather than a result, read
 * in the same sentence before the hit ("the court may make...", "consider a deprivation order", "the
 * prosecution applies for...", "no order", "breach of a restraining order") and just after it ("...was
 * not made", "...sought"). A restraining order's own terms ("not to contact EF") are not a negation.
 */
export const BOILERPLATE_BEFORE =
  '\\b(?:may|might|can|could|should|must|consider|considering|considered|whether|if|power|powers|guidance|remind|reminder|information|apply|applies|applying|application|seek|seeks|sought|request|requested|requests|refused|declined|breach|breached|template|help|about|no(?: [a-z]+){0,3} orders?)\\b';
export const BOILERPLATE_AFTER = '^.{0,40}?\\b(?:not (?:made|granted|imposed)|refused|declined|sought|requested|applied for|application|to be considered)\\b';
