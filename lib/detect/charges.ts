/**
 * Is an offence's name or title, at [start, end), used as a charge, plea, verdict or sentence? ("He
 * admitted voyeurism and attempted voyeurism", "pleaded guilty to three counts of upskirting"). The cue
 * words are data (CHARGE_CUES in the catalogue); they count only in the same clause, before the name
 * and at most CUE_REACH characters back, or right after it ("voyeurism charges"). Each check reads a
 * bounded slice, and the detector makes a bounded number of them per offence, so it stays linear.
 */
import { CHARGE_CUES } from '../offences/catalogue';
import { phraseSource } from './patterns';

/** How far before a name its cue can start ("pleaded guilty to three charges of making indecent images
 * of children and two charges of voyeurism"). */
export const CUE_REACH = 120;
const AFTER_REACH = 24;

const BEFORE = new RegExp(`\\b${phraseSource(CHARGE_CUES.before)}(?![a-z])`, 'i');
const AFTER = new RegExp(`^[\\s\\u00ad]{0,3}${phraseSource(CHARGE_CUES.after)}(?![a-z])`, 'i');
/** Sentence ends, block and hidden-content breaks, and words that open a new clause. */
const CLAUSE_END = new RegExp(`[.;!?](?=[\\s"'\\u2019\\u201d]|$)|[\\n\\uFFFC]|\\b${phraseSource(CHARGE_CUES.clauseEnd)}(?![a-z])`, 'gi');

export function usedAsCharge(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - CUE_REACH), start);
  let cut = 0;
  CLAUSE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_END.exec(before))) cut = m.index + m[0].length;
  if (BEFORE.test(before.slice(cut))) return true;
  return AFTER.test(text.slice(end, end + AFTER_REACH));
}
