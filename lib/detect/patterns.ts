/**
 * Builds the one combined regular expression the detector scans the text with, from the catalogue data.
 * Every alternative is anchored at a word boundary and uses bounded quantifiers only, so one exec loop
 * over the text is linear (see detect-bench). Built once per module load.
 */
import { ACTS } from '../offences/acts';
import { CONTEXT_PHRASES, OFFENCES } from '../offences/catalogue';
import type { ActEntry, ContextKind, OffenceEntry, PhraseKind } from '../offences/types';
import { prefixesOf } from './prefixes';

/** Symbols: a-z = 0..25, digit = 26, anything else = 27. */
export const SYMBOLS = 28;
/** How many symbols of a word start the prefilter looks at. */
export const KEY_LENGTH = 4;
const YEAR = '[\\s,]{0,3}\\(?\\s{0,2}(?:18|19|20)\\d{2}(?![0-9])\\)?';
function symbolIndexOf(s: string): number {
  if (s === '0') return 26;
  if (s === '_') return 27;
  return s.charCodeAt(0) - 97;
}

/** Turns a restricted phrase pattern into regex source: a space outside [...] = 1-3 whitespace, " ?" = 0-3. */
export function phraseSource(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    if (ch === ' ' && inClass) out += '\\s\\u00ad';
    else if (ch === ' ' && pattern[i + 1] === '?') {
      out += '[\\s\\u00ad]{0,3}';
      i++;
    } else if (ch === ' ') out += '[\\s\\u00ad]{1,3}';
    else out += ch;
  }
  return out;
}

export type GroupTarget =
  | { type: 'code' }
  | { type: 'urn' }
  | { type: 'court-case' }
  | { type: 'section' }
  | { type: 'annotation' }
  | { type: 'act-name'; acts: ActEntry[] }
  | { type: 'act-abbr'; acts: ActEntry[] }
  | { type: 'act-year' }
  | { type: 'act-this' }
  | { type: 'act-other' }
  | { type: 'phrase'; entry: OffenceEntry; kind: PhraseKind }
  | { type: 'context'; kind: ContextKind };

// Subsection in brackets: "(1)", "( 2A )", "(b)", "(ii)".
const SUB = '(?:\\s{0,2}\\(\\s{0,2}[0-9a-z]{1,4}\\s{0,2}\\))';
const NUM = `\\d{1,3}[a-z]{0,2}${SUB}{0,4}`;
const DASH = '[-\\u2010-\\u2015]';
// "sections 66A and 66B", "ss.66A-66D", "s.33(1) and (9)", "66B(1)–(4)".
const LIST = `(?:\\s{0,2}(?:,|and|or|to|&|${DASH})\\s{0,2}(?:\\d{1,3}[a-z]{0,2}${SUB}{0,4}|${SUB}{1,4})){0,6}`;
const SECTION = `(?:sections?|secs?|ss?|adran(?:nau)?)(?:\\s{0,2}\\.)?\\s{0,3}${NUM}${LIST}`;

export interface CompiledPatterns {
  /** The one scan: a capture group per kind of token (few groups keep each hit cheap). Sticky: scan.ts
   * runs it only at word starts whose first three symbols some alternative can begin with (`starts`). */
  regex: RegExp;
  /** Bitset over the first KEY_LENGTH symbols of a word (see prefixes.ts and symbolIndexOf). */
  starts: Uint32Array;
  /** Index = capture group number of `regex`. */
  kinds: (TokenKind | undefined)[];
  /** Sticky per-kind regexes with one group per alternative, run only at a hit to tell which one it was. */
  identify: Partial<Record<TokenKind, { regex: RegExp; targets: GroupTarget[] }>>;
  /** Sticky: a section glued right after an Act, e.g. "Act 2003s.66B". */
  gluedSection: RegExp;
  /** Sticky: the year after an Act name. */
  actYear: RegExp;
}

export type TokenKind = GroupTarget['type'];

function groupActs(key: 'names' | 'abbreviations'): Map<string, ActEntry[]> {
  const map = new Map<string, ActEntry[]>();
  for (const act of ACTS) {
    for (const name of act[key] ?? []) {
      const list = map.get(name) ?? [];
      list.push(act);
      map.set(name, list);
    }
  }
  return map;
}

