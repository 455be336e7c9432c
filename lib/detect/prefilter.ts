/**
 * The prefilter: can the detector find anything on this page? Answers from the browser's native text
 * (nativeText: textContent without hidden parts, no block separators), so that a page about something
 * else costs one native text read and one native regex pass, not the DOM walk and the full scan.
 *
 * It must never say "no" where detect(pageText(root)) would say anything but 'none'. The native text is
 * the page text with its block separators ("\n") removed (page-text.ts nativeText), so every pattern
 * here is relaxed (relax.ts): it also matches with any "\n" deleted. The conditions mirror how the detector
 * reaches a verdict (detect.ts), each as a superset:
 * - an intimate-image or IIOC offence phrase, an image-context phrase, one of their CJS codes, or the
 *   Voyeurism (Offences) Act: anything but 'none';
 * - a cited Act with one of its offence sections written in a section reference near it (bind.ts
 *   distances), or a legislation.gov.uk annotation marker after the SOA 2003 / CJCA 2015; "this Act"
 *   and "the 2003 Act" count as any relevant Act seen before;
 * - an alternative charge (phrase, code or cited section) counts only with media words near it, as in
 *   detect.ts.
 * Found by one native pass for anchor words (as scan.ts), then small windows around each hit; where an
 * Act needs its section numbers (or a charge its media words), one more native pass per kind finds
 * them all, the first time they are needed.
 */
import type { PrefilterSources, WordChecks } from './prefilter-sources';
import { ANNOTATION_MAX, CONTEXT_MAX, LOOSE_AFTER_MAX, MEDIA_WINDOW, SECTION_TOKEN_MAX } from './limits';

/** Where a section number bound to an Act can be (bind.ts): the section reference ends at most
 * LOOSE_AFTER_MAX before the Act or starts at most CONTEXT_MAX after it, and the number can be anywhere
 * in the reference. */
const BIND_BEFORE = LOOSE_AFTER_MAX + SECTION_TOKEN_MAX;
const BIND_AFTER = CONTEXT_MAX + SECTION_TOKEN_MAX;
const ANNOTATION_AFTER = ANNOTATION_MAX;
/** Media words this close to alternative-charge evidence (detect.ts), plus the binding reach, since that
 * evidence can be the section reference rather than the Act. */
const MEDIA_REACH = MEDIA_WINDOW + BIND_AFTER;

interface CompiledWord {
  checks: WordChecks;
  find: RegExp;
  /** Per kind (parallel to checks.kinds): does a token of that kind start here? Sticky, no captures. */
  kinds: RegExp[];
}

export interface Prefilter {
  sources: PrefilterSources;
  candidates: RegExp;
  words: Map<string, CompiledWord>;
  media: RegExp;
  annotation: RegExp;
  anyRange: RegExp;
  /** "act:decisive" / "act:alternative" -> where those section numbers are written as sections; compiled
   * the first time a page needs one (most pages need none). */
  numberRegex: Map<string, RegExp>;
}

export function compilePrefilter(sources: PrefilterSources = builtSources()): Prefilter {
  return {
    sources,
    candidates: new RegExp(sources.candidates, 'gi'),
    words: new Map(),
    media: new RegExp(sources.media, 'gi'),
    annotation: new RegExp(sources.annotation, 'gi'),
    anyRange: new RegExp(sources.anyRange, 'i'),
    numberRegex: new Map(),
  };
}

/** A word's regexes, compiled the first time the word is seen (most pages have few of them). */
function compiledWord(pf: Prefilter, word: string): CompiledWord | undefined {
  let c = pf.words.get(word);
  if (c) return c;
  const checks = pf.sources.words[word];
  if (!checks) return undefined;
  c = {
    checks,
    find: new RegExp(checks.groups.join('|'), 'gi'),
    kinds: checks.groups.map((g) => new RegExp(g, 'iy')),
  };
  pf.words.set(word, c);
  return c;
}

/** Suffix of the numberSources key of an Act's range source ("soa2003:decisive~range"). */
export const RANGE_KEY = '~range';

declare const __DOR_PREFILTER__: PrefilterSources | undefined;

/** The sources computed at build time (prefilter-sources.ts), defined by the bundler. */
export function builtSources(): PrefilterSources {
  if (typeof __DOR_PREFILTER__ === 'undefined') throw new Error('prefilter: __DOR_PREFILTER__ is not defined by the build');
  return __DOR_PREFILTER__;
}

let shared: Prefilter | undefined;

/** Could detect() on the page text find anything? `text` is the native text (see the module comment). */
export function mayMatch(text: string, pf: Prefilter = (shared ??= compilePrefilter())): boolean {
  return new Check(text, pf).run();
}

