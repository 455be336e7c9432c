/**
 * Builds the prefilter's regex sources from the catalogue (see prefilter.ts for what they must
 * guarantee). Runs at build time (wxt.config.ts / vitest.config.ts define __DOR_PREFILTER__), so the
 * always-injected script carries only the result, not this code, the relaxer or the phrase compiler.
 */
import { ACTS } from '../offences/acts';
import { CONTEXT_PHRASES, OFFENCES } from '../offences/catalogue';
import type { OffenceEntry } from '../offences/types';
import { anchorsOf } from './anchors';
import { DASH, phraseSource, SECTION_HEAD, SUB, trie, YEAR } from './patterns';
import { relax } from './relax';
import { RANGE_KEY } from './prefilter';

/** What a token found at an anchor word can be. */
export type Kind = { kind: 'decisive' } | { kind: 'alternative' } | { kind: 'this-act' } | { kind: 'act'; acts: string[] };

/** The tokens an anchor word can belong to (and those of longer words it is a prefix of). */
export interface WordChecks {
  /** How far before the word such a token can start. */
  back: number;
  /** Per kind (parallel to `kinds`): an alternation of its tokens' relaxed sources. prefilter.ts joins
   * them into one regex to find where a token starts in [word - back, word], and one with a lookahead
   * capture per kind to tell, at one position, every kind that starts there. */
  groups: string[];
  kinds: Kind[];
  /** Most characters a token inspects from its start. */
  reach: number;
}

export interface PrefilterSources {
  /** Global: anchor words, Act abbreviations, "... Act", CJS codes (as scan.ts's trigger, relaxed). */
  candidates: string;
  /** Lower-case word (what `candidates` matched) -> its checks. */
  words: Record<string, WordChecks>;
  /** Act id -> section numbers (digits) of its offences: decisive ones, and alternative-charge ones. */
  numbers: Record<string, { decisive: string[]; alternative: string[] }>;
  /** Global: an annotation marker that can stand for an offence section of the SOA 2003 / CJCA 2015
   * ("F166B" = footnote F1 + s.66B). */
  annotation: string;
  annotationActs: string[];
  media: string;
  /** "act:decisive" / "act:alternative" -> global source finding those section numbers written as
   * numbers (numberSource); the key + RANGE_KEY -> one finding ranges that take them in ("65 to 67"). */
  numberSources: Record<string, string>;
  /** Global: any range of numbers ("65 to 67", "66A-66D"): where none is written, no Act's range
   * source can match, and none is compiled (most pages). */
  anyRange: string;
}

const isDecisive = (e: OffenceEntry) => e.category === 'intimate-image' || e.category === 'iioc';

interface Item {
  source: string;
  kind: Kind;
}

/** The bundler define that carries the sources into a build (wxt, vitest, the bench and E2E probes). */
export function prefilterDefine(): { __DOR_PREFILTER__: string } {
  return { __DOR_PREFILTER__: JSON.stringify(prefilterSources()) };
}

/** Builds the sources from the catalogue. Deterministic. */
export function prefilterSources(): PrefilterSources {
  const index = new WordIndex();
  addOffenceTokens(index);
  const { numbers, actOnly } = sectionNumbers();
  addActTokens(index, numbers, actOnly);
  const annotationActs = ACTS.filter((a) => a.annotated).map((a) => a.id);
  return {
    candidates: candidatesSource(index.candidateEntries()),
    words: index.wordChecks(),
    numbers,
    annotation: annotationSource(annotationNumbers(annotationActs)),
    annotationActs,
    media: relax(MEDIA_SOURCE).source,
    numberSources: numberSources(numbers),
    // The end of every range match: the first number (or its last subsection), "to" or a dash, a digit.
    anyRange: relax(`[0-9)]\\s{0,2}(?:to|${DASH})\\s{0,2}[0-9]`).source,
  };
}

