/**
 * The scan. One native regex pass (`trigger`, patterns.ts) finds the few places worth reading: anchor
 * words, relevant CJS codes, Act abbreviations, case references. At an anchor, the full token pattern is
 * tried at the word starts just before it (at most the anchor's `back`); around a relevant Act, a small
 * window is read for the sections bound to it. JavaScript never walks the plain text character by
 * character, so the cost is close to one native regex pass plus work proportional to the hits.
 */
import type { ActEntry, ContextKind, OffenceEntry, PhraseKind } from '../offences/types';
import type { CaseRef } from './types';
import { parseSectionToken } from './sections';
import type { Annotated } from './index-tables';
import { ANNOTATION_MAX } from './limits';
import { RECORD_BOUNDARY, URN_SHAPE, type CompiledPatterns, type GroupTarget } from './patterns';

/** Case references kept (detect.ts reports at most this many distinct ones). */
export const MAX_CASE_REFS = 50;
/** A relevant Act's window: sections bind to it from this far before (tight or loose "... of the Act")
 * and after ("Act 2003 ... specifically s.33"); see bind.ts. Generous, so that a section's nearer Acts
 * (which bind.ts prefers) are read too. */
const WINDOW_BEFORE = 400;
const WINDOW_AFTER = 650;
/** Where a section bound to the Act can be (bind.ts: up to 150 characters before it, 400 after). */
const BIND_BEFORE = 250;
const BIND_AFTER = 420;
/** Annotation markers bind to the nearest earlier annotated Act (acts.ts) this close (bind.ts). */
const ANNOTATION_AFTER = ANNOTATION_MAX;
/** How far before a section number its reference can start ("sections 1, 7, 20 and 21"). */
const SECTION_REACH = 80;
const MAX_CHECKS = 16;
/** Extra characters read past a window so that a token starting inside it is not cut. */
const PAD = 200;

export interface ActToken {
  start: number;
  end: number;
  /** Resolved Act id, or "other" for an Act outside the table. */
  act: string;
  foreign: boolean;
  year?: string;
}

export interface SectionToken {
  start: number;
  end: number;
  text: string;
  /** legislation.gov.uk annotation marker: candidate sections, bound to a distant Act. */
  annotation?: string[];
}

export interface PhraseToken {
  start: number;
  end: number;
  entry: OffenceEntry;
  kind: PhraseKind;
  /** The phrase is the offence's name (PhraseSpec.name). */
  name: boolean;
}

export interface ContextToken {
  start: number;
  end: number;
  kind: ContextKind;
}

export interface CodeToken {
  start: number;
  end: number;
  code: string;
}

export interface Tokens {
  codes: CodeToken[];
  sections: SectionToken[];
  acts: ActToken[];
  phrases: PhraseToken[];
  contexts: ContextToken[];
  caseRefs: CaseRef[];
}

function resolveAct(candidates: ActEntry[], year: string | undefined, abbreviation: boolean): ActEntry | 'other' | null {
  if (year !== undefined) return candidates.find((a) => a.year === year) ?? 'other';
  if (abbreviation && candidates.every((a) => a.abbreviationNeedsYear)) return null;
  return candidates.find((a) => a.yearlessDefault && !(abbreviation && a.abbreviationNeedsYear)) ?? null;
}

function isUpper(s: string): boolean {
  return s === s.toUpperCase();
}

const isWordCode = (c: number) => (c >= 48 && c <= 57) || c === 95 || ((c | 32) >= 97 && (c | 32) <= 122);
const isWordAt = (text: string, i: number) => i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));

export function scan(text: string, p: CompiledPatterns, annotated: Annotated): Tokens {
  return new Scanner(text, p, annotated).run();
}

/** A token list sorted by start, one token per start. */
function byStart<T extends { start: number }>(list: T[]): T[] {
  list.sort((a, b) => a.start - b.start);
  return list.filter((x, i) => i === 0 || x.start !== list[i - 1]!.start);
}

/**
 * The state of one scan: where reading has got to (so no stretch of text is read twice) and the tokens
 * found. `run` follows the trigger; the other methods read at an anchor, in an Act's window, or at an
 * annotation marker, and turn matches into tokens.
 */
