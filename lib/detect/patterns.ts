/**
 * Builds the detector's regular expressions from the catalogue data, once per module load:
 * - `trigger`: the one native scan over the whole text (global, case-insensitive). It finds only
 *   anchor words (anchors.ts), relevant CJS codes, Act abbreviations, "the 2003 Act"/"this Act" and,
 *   until enough are found, case references. V8 compiles it to native code that skips plain text fast.
 * - `regex`: the full token pattern, tried (sticky) at the few word starts just before each anchor, and
 *   run (global) over small windows around a relevant Act to find the sections bound to it.
 * Every alternative uses bounded quantifiers only, so each stays linear (see detect-bench).
 */
import { ACTS } from '../offences/acts';
import { CONTEXT_PHRASES, OFFENCES } from '../offences/catalogue';
import type { ActEntry, ContextKind, OffenceEntry, PhraseKind } from '../offences/types';
import { anchorsOf } from './anchors';

export const YEAR = '[\\s,]{0,3}\\(?\\s{0,2}(?:18|19|20)\\d{2}(?![0-9])\\)?';

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

const SPACE = '[\\s\\u00ad]';
const RUNS = [`${SPACE}{1,3}`, `${SPACE}{0,3}`];

/**
 * The same regular expression, in a form V8 compiles several times faster (issue 19: the detector's
 * patterns are compiled afresh on every page load that needs them, and most of the first detect() was
 * compiling them). V8 unrolls a bounded run "[\s\u00ad]{1,3}" into nested optional nodes, and its
 * analysis of each alternative multiplies over them; "[\s\u00ad](?![\s\u00ad]{3})[\s\u00ad]*" is a loop
 * it compiles quickly. Both match the same strings, trying the same lengths in the same order, where
 * what follows must start with a letter or digit (it cannot match a space): then only the whole run can
 * be taken, longest first, and a run longer than 3 matches in neither (every shorter take leaves a space
 * where the letter must be). Runs that anything else may follow (an optional group, the end of a phrase)
 * are left as they are. tests/unit/detect/quick-spaces.test.ts checks the two forms agree.
 */
export function quickSpaces(source: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    let at = -1;
    let run = '';
    for (const r of RUNS) {
      const k = source.indexOf(r, i);
      if (k >= 0 && (at < 0 || k < at)) [at, run] = [k, r];
    }
    if (at < 0) return out + source.slice(i);
    const next = at + run.length;
    out += source.slice(i, at);
    if (!startsWithLetter(source, next)) out += run;
    else out += run === RUNS[0] ? `${SPACE}(?!${SPACE}{3})${SPACE}*` : `(?!${SPACE}{4})${SPACE}*`;
    i = next;
  }
}

const QUANTIFIER = /[?*+{]/;

/** Must a match of the source from i start with a letter or digit (a literal, or a group of such)? */
function startsWithLetter(s: string, i: number): boolean {
  if (/[a-z0-9]/.test(s[i] ?? '')) return !QUANTIFIER.test(s[i + 1] ?? '');
  if (!s.startsWith('(?:', i)) return false;
  const close = groupEnd(s, i);
  if (close < 0 || QUANTIFIER.test(s[close + 1] ?? '')) return false;
  return alternatives(s, i + 3, close).every((a) => startsWithLetter(s, a));
}

/** Index of the ")" closing the group opened at i, or -1 (escapes and classes skipped). */
function groupEnd(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') j++;
    else if (c === '[') j = classEnd(s, j);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return -1;
}

function classEnd(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === ']') return j;
  }
  return s.length;
}

/** Start indexes of the top-level alternatives in s[from, to). */
function alternatives(s: string, from: number, to: number): number[] {
  const starts = [from];
  let depth = 0;
  for (let j = from; j < to; j++) {
    const c = s[j];
    if (c === '\\') j++;
    else if (c === '[') j = classEnd(s, j);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) starts.push(j + 1);
  }
  return starts;
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
  | { type: 'phrase'; entry: OffenceEntry; kind: PhraseKind; name: boolean }
  | { type: 'context'; kind: ContextKind };