export function compilePatterns(): CompiledPatterns {
  const kinds: (TokenKind | undefined)[] = [undefined];
  const alts: string[] = [];
  const identify: CompiledPatterns['identify'] = {};
  const add = (source: string, kind: TokenKind) => {
    alts.push(`(${source})`);
    kinds.push(kind);
  };
  const addMany = (kind: TokenKind, items: { source: string; target: GroupTarget }[]) => {
    if (!items.length) return;
    add(items.map((i) => `(?:${i.source})`).join('|'), kind);
    identify[kind] = {
      regex: new RegExp(items.map((i) => `(${i.source})`).join('|'), 'iy'),
      targets: items.map((i) => i.target),
    };
  };
  add('[a-z]{2}\\d{5}[abcie]?(?![a-z0-9])', 'code');
  // Court of Appeal "2023/00635/A5", "201504500/C2"; CCRN "YY/CCCC/NNNNNND" (brief §7).
  add('(?:(?:19|20)\\d{2}/\\d{4,5}/[a-z]\\d{1,2}|\\d{9}/[a-z]\\d|\\d{2}/\\d{4}/\\d{6}[a-z])(?![a-z0-9])', 'court-case');
  // Police URN "01AB2345678", also typed with spaces (brief §7).
  add('\\d{2} ?[a-z]{2} ?\\d{5} ?\\d{2}(?![a-z0-9])', 'urn');
  // Crown Court case numbers: T (trial), S (committal for sentence), A (appeal), U (other) + 8 digits.
  add('[tsau]\\d{8}(?![a-z0-9])', 'court-case');
  add(SECTION, 'section');
  // legislation.gov.uk annotation markers glued to a section number: "F166B" = F1 + 66B.
  add('f\\d{3,6}[a-z]?(?![a-z0-9])', 'annotation');
  addMany('act-name', [...groupActs('names')].map(([name, acts]) => ({ source: phraseSource(name), target: { type: 'act-name', acts } })));
  addMany(
    'act-abbr',
    [...groupActs('abbreviations')].map(([abbr, acts]) => ({
      // Short abbreviations that need their year ("CA 2003") carry it in the pattern, so the prefilter
      // does not stop at every word starting "ca".
      source: acts.every((a) => a.abbreviationNeedsYear) ? `${phraseSource(abbr)}${YEAR}` : `${phraseSource(abbr)}(?![a-z&])`,
      target: { type: 'act-abbr', acts },
    })),
  );
  // "the 2003 Act": anchored on the year (scan.ts checks the "the" before it), not on every "the".
  add('(?:19|20)\\d{2}\\s{1,3}act(?![a-z])', 'act-year');
  // "this Act", "that Act", "the said Act" (anchored on the rarer word, not on every "the").
  add('(?:this|that|said)\\s{1,3}act(?![a-z])', 'act-this');
  add('act[\\s,]{1,3}\\(?(?:18|19|20)\\d{2}(?![0-9])', 'act-other');
  // Longer patterns first: at one position the first alternative wins, and the longer one is the more
  // specific ("sharing an intimate photo or film ... for sexual gratification" before "sharing an intimate photo").
  const phrases = OFFENCES.flatMap((entry) => entry.phrases.map((phrase) => ({ entry, phrase })));
  phrases.sort((a, b) => b.phrase.pattern.length - a.phrase.pattern.length);
  addMany(
    'phrase',
    phrases.map(({ entry, phrase }) => ({ source: phraseSource(phrase.pattern), target: { type: 'phrase', entry, kind: phrase.kind } })),
  );
  addMany(
    'context',
    CONTEXT_PHRASES.filter((c) => c.kind === 'image-context').map((c) => ({ source: phraseSource(c.pattern), target: { type: 'context', kind: c.kind } })),
  );
  const source = `\\b(?:${alts.join('|')})`;
  const starts = new Uint32Array(Math.ceil(SYMBOLS ** KEY_LENGTH / 32));
  for (const prefix of prefixesOf(source, KEY_LENGTH)) {
    // Shorter prefixes (a pattern that can end early) allow any following symbols.
    const codes = [...prefix].map(symbolIndexOf);
    const fill = (depth: number, index: number) => {
      if (depth === KEY_LENGTH) {
        starts[index >>> 5]! |= 1 << (index & 31);
        return;
      }
      const c = codes[depth];
      if (c !== undefined) fill(depth + 1, index * SYMBOLS + c);
      else for (let k = 0; k < SYMBOLS; k++) fill(depth + 1, index * SYMBOLS + k);
    };
    fill(0, 0);
  }
  return {
    regex: new RegExp(source, 'iy'),
    starts,
    kinds,
    identify,
    gluedSection: new RegExp(SECTION, 'iy'),
    actYear: /[\s,]{0,3}\(?\s{0,2}((?:18|19|20)\d{2})(?![0-9])\)?/y,
  };
}

/** Media words ("photo", "video", "recording"), looked for only around alternative charges. */
export const MEDIA = new RegExp(phraseSource(CONTEXT_PHRASES.find((c) => c.kind === 'media')?.pattern ?? '(?!)'), 'i');