const DECISIVE: Kind = { kind: 'decisive' };
const ALTERNATIVE: Kind = { kind: 'alternative' };

/**
 * Anchor words and the tokens that can be found at each. `tails`: zero-width checks of what must
 * follow the word for any of its tokens (an abbreviation's rest, an Act name's rest), so the candidate
 * pass does not stop at every "theft" of "Theft from a shop"; null once any token can start without
 * one (a phrase anchor).
 */
class WordIndex {
  /** key: the word, or "lead|abbreviation" for an abbreviation. */
  private readonly byWord = new Map<string, { back: number; items: Item[]; tails: string[] | null }>();

  /** `tail`: see the class comment; undefined: none. */
  attach(key: string, back: number, item: Item, tail?: string): void {
    let w = this.byWord.get(key);
    if (!w) {
      w = { back: 0, items: [], tails: [] };
      this.byWord.set(key, w);
    }
    w.back = Math.max(w.back, back);
    w.items.push(item);
    if (tail === undefined) w.tails = null;
    else if (w.tails && !w.tails.includes(tail)) w.tails.push(tail);
  }

  /** Attaches a phrase pattern's token at each of its anchor words. */
  anchored(pattern: string, item: Item, tailed = false): void {
    const found = anchorsOf(pattern);
    if (!found) throw new Error(`prefilter: no anchor word in ${pattern}`);
    for (const a of found) {
      // An Act name that starts with its anchor word: the rest of the name is checked ahead.
      const tail = tailed && found.length === 1 && a.back === 0 && pattern.startsWith(a.word) ? relax(`(?=${phraseSource(nextWord(pattern.slice(a.word.length)))})`).source : undefined;
      this.attach(a.word, a.back, item, tail);
    }
  }

  /** Each word with the lookahead its candidate match needs ('' for none). */
  candidateEntries(): [string, string][] {
    return [...this.byWord].map(([key, w]) => [
      key.split('|')[0]!,
      !w.tails || w.tails.length === 0 ? '' : w.tails.length === 1 ? w.tails[0]! : `(?=${w.tails.map((t) => t.slice(3, -1)).join('|')})`,
    ]);
  }

  /**
   * The checks per word the candidate pass reports. Such a word can be the start of longer words: their
   * tokens are checked too. Abbreviation leads ("cj" of "CJ&CA") share a word with each other and with
   * plain words.
   */
  wordChecks(): Record<string, WordChecks> {
    const { byWord } = this;
    const perWord = new Map<string, { back: number; items: Item[] }>();
    const plain = [...byWord.keys()].filter((k) => !k.includes('|'));
    for (const [key, w] of byWord) {
      const word = key.includes('|') ? key.slice(0, key.indexOf('|')) : key;
      const into = perWord.get(word) ?? { back: 0, items: [] };
      into.back = Math.max(into.back, w.back);
      into.items.push(...w.items);
      if (!key.includes('|')) {
        for (const other of plain) {
          if (other === key || !other.startsWith(key)) continue;
          const o = byWord.get(other)!;
          into.back = Math.max(into.back, o.back);
          into.items.push(...o.items);
        }
      }
      perWord.set(word, into);
    }
    const words: Record<string, WordChecks> = {};
    for (const [word, w] of perWord) words[word] = checksOf(w.back, w.items);
    return words;
  }
}

/** Offence phrases and CJS codes, and image-context phrases (decisive: they point at the base offence). */
function addOffenceTokens(index: WordIndex): void {
  for (const e of OFFENCES) {
    const kind = isDecisive(e) ? DECISIVE : ALTERNATIVE;
    for (const p of e.phrases) index.anchored(p.pattern, { source: phraseSource(p.pattern), kind });
    for (const c of e.cjsCodes) index.attach(c.toLowerCase(), 0, { source: c.toLowerCase(), kind });
  }
  for (const c of CONTEXT_PHRASES) {
    if (c.kind === 'image-context') index.anchored(c.pattern, { source: phraseSource(c.pattern), kind: DECISIVE });
  }
}