// Subsection in brackets: "(1)", "( 2A )", "(b)", "(ii)".
export const SUB = '(?:\\s{0,2}\\(\\s{0,2}[0-9a-z]{1,4}\\s{0,2}\\))';
const NUM = `\\d{1,3}[a-z]{0,2}${SUB}{0,4}`;
export const DASH = '[-\\u2010-\\u2015]';
// "sections 66A and 66B", "ss.66A-66D", "s.33(1) and (9)", "66B(1)–(4)".
const LIST = `(?:\\s{0,2}(?:,|and|or|to|&|${DASH})\\s{0,2}(?:\\d{1,3}[a-z]{0,2}${SUB}{0,4}|${SUB}{1,4})){0,6}`;
// "Contrary tosection 66B": inline markup joined without a space ("to" + <span>section</span>).
const GLUED_TO = '(?:to(?=sections?[\\s.\\d]|ss?\\.\\s{0,3}\\d))?';
/** The words that start a section reference ("section", "ss.", Welsh "adran"), up to its first number. */
export const SECTION_HEAD = '(?:sections?|secs?|ss?|adran(?:nau)?)(?:\\s{0,2}\\.)?\\s{0,3}';
const SECTION = `${GLUED_TO}${SECTION_HEAD}${NUM}${LIST}`;
/** A whole section reference, as the detector reads it (for the length test of limits.ts). */
export const SECTION_SOURCE = SECTION;

export interface CompiledPatterns {
  /** The native scan. Groups: 1 anchor word (or Act abbreviation, or "act" of "the 2003 Act"), 2 relevant
   * CJS code, 3 case reference (only in `triggerRefs`, used until enough case references are found). */
  trigger: RegExp;
  triggerRefs: RegExp;
  /** Anchor word (lower case) -> how far before it a token can start. */
  back: Map<string, number>;
  /** All token kinds, a capture group per kind; sticky. `local` is the same, global, for windows. */
  regex: RegExp;
  local: RegExp;
  /** Index = capture group number of `regex`. */
  kinds: (TokenKind | undefined)[];
  /** Sticky: Act tokens only, a group per name; `actTargets[group - 1]` says which. */
  acts: RegExp;
  actTargets: GroupTarget[];
  /** Anchor words that only start Act names, abbreviations or "the 2003 Act". */
  actWords: Set<string>;
  /** Anchor words that start an Act name or abbreviation (and maybe phrases too, e.g. "sexual"). */
  actLeads: Set<string>;
  /** Sticky per-kind regexes with one group per alternative, run only at a hit to tell which one it was. */
  identify: Partial<Record<TokenKind, { regex: RegExp; targets: GroupTarget[] }>>;
  /** Sticky: a section glued right after an Act, e.g. "Act 2003s.66B". */
  gluedSection: RegExp;
  /** Sticky: the year after an Act name. */
  actYear: RegExp;
  /** Global: legislation.gov.uk annotation markers ("F166B"), looked for after SOA/CJCA only. */
  annotation: RegExp;
  /** Act id -> section numbers (digits only) it has offences for; only these Acts get a window. */
  actSections: Map<string, string[]>;
  /** Global: section references, to check cheaply whether a window is worth reading. */
  sections: RegExp;
}

export type TokenKind = GroupTarget['type'];

export const REF_SOURCES = [
  // Court of Appeal "2023/00635/A5", "201504500/C2"; CCRN "YY/CCCC/NNNNNND" (brief §7).
  '(?:(?:19|20)\\d{2}/\\d{4,5}/[a-z]\\d{1,2}|\\d{9}/[a-z]\\d|\\d{2}/\\d{4}/\\d{6}[a-z])(?![a-z0-9])',
  // Police URN "01AB2345678", also typed with spaces (brief §7).
  '\\d{2} ?[a-z]{2} ?\\d{5} ?\\d{2}(?![a-z0-9])',
  // Crown Court case numbers: T (trial), S (committal for sentence), A (appeal), U (other) + 8 digits.
  '[tsau]\\d{8}(?![a-z0-9])',
] as const;
/** A case reference (REF_SOURCES) that is a police URN rather than a court case number. */
export const URN_SHAPE = /^\d{2} ?[a-z]{2}/i;
/** Where one case or offence record ends and the next begins: a case reference or any CJS offence code
 * (printed in capitals; scan.ts checks that). */
