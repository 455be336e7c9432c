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
 * Found by one native pass for anchor words (as scan.ts), then small windows around each hit.
 */
import type { PrefilterSources, WordChecks } from './prefilter-sources';

/** Section references bind to an Act from this far before it to this far after (bind.ts), plus the
 * longest section reference ("sections 1, 7, 20 and 21(1)(a)" ...): generous on purpose. */
const BIND_BEFORE = 150 + 450;
const BIND_AFTER = 400 + 450;
/** Annotation markers bind to an SOA 2003 / CJCA 2015 this far before them (bind.ts). */
const ANNOTATION_AFTER = 5000;
/** Media words this close to alternative-charge evidence (detect.ts MEDIA_WINDOW), plus the binding
 * reach, since that evidence can be the section reference rather than the Act. */
const MEDIA_REACH = 2500 + BIND_AFTER;

interface CompiledWord {
  checks: WordChecks;
  find: RegExp;
  classify: RegExp;
}

export interface Prefilter {
  sources: PrefilterSources;
  candidates: RegExp;
  words: Map<string, CompiledWord>;
  media: RegExp;
  annotation: RegExp;
  /** Global: where any offence section number is written as one; sticky: which ones start there. */
  sectionFind: RegExp;
  sectionClassify: RegExp;
}

export function compilePrefilter(sources: PrefilterSources = builtSources()): Prefilter {
  return {
    sources,
    candidates: new RegExp(sources.candidates, 'gi'),
    words: new Map(),
    media: new RegExp(sources.media, 'gi'),
    annotation: /f(\d{3,6})/gi,
    sectionFind: new RegExp(sources.sectionForms.join('|'), 'gi'),
    sectionClassify: new RegExp(sources.sectionForms.map((f) => `(?=(${f})|)`).join(''), 'iy'),
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
    classify: new RegExp(checks.groups.map((g) => `(?=(${g})|)`).join(''), 'iy'),
  };
  pf.words.set(word, c);
  return c;
}

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
      if (!word) throw new Error(`prefilter: no checks for "${m[0]}"`);
      if (this.word(word, q)) return true;
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

  /** All kinds of the word's tokens that start at s. */
  private at(w: CompiledWord, s: number): boolean {
    const c = w.classify;
    c.lastIndex = s;
    const m = c.exec(this.text);
    if (!m) return false;
    const acts = new Set<string>();
    let end = s;
    for (let g = 1; g < m.length; g++) {
      const hit = m[g];
      if (!hit) continue;
      const kind = w.checks.kinds[g - 1]!;
      const e = s + hit.length;
      end = Math.max(end, e);
      if (kind.kind === 'decisive') return true;
      if (kind.kind === 'alternative' && this.mediaNear(s, e)) return true;
      if (kind.kind === 'act') for (const id of kind.acts) acts.add(id);
      // "this Act" / "the 2003 Act": any relevant Act seen before it.
      if (kind.kind === 'this-act') for (const id of this.seen) acts.add(id);
    }
    for (const id of acts) if (this.actCited(id, s, end)) return true;
    for (const id of acts) this.seen.add(id);
    return false;
  }

  /** Is one of the Act's offence sections written near [s, e) (decisive, or alternative with media)? */
  private actCited(act: string, s: number, e: number): boolean {
    const lo = s - BIND_BEFORE;
    const hi = e + BIND_AFTER;
    if (firstIn(this.hits(`${act}:decisive`), lo, hi) >= 0) return true;
    if (this.pf.sources.annotationActs.includes(act) && firstIn(this.annotations(), e, e + ANNOTATION_AFTER) >= 0) return true;
    const alt = this.hits(`${act}:alternative`);
    for (let i = firstIn(alt, lo, hi); i >= 0 && i < alt.length && alt[i]! < hi; i++) {
      // The evidence is the section reference (or it with the Act): media words near it.
      if (this.mediaNear(alt[i]! - BIND_AFTER, alt[i]! + BIND_AFTER)) return true;
    }
    return false;
  }

  private readonly found = new Map<string, number[]>();

  /** Positions of all matches of a global regex in the text, once per page (sorted). */
  private all(key: string, re: RegExp | undefined, keep: (m: RegExpExecArray) => boolean = () => true): number[] {
    let list = this.found.get(key);
    if (list) return list;
    list = [];
    if (re) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(this.text))) {
        if (keep(m)) list.push(m.index);
        re.lastIndex = m.index + 1;
      }
    }
    this.found.set(key, list);
    return list;
  }

  private sections: Map<string, number[]> | null = null;

  /** Where the key's ("act:decisive" / "act:alternative") section numbers are written as sections. */
  private hits(key: string): number[] {
    let list = this.found.get(key);
    if (list) return list;
    const at = key.lastIndexOf(':');
    const n = this.pf.sources.numbers[key.slice(0, at)];
    const nums = n ? n[key.slice(at + 1) as 'decisive' | 'alternative'] : [];
    const by = this.allSections();
    list = nums.flatMap((num) => by.get(num) ?? []).sort((a, b) => a - b);
    this.found.set(key, list);
    return list;
  }

  /** One pass for all offence section numbers, the first time an Act needs them. */
  private allSections(): Map<string, number[]> {
    if (this.sections) return this.sections;
    const by = new Map<string, number[]>();
    const { sectionFind: find, sectionClassify: classify, sources } = this.pf;
    find.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = find.exec(this.text))) {
      classify.lastIndex = m.index;
      const c = classify.exec(this.text);
      for (let g = 1; c && g < c.length; g++) {
        if (!c[g]) continue;
        const num = sources.sectionNumbers[g - 1]!;
        const list = by.get(num) ?? [];
        list.push(m.index);
        by.set(num, list);
      }
      find.lastIndex = m.index + 1;
    }
    return (this.sections = by);
  }

  /** legislation.gov.uk annotation markers ("F166B" = F1 + 66B) that can stand for an offence section. */
  private annotations(): number[] {
    const nums = this.pf.sources.annotationNumbers;
    return this.all('annotation', this.pf.annotation, (m) => {
      const d = m[1]!;
      for (let k = 1; k <= 3 && k < d.length; k++) if (nums.some((n) => d.slice(k).startsWith(n))) return true;
      return false;
    });
  }

  private mediaNear(s: number, e: number): boolean {
    return firstIn(this.all('media', this.pf.media), s - MEDIA_REACH, e + MEDIA_REACH) >= 0;
  }
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