/**
 * Acts any offence cites: the section numbers of its offences (which decide), and the Acts whose name
 * alone is decisive (Voyeurism (Offences) Act 2019).
 */
function sectionNumbers(): { numbers: PrefilterSources['numbers']; actOnly: Set<string> } {
  const numbers: PrefilterSources['numbers'] = {};
  const actOnly = new Set<string>();
  for (const e of OFFENCES) {
    for (const c of e.citations) {
      if (c.section === undefined) {
        if (!isDecisive(e)) throw new Error(`prefilter: Act-only citation of an alternative charge (${c.act})`);
        actOnly.add(c.act);
        continue;
      }
      const n = (numbers[c.act] ??= { decisive: [], alternative: [] });
      const digits = /^\d+/.exec(c.section)![0];
      const list = isDecisive(e) ? n.decisive : n.alternative;
      if (!list.includes(digits)) list.push(digits);
    }
  }
  return { numbers, actOnly };
}

/** The names and abbreviations of the Acts offences cite, and "2003 Act" / "this Act". */
function addActTokens(index: WordIndex, numbers: PrefilterSources['numbers'], actOnly: ReadonlySet<string>): void {
  for (const act of ACTS) {
    if (!(act.id in numbers) && !actOnly.has(act.id)) continue;
    const kind: Kind = actOnly.has(act.id) ? DECISIVE : { kind: 'act', acts: [act.id] };
    for (const name of act.names) index.anchored(name, { source: phraseSource(name), kind }, kind.kind === 'act');
    for (const abbr of act.abbreviations ?? []) {
      if (actOnly.has(act.id)) throw new Error(`prefilter: abbreviation of an Act-only offence (${act.id})`);
      const lead = /^[a-z]+/.exec(abbr)![0];
      const year = act.abbreviationNeedsYear ? YEAR : '';
      // The lead alone ("ca") would stop everywhere: the candidate pass checks the rest ahead, and for a
      // year only its start (cheaper to compile; the word's own check reads the whole year).
      const key = `${lead}|${abbr}`;
      const ahead = act.abbreviationNeedsYear ? YEAR_START : '';
      index.attach(key, 0, { source: `${phraseSource(abbr)}${year}`, kind }, relax(`(?=${phraseSource(abbr.slice(lead.length))}${ahead})`).source);
    }
  }
  index.attach('act', 8, { source: '(?:(?:19|20)\\d{2}|this|that|said)[\\s\\u00ad]{1,3}act', kind: { kind: 'this-act' } }, relax('(?<=(?:(?:19|20)\\d{2}|this|that|said)[\\s\\u00ad]{1,3}act)').source);
}

/** The section numbers (digits) an annotation marker after one of `acts` can stand for. */
function annotationNumbers(acts: readonly string[]): string[] {
  return [
    ...new Set(
      OFFENCES.filter((e) => e.category === 'intimate-image' && acts.includes(e.statute)).flatMap((e) =>
        e.citations.filter((c) => c.act === e.statute && c.section).map((c) => /^\d+/.exec(c.section!)![0]),
      ),
    ),
  ];
}

/** "act:decisive" / "act:alternative" (and their RANGE_KEY variants) -> the sources finding those numbers. */
function numberSources(numbers: PrefilterSources['numbers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [act, n] of Object.entries(numbers)) {
    for (const kind of ['decisive', 'alternative'] as const) {
      if (!n[kind].length) continue;
      const { written, ranges } = numberSource(n[kind]);
      out[`${act}:${kind}`] = written;
      if (ranges) out[`${act}:${kind}${RANGE_KEY}`] = ranges;
    }
  }
  return out;
}

/**
 * The first word of a phrase pattern's rest (" justice and courts act" -> " justice"): a prefix of it, so
 * checking only that much ahead still lets every full name through. Cut only at a space outside groups.
 */