export const RECORD_BOUNDARY = new RegExp(`\\b(?:${REF_SOURCES.join('|')}|[a-z]{2}\\d{5}[abcie]?(?![a-z0-9]))`, 'gi');

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
  const tokens = tokenPattern();
  const actSections = offenceSectionsByAct();
  const anchors = triggerAnchors(tokens.phrases, actSections);
  // Only the exact codes of catalogue offences; other codes in a register are not worth stopping at.
  const codes = trie([...new Set(OFFENCES.flatMap((e) => e.cjsCodes))].map((c): [string, string] => [c.toLowerCase(), '']));
  const base = `\\b(?:(${trie(anchors.entries)})|(${codes}[abcie]?(?![a-z0-9]))`;
  const refs = `(${REF_SOURCES.join('|')})`;
  const numbers = new Map([...actSections].filter(([, set]) => set.size).map(([act, set]) => [act, [...set]]));
  return {
    trigger: new RegExp(`${base})`, 'gi'),
    // A case reference may be glued to a label by frameworks that drop whitespace between elements
    // ("Result for case05PL9930226"): it needs no word boundary, only no digit before it; scan.ts
    // rejects one glued to a capital letter (inside a serial number or another code).
    triggerRefs: new RegExp(`${base})|(?<![0-9])${refs}`, 'gi'),
    back: anchors.back,
    regex: new RegExp(quickSpaces(tokens.source), 'iy'),
    local: new RegExp(quickSpaces(tokens.source), 'gi'),
    // Act tokens only, one group per name (so a hit needs no second regex to tell which), for anchors
    // that start Act names ("theft" before "act").
    acts: new RegExp(quickSpaces(`\\b(?:${tokens.actItems.map((i) => `(${i.source})`).join('|')})`), 'iy'),
    actTargets: tokens.actItems.map((i) => i.target),
    actWords: new Set([...anchors.exact].filter((w) => !anchors.plain.includes(w)).concat('act')),
    actLeads: anchors.exact,
    kinds: tokens.kinds,
    identify: tokens.identify,
    gluedSection: new RegExp(SECTION, 'iy'),
    sections: new RegExp(`\\b${SECTION}`, 'gi'),
    actYear: /[\s,]{0,3}\(?\s{0,2}((?:18|19|20)\d{2})(?![0-9])\)?/y,
    annotation: /\bf\d{3,6}[a-z]?(?![a-z0-9])/gi,
    actSections: numbers,
  };
}

type OffencePhrase = { entry: OffenceEntry; phrase: OffenceEntry['phrases'][number] };

/** "the 2003 Act" (scan.ts checks the "the" before it), "this Act", "that Act", "the said Act". */
const ACT_YEAR = '(?:19|20)\\d{2}\\s{1,3}act(?![a-z])';
const ACT_THIS = '(?:this|that|said)\\s{1,3}act(?![a-z])';

/**
 * The full token pattern: one alternation with a group per token kind (`kinds[g]` says which), a
 * per-kind regex that tells which item of the kind matched (`identify`), and the Act items on their own.
 */
function tokenPattern() {
  const kinds: (TokenKind | undefined)[] = [undefined];
  const alts: string[] = [];
  const identify: CompiledPatterns['identify'] = {};
  const add = (source: string, kind: TokenKind) => {
    alts.push(`(${source})`);
    kinds.push(kind);
  };
  const actItems: { source: string; target: GroupTarget }[] = [];
  const addMany = (kind: TokenKind, items: { source: string; target: GroupTarget }[]) => {
    if (!items.length) return;
    if (kind === 'act-name' || kind === 'act-abbr') actItems.push(...items);
    add(items.map((i) => `(?:${i.source})`).join('|'), kind);
    identify[kind] = {
      regex: new RegExp(quickSpaces(items.map((i) => `(${i.source})`).join('|')), 'iy'),
      targets: items.map((i) => i.target),
    };
  };
  add('[a-z]{2}\\d{5}[abcie]?(?![a-z0-9])', 'code');
  add(REF_SOURCES[0], 'court-case');
  add(REF_SOURCES[1], 'urn');
  add(REF_SOURCES[2], 'court-case');
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
  add(ACT_YEAR, 'act-year');
  add(ACT_THIS, 'act-this');
  actItems.push({ source: ACT_YEAR, target: { type: 'act-year' } }, { source: ACT_THIS, target: { type: 'act-this' } });
  add('act[\\s,]{1,3}\\(?(?:18|19|20)\\d{2}(?![0-9])', 'act-other');
  // Longer patterns first: at one position the first alternative wins, and the longer one is the more
  // specific ("sharing an intimate photo or film ... for sexual gratification" before "sharing an intimate photo").
  const phrases: OffencePhrase[] = OFFENCES.flatMap((entry) => entry.phrases.map((phrase) => ({ entry, phrase })));
  phrases.sort((a, b) => b.phrase.pattern.length - a.phrase.pattern.length);
  addMany(
    'phrase',
    phrases.map(({ entry, phrase }) => ({ source: phraseSource(phrase.pattern), target: { type: 'phrase', entry, kind: phrase.kind, name: phrase.name === true } })),
  );
  addMany(
    'context',
    CONTEXT_PHRASES.filter((c) => c.kind === 'image-context').map((c) => ({ source: phraseSource(c.pattern), target: { type: 'context', kind: c.kind } })),
  );
  return { source: `\\b(?:${alts.join('|')})`, kinds, identify, actItems, phrases };
}

/**
 * Acts that some offence cites, with the leading numbers of the sections cited (empty for an offence
 * under the Act alone: nothing binds to it, so it gets no window).
 */