class Scanner {
  private readonly t: Tokens = { codes: [], sections: [], acts: [], phrases: [], contexts: [], caseRefs: [] };
  private readonly n: number;
  private readonly seenRefs = new Set<string>();
  /** End of the last token read at an anchor: anchors inside a token add nothing. */
  private done = 0;
  private tried = 0;
  /** End of the text read by Act windows, and by annotation windows. */
  private windowDone = 0;
  private annotationDone = 0;
  /** Act id -> end of the text checked for its section numbers. */
  private readonly tested = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly p: CompiledPatterns,
    private readonly annotated: Annotated,
  ) {
    this.n = text.length;
  }

  run(): Tokens {
    const { text, p, t } = this;
    let trigger = p.triggerRefs;
    trigger.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = trigger.exec(text))) {
      const q = m.index;
      const len = m[0].length;
      if (m[1] !== undefined) {
        const word = m[1].toLowerCase();
        this.readAt(q - (p.back.get(word) ?? 0), q, p.actWords.has(word), p.actLeads.has(word));
      } else if (m[2] !== undefined) t.codes.push({ start: q, end: q + len, code: m[2].toUpperCase() });
      else if (m[3] !== undefined && this.caseRef(q, m[3]) && trigger === p.triggerRefs) {
        // Enough case references: the rest of the text is read without them (registers have thousands).
        p.trigger.lastIndex = trigger.lastIndex;
        trigger = p.trigger;
      }
      if (this.done > trigger.lastIndex) trigger.lastIndex = this.done;
    }
    t.acts = byStart(t.acts);
    t.sections = byStart(t.sections);
    return t;
  }

  /** Keeps a case reference found at `q`; true once enough distinct ones are kept. */
  private caseRef(q: number, hit: string): boolean {
    const { text } = this;
    // Case references are printed in capitals; lower-case look-alikes are ordinary words. One glued
    // to a letter is a reference only after a lower-case label ("case05PL9930226"), not inside a
    // capitalised code.
    const glued = q > 0 ? text.charAt(q - 1) : '';
    if (hit !== hit.toUpperCase() || (glued !== glued.toLowerCase() && glued === glued.toUpperCase())) return false;
    const value = hit.replace(/\s/g, '').toUpperCase();
    this.t.caseRefs.push({ kind: URN_SHAPE.test(hit) ? 'urn' : 'court-case', value, start: q, end: q + hit.length });
    this.seenRefs.add(value);
    return this.seenRefs.size >= MAX_CASE_REFS;
  }

  /** The last Act before `pos` satisfying `ok` (tokens are pushed almost in order; look back a little). */
  private lastAct(pos: number, ok: (a: ActToken) => boolean): ActToken | undefined {
    const acts = this.t.acts;
    let best: ActToken | undefined;
    for (let i = acts.length - 1, k = 0; i >= 0 && k < 64; i--, k++) {
      const a = acts[i]!;
      if (a.start < pos && ok(a) && (!best || a.start > best.start)) best = a;
    }
    return best;
  }

  private pushAct(a: ActToken, fromWindow: boolean): void {
    this.t.acts.push(a);
    if (fromWindow || a.act === 'other') return;
    const numbers = this.p.actSections.get(a.act);
    if (numbers) this.readWindow(a, numbers);
    if (this.annotated.acts.has(a.act)) this.readAnnotations(a.end);
  }

  /** Reads the sections (and the Acts competing for them) around a relevant Act, once per stretch of text. */
  private readWindow(a: ActToken, numbers: readonly string[]): void {
    const { text, n } = this;
    let lo = Math.max(this.windowDone, a.start - WINDOW_BEFORE, 0);
    const hi = Math.min(n, a.end + WINDOW_AFTER);
    if (lo >= hi) return;
    // Most Acts in a register are cited with other sections ("sections 1(1) and 7 of the Theft Act"):
    // skip the window unless a section of one of this Act's offences is written in it. Text already
    // checked for this Act (its previous window) is not checked again.
    const from = Math.max(lo, a.start - BIND_BEFORE, this.tested.get(a.act) ?? 0);
    const to = Math.min(hi, a.end + BIND_AFTER);
    this.tested.set(a.act, to);
    if (from >= to || !this.mentions(from, to, numbers)) return;
    for (let k = 0; k < 40 && lo > 0 && isWordAt(text, lo - 1); k++) lo--;
    const local = this.p.local;
    const slice = text.slice(lo, Math.min(n, hi + PAD));
    local.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = local.exec(slice))) {
      const start = lo + m.index;
      if (start >= hi) break;
      const end = this.take(start, m, true);
      if (end > start + m[0].length) local.lastIndex = end - lo;
      if (m[0].length === 0) local.lastIndex++;
    }
    this.windowDone = Math.max(this.windowDone, hi);
  }

  /** Is a section with one of the Act's offence section numbers written in [from, to)? Looks for the
   * numbers first (indexOf, the fastest native search), then for a section reference ending at one. */
  private mentions(from: number, to: number, numbers: readonly string[]): boolean {
    const { text, n } = this;
    const slice = text.slice(from, to);
    let checks = 0;
    for (const num of numbers) {
      for (let k = slice.indexOf(num); k >= 0; k = slice.indexOf(num, k + 1)) {
        // Text dense with the number ("2" near the PHA): reading the window is cheaper than checking each.
        if (++checks > MAX_CHECKS) return true;
        const at = from + k;
        const after = text.charCodeAt(at + num.length);
        if (after >= 48 && after <= 57) continue;
        const near = text.slice(Math.max(0, at - SECTION_REACH), Math.min(n, at + 12));
        const re = this.p.sections;
        re.lastIndex = 0;
        let s: RegExpExecArray | null;
        while ((s = re.exec(near))) {
          for (const ref of parseSectionToken(s[0])) if (numbers.includes(/^\d+/.exec(ref.section)![0])) return true;
        }
      }
    }
    return false;
  }

  private readAnnotations(from: number): void {
    const { text } = this;
    const lo = Math.max(from, this.annotationDone);
    const hi = Math.min(this.n, from + ANNOTATION_AFTER);
    if (lo >= hi) return;
    const slice = text.slice(lo, hi);
    const ann = this.p.annotation;
    ann.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ann.exec(slice))) {
      if (lo + m.index > 0 && isWordAt(text, lo + m.index - 1)) continue;
      this.annotation(lo + m.index, lo + m.index + m[0].length, m[0]);
    }
    this.annotationDone = hi;
  }

  private annotation(start: number, end: number, hit: string): void {
    const digits = /\d+/.exec(hit)?.[0] ?? '';
    const letter = hit.slice(1 + digits.length).toUpperCase();
    const candidates: string[] = [];
    for (let k = 1; k <= 3 && k < digits.length; k++) {
      const s = digits.slice(k) + letter;
      if (this.annotated.sections.has(s)) candidates.push(s);
    }
    if (candidates.length) this.t.sections.push({ start, end, text: hit, annotation: candidates });
  }

  /** Turns one match of the full token pattern into a token; returns where reading should continue. */
  private take(start: number, m: RegExpExecArray, fromWindow: boolean, targets?: GroupTarget[]): number {
    const { p, t } = this;
    const end = start + m[0].length;
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const kind = targets ? targets[g - 1]?.type : p.kinds[g];
    if (!kind || end === start) return end;
    // Windows only add sections and Acts; everything else is found by the trigger.
    if (fromWindow && kind !== 'section' && !kind.startsWith('act')) return end;
    let target: GroupTarget = targets?.[g - 1] ?? ({ type: kind } as GroupTarget);
    const id = targets ? undefined : p.identify[kind];
    if (id) {
      id.regex.lastIndex = start;
      const im = id.regex.exec(this.text);
      let ig = 1;
      while (im && ig < im.length && im[ig] === undefined) ig++;
      const found = im ? id.targets[ig - 1] : undefined;
      if (!found) return end;
      target = found;
    }
    const hit = m[0];
    switch (target.type) {
      case 'section':
        t.sections.push({ start, end, text: hit });
        break;
      case 'annotation':
        this.annotation(start, end, hit);
        break;
      case 'act-name':
      case 'act-abbr':
        return this.takeNamedAct(start, end, hit, target, fromWindow);
      case 'act-year': {
        // Only "the 2003 Act"; a bare "2003 Act" is left alone.
        if (!/the[\s\u00ad]{1,3}$/i.test(this.text.slice(Math.max(0, start - 8), start))) break;
        const year = /\d{4}/.exec(hit)?.[0];
        const last = this.lastAct(start, (a) => a.year === year && a.act !== 'other');
        this.pushAct({ start, end, act: last?.act ?? 'other', foreign: false, year }, fromWindow);
        break;
      }
      case 'act-this': {
        const last = this.lastAct(start, () => true);
        this.pushAct({ start, end, act: last?.act ?? 'other', foreign: last?.foreign ?? false, year: last?.year }, fromWindow);
        break;
      }
      case 'act-other':
        t.acts.push({ start, end, act: 'other', foreign: false });
        break;
      case 'phrase':
        t.phrases.push({ start, end, entry: target.entry, kind: target.kind, name: target.name });
        break;
      case 'context':
        t.contexts.push({ start, end, kind: target.kind });
        break;
    }
    return end;
  }

  /** An Act by its name or abbreviation, with its year (in the match or just after it). */
  private takeNamedAct(start: number, matchEnd: number, hit: string, target: Extract<GroupTarget, { type: 'act-name' | 'act-abbr' }>, fromWindow: boolean): number {
    const { text, p } = this;
    let end = matchEnd;
    let year = /(?:18|19|20)\d{2}/.exec(hit)?.[0];
    if (year === undefined) {
      p.actYear.lastIndex = end;
      const y = p.actYear.exec(text);
      year = y?.[1];
      if (y) end = p.actYear.lastIndex;
    }
    const act = resolveAct(target.acts, year, target.type === 'act-abbr');
    if (act === null) return end;
    const token: ActToken = {
      start,
      end,
      act: act === 'other' ? 'other' : act.id,
      foreign: act !== 'other' && act.jurisdiction !== undefined,
      year: year ?? (act === 'other' ? undefined : act.year),
    };
    // A section glued to the Act's year or name by markup ("Act 2003s.66B").
    p.gluedSection.lastIndex = end;
    const glued = p.gluedSection.exec(text);
    if (glued) {
      this.t.sections.push({ start: end, end: end + glued[0].length, text: glued[0] });
      end += glued[0].length;
    }
    this.pushAct(token, fromWindow);
    return end;
  }

  /** Tries the full pattern at each word start in [from, to] not already inside a token or tried (the
   * pattern is the same at every anchor, so a word start that failed once fails again). */
  private readAt(from: number, to: number, acts: boolean, actFirst: boolean): void {
    const { text, p } = this;
    // The Act-only pattern failing at a word start says nothing about the full one: no `tried` for it.
    const first = Math.max(from, this.done, acts ? 0 : this.tried);
    if (!acts) this.tried = to + 1;
    for (let w = first; w <= to; w++) {
      if (!isWordAt(text, w) || isWordAt(text, w - 1)) continue;
      // Act names come before phrases in the full pattern and nothing before them can start with an Act's
      // letters, so at an Act's own anchor the smaller Act pattern gives the same token, faster.
      let m: RegExpExecArray | null = null;
      if (acts || (actFirst && w === to)) {
        p.acts.lastIndex = w;
        m = p.acts.exec(text);
        if (m && m[0].length) {
          this.done = this.take(w, m, false, p.actTargets);
          w = this.done - 1;
          continue;
        }
        if (acts) continue;
      }
      p.regex.lastIndex = w;
      m = p.regex.exec(text);
      if (!m || m[0].length === 0) continue;
      this.done = this.take(w, m, false);
      w = this.done - 1;
    }
  }
}

/**
 * The record (one case, or one offence within it) around [start, end): from the last case reference or
 * CJS code at or before `start` to the next one after `end`, within `window` either side. Registers put
 * many cases on one page; words from a neighbouring case must not count as this one's particulars.
 */
export function recordAround(text: string, start: number, end: number, window: number): [number, number] {
  const lo = Math.max(0, start - window);
  const hi = Math.min(text.length, end + window);
  const slice = text.slice(lo, hi);
  let from = lo;
  let to = hi;
  RECORD_BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RECORD_BOUNDARY.exec(slice))) {
    if (m[0] !== m[0].toUpperCase()) continue;
    const at = lo + m.index;
    if (at <= start) from = at;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return [from, to];
}