function nextWord(rest: string): string {
  let depth = 0;
  for (let i = 1; i < rest.length; i++) {
    const c = rest[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ' ' && depth === 0) return rest.slice(0, i);
  }
  return rest;
}

/**
 * The candidate pass's regex: a trie of the anchor words, each with the check of what must follow it.
 * V8 compiles it afresh on every page load, so the checks are short: an Act name's next word only, a
 * year's first digit only (the word's own check reads the rest), and none where nothing follows ("SOA").
 */
function candidatesSource(entries: [string, string][]): string {
  return trie(entries.map(([w, t]): [string, string] => [w, t === '(?=)' ? '' : t]));
}

/** Groups a word's items by kind, one lookahead capture each. */
function checksOf(back: number, items: Item[]): WordChecks {
  const keyOf = (k: Kind) => (k.kind === 'act' ? `act:${k.acts.join(',')}` : k.kind);
  const groups = new Map<string, { kind: Kind; sources: string[] }>();
  let reach = 0;
  for (const it of items) {
    const r = relax(it.source);
    reach = Math.max(reach, r.maxReach);
    const g = groups.get(keyOf(it.kind)) ?? { kind: it.kind, sources: [] };
    if (!g.sources.includes(r.source)) g.sources.push(r.source);
    groups.set(keyOf(it.kind), g);
  }
  const list = [...groups.values()];
  return { back, groups: list.map((g) => g.sources.join('|')), kinds: list.map((g) => g.kind), reach };
}

/**
 * legislation.gov.uk prints a footnote marker before an amended section: "F1" + "66B". The footnote
 * number has 1-3 digits, then the section's digits follow (scan.ts reads such markers the same way).
 */
function annotationSource(nums: string[]): string {
  return nums.length ? `f[0-9]{1,3}(?:${nums.join('|')})` : '(?!)';
}

const MEDIA_SOURCE = phraseSource(CONTEXT_PHRASES.find((c) => c.kind === 'media')?.pattern ?? '(?!)');

/**
 * What a year (patterns.ts YEAR) starts with: up to six spaces, commas or a bracket, then the first digit.
 * A test checks that every match of YEAR also matches this.
 */
export const YEAR_START = '[\\s,(]{0,6}[12]';

/** Between the two numbers of a range: subsections, then "to" or a dash (relaxed). */
const RANGE_GAP = relax(`${SUB}{0,4}\\s{0,2}(?:to|${DASH})\\s{0,2}`).source;

/**
 * Where one of `nums` is written as a section number (patterns.ts SECTION), relaxed: right after a
 * section word, or after a list separator that follows an earlier number ("66A and 67", "33(1) or
 * 34"); and, as a second source, inside a range "65 to 67" (sections.ts expands ranges of up to 5).
 * Subsections in brackets are not sections. The digits may run on into others (a "\n" removed before
 * more digits), so there is no end check. The number comes first, so the native scan only stops at
 * those digits.
 */
function numberSource(nums: string[]): { written: string; ranges: string | null } {
  const head = relax(`(?:${SECTION_HEAD}|(?:[0-9]|[0-9][a-z]{1,2}|\\))\\s{0,2}(?:,|and|or|to|&|${DASH})\\s{0,2})`).source;
  const list = nums.join('|');
  const ranges: string[] = [];
  for (const n of nums) {
    const v = Number(n);
    const from: string[] = [];
    for (let a = Math.max(0, v - 5); a < v; a++) from.push(String(a));
    const to: string[] = [];
    for (let b = v; b <= v + 4 && b < 1000; b++) to.push(String(b));
    if (!from.length) continue;
    ranges.push(`(?<![0-9])(?:${from.join('|')})${RANGE_GAP}(?:${to.join('|')})`);
  }
  return { written: `(?:${list})(?<=(?:${head})(?:${list}))`, ranges: ranges.length ? ranges.join('|') : null };
}