class Check {
  /** Relevant Acts seen so far: "this Act" can mean any of them. */
  private readonly seen = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly pf: Prefilter,
  ) {}

  run(): boolean {
    const { text, pf } = this;
    const cand = pf.candidates;
    cand.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cand.exec(text))) {
      const q = m.index;
      const word = compiledWord(pf, m[0].toLowerCase());
      // Cannot happen (every word the pass reports has checks); if it did, read the page rather than guess.
      if (!word || this.word(word, q)) return true;
      // Every position is a possible start: words can overlap ("cjca" holds "ca").
      cand.lastIndex = q + 1;
    }
    return false;
  }

  /** Classifies the tokens of the word's kinds that start in [q - back, q]. */
  private word(w: CompiledWord, q: number): boolean {
    const { back, reach } = w.checks;
    if (back === 0) return this.at(w, q);
    const lo = Math.max(0, q - back);
    const slice = this.text.slice(lo, Math.min(this.text.length, q + reach + 1));
    const find = w.find;
    find.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = find.exec(slice))) {
      if (m.index > q - lo) break;
      if (this.at(w, lo + m.index)) return true;
      find.lastIndex = m.index + 1;
    }
    return false;
  }

  /**
   * All kinds of the word's tokens that start at s. A token's end is taken as s + reach, the furthest it
   * can end: the windows around it only grow, so the answer stays a superset, and no match is built.
   */
  private at(w: CompiledWord, s: number): boolean {
    const e = s + w.checks.reach;
    let acts: string[] | null = null;
    for (let g = 0; g < w.kinds.length; g++) {
      const re = w.kinds[g]!;
      re.lastIndex = s;
      if (!re.test(this.text)) continue;
      const kind = w.checks.kinds[g]!;
      if (kind.kind === 'decisive') return true;
      if (kind.kind === 'alternative' && this.mediaNear(s, e)) return true;
      if (kind.kind === 'act') (acts ??= []).push(...kind.acts);
      // "this Act" / "the 2003 Act": any relevant Act seen before it.
      if (kind.kind === 'this-act') (acts ??= []).push(...this.seen);
    }
    if (!acts) return false;
    for (const id of acts) if (this.actCited(id, s, e)) return true;
    for (const id of acts) this.seen.add(id);
    return false;
  }

  /** Per Act: where its offence section numbers (and, for SOA/CJCA, annotation markers) are written. */
  private readonly actHits = new Map<string, { decisive: number[]; alternative: number[]; annotation: number[] | null }>();

  private hitsOf(act: string): { decisive: number[]; alternative: number[]; annotation: number[] | null } {
    let h = this.actHits.get(act);
    if (h) return h;
    h = {
      decisive: this.numbers(`${act}:decisive`),
      alternative: this.numbers(`${act}:alternative`),
      annotation: this.pf.sources.annotationActs.includes(act) ? this.annotations() : null,
    };
    this.actHits.set(act, h);
    return h;
  }

  /** Where the key's section numbers are written, sorted: as numbers, and inside ranges where the page
   * has any range at all (few do: the range sources, the costliest to compile, are then never built). */
  private numbers(key: string): number[] {
    const written = numberRegex(this.pf, key);
    if (!written) return [];
    const hits = this.scan(key, written);
    const ranges = numberRegex(this.pf, key + RANGE_KEY);
    if (!ranges || !this.anyRange()) return hits;
    return [...hits, ...this.scan(key + RANGE_KEY, ranges)].sort((a, b) => a - b);
  }

  private hasRange: boolean | undefined;

  private anyRange(): boolean {
    if (this.hasRange === undefined) {
      this.hasRange = this.pf.anyRange.test(this.text);
    }
    return this.hasRange;
  }

  /** Is one of the Act's offence sections written near [s, e) (decisive, or alternative with media)? */
  private actCited(act: string, s: number, e: number): boolean {
    const lo = s - BIND_BEFORE;
    const hi = e + BIND_AFTER;
    const h = this.hitsOf(act);
    if (firstIn(h.decisive, lo, hi) >= 0) return true;
    // An annotation marker after the Act: from s, since e is only where the Act can end at most.
    if (h.annotation && firstIn(h.annotation, s, e + ANNOTATION_AFTER) >= 0) return true;
    const alt = h.alternative;
    for (let i = firstIn(alt, lo, hi); i >= 0 && i < alt.length && alt[i]! < hi; i++) {
      // The evidence is the section reference (or it with the Act): media words near it.
      if (this.mediaNear(alt[i]! - BIND_AFTER, alt[i]! + BIND_AFTER)) return true;
    }
    return false;
  }

  /** Per regex key: every match start in the text (sorted), found the first time the key is needed. */
  private readonly found = new Map<string, number[]>();

  /**
   * Match starts of a global regex in the whole text, searched once per page and only when an Act or
   * a charge first needs it (most pages need none). Callers look up their window with firstIn.
   */
  private scan(key: string, re: RegExp): number[] {
    let hits = this.found.get(key);
    if (hits) return hits;
    hits = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text))) {
      hits.push(m.index);
      re.lastIndex = m.index + 1;
    }
    this.found.set(key, hits);
    return hits;
  }

  /** legislation.gov.uk annotation markers ("F166B" = F1 + 66B) that can stand for an offence section. */
  private annotations(): number[] {
    return this.scan('annotation', this.pf.annotation);
  }

  private mediaNear(s: number, e: number): boolean {
    const lo = s - MEDIA_REACH;
    const hi = e + MEDIA_REACH;
    return firstIn(this.scan('media', this.pf.media), lo, hi) >= 0;
  }
}

function numberRegex(pf: Prefilter, key: string): RegExp | undefined {
  let re = pf.numberRegex.get(key);
  const source = pf.sources.numberSources[key];
  if (!re && source !== undefined) pf.numberRegex.set(key, (re = new RegExp(source, 'gi')));
  return re;
}

/** Index of the first position in [lo, hi) of a sorted list, or -1. */
function firstIn(list: number[], lo: number, hi: number): number {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid]! < lo) a = mid + 1;
    else b = mid;
  }
  return a < list.length && list[a]! < hi ? a : -1;
}