function offenceSectionsByAct(): Map<string, Set<string>> {
  const actSections = new Map<string, Set<string>>();
  for (const entry of OFFENCES) {
    for (const c of entry.citations) {
      const set = actSections.get(c.act) ?? new Set<string>();
      if (c.section !== undefined) set.add(/^\d+/.exec(c.section)![0]);
      actSections.set(c.act, set);
    }
  }
  return actSections;
}

/**
 * The words that start the native scan, with how far before each the full pattern is tried (`back`).
 * Acts that some offence cites (and the Scottish/NI analogues, which change the verdict) start it by
 * their names and abbreviations; other Acts are only read inside windows, as blockers.
 */
function triggerAnchors(phrases: readonly OffencePhrase[], actSections: ReadonlyMap<string, unknown>) {
  const relevant = (a: ActEntry) => actSections.has(a.id) || a.jurisdiction !== undefined;
  // Anchor words of phrases (and of Act names that do not start with theirs), with their look-back.
  const back = new Map<string, number>();
  const addAnchors = (pattern: string) => {
    const found = anchorsOf(pattern);
    if (!found) throw new Error(`no anchor word in pattern: ${pattern}`);
    for (const a of found) back.set(a.word, Math.max(back.get(a.word) ?? 0, a.back));
  };
  for (const { phrase } of phrases) addAnchors(phrase.pattern);
  for (const c of CONTEXT_PHRASES) if (c.kind === 'image-context') addAnchors(c.pattern);
  // [word, zero-width tail] entries of the scan. An Act name that starts with its anchor word is checked
  // whole by the scan ("theft" only before "act"), so "Theft from a shop" rows do not stop it.
  // Abbreviations start with their letters and check the rest by a lookahead, so that "ca" only stops
  // the scan before a year ("CA 2003"). "the 2003 Act" and "this Act" stop at "act" and look back (a
  // lookbehind placed first would be tried at every position).
  const entries: [string, string][] = [];
  const exact = new Set<string>();
  for (const act of ACTS) {
    if (!relevant(act)) continue;
    for (const name of act.names) {
      const found = anchorsOf(name);
      const word = found?.length === 1 && found[0]!.back === 0 ? found[0]!.word : '';
      if (word && name.startsWith(word)) {
        entries.push([word, `(?=${phraseSource(name.slice(word.length))}(?![a-z]))`]);
        exact.add(word);
      } else addAnchors(name);
    }
    for (const abbr of act.abbreviations ?? []) {
      const lead = /^[a-z]+/.exec(abbr)![0];
      const rest = phraseSource(abbr.slice(lead.length)) + (act.abbreviationNeedsYear ? YEAR : '(?![a-z&])');
      entries.push([lead, `(?=${rest})`]);
      exact.add(lead);
    }
  }
  entries.push(['act', '(?<=(?:(?:19|20)\\d{2}|this|that|said)[\\s\\u00ad]{1,3}act)(?![a-z])']);
  // The scan reports the shortest word that matched: it must carry the longest look-back of the words
  // it is a prefix of ("nude" for "nudes").
  const plain = [...back.keys()];
  for (const w of plain) {
    for (const o of plain) if (o !== w && w.startsWith(o)) back.set(o, Math.max(back.get(o)!, back.get(w)!));
  }
  entries.push(...plain.map((w): [string, string] => [w, '']));
  for (const w of exact) if (!back.has(w)) back.set(w, 0);
  back.set('act', 8);
  return { entries, back, exact, plain };
}

/**
 * A regex alternation of [word, tail] entries with shared prefixes factored out (the native scan then
 * dispatches on letters). A tail is zero-width (lookarounds). A plain word ends the match: the scan only
 * needs the position, so longer words it is a prefix of add nothing.
 */
export function trie(entries: [string, string][]): string {
  const tails = entries.filter(([w]) => w === '').map(([, tail]) => tail);
  if (tails.includes('')) return '';
  const by = new Map<string, [string, string][]>();
  for (const [w, tail] of entries) if (w) by.set(w[0]!, [...(by.get(w[0]!) ?? []), [w.slice(1), tail]]);
  const alts = [...[...by].map(([c, rest]) => c + trie(rest)), ...tails];
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

const contextSource = (kind: string) => phraseSource(CONTEXT_PHRASES.find((c) => c.kind === kind)?.pattern ?? '(?!)');
/** Media words ("photo", "video", "recording"), looked for only around alternative charges. */
export const MEDIA = new RegExp(quickSpaces(contextSource('media')), 'i');
/** The same, global, to find each media word in a window. */
export const MEDIA_ALL = new RegExp(quickSpaces(`\\b${contextSource('media')}`), 'gi');
/** Words that make an image intimate ("naked", "sexual", "underwear"), read only next to a media word. */
export const INTIMATE_STATE = new RegExp(quickSpaces(`\\b${contextSource('intimate-state')}(?![a-z])`), 'i');
