/**
 * The single pass: one combined regex (patterns.ts) run once over the text with lastIndex, turning each
 * hit into a token. Nothing here rescans the text; follow-up checks look at a few characters only.
 */
import type { ActEntry, ContextKind, OffenceEntry, PhraseKind } from '../offences/types';
import type { CaseRef } from './types';
import { KEY_LENGTH, SYMBOLS, type CompiledPatterns, type GroupTarget } from './patterns';

// Character classes for the prefilter, matching the regex's \b (word = [A-Za-z0-9_]):
// a-z = 0..25 (case folded), digit = 26, other = 27; NON_WORD marks non-word characters.
const OTHER_SYMBOL = 27;
const UNDERSCORE = 27;
const NON_WORD = 255;
const CLASS = new Uint8Array(128).fill(NON_WORD);
for (let c = 0; c < 26; c++) {
  CLASS[65 + c] = c;
  CLASS[97 + c] = c;
}
for (let c = 48; c < 58; c++) CLASS[c] = 26;
CLASS[95] = UNDERSCORE;

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

export function scan(text: string, p: CompiledPatterns, annotated: Set<string>): Tokens {
  const t: Tokens = { codes: [], sections: [], acts: [], phrases: [], contexts: [], caseRefs: [] };
  const re = p.regex;
  const { kinds, starts } = p;
  const n = text.length;
  let prevWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? CLASS[c]! : NON_WORD;
    const isWord = cls !== NON_WORD;
    if (!isWord || prevWord) {
      prevWord = isWord;
      continue;
    }
    prevWord = true;
    if (cls === DIGIT) {
      if (!digitCandidate(text, i)) continue;
    } else {
      const key = wordKey(text, i, cls);
      if (!(starts[key >>> 5]! & (1 << (key & 31)))) continue;
    }
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    const start = i;
    let end = start + m[0].length;
    if (end === start) continue;
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const kind = kinds[g];
    if (!kind) continue;
    let target: GroupTarget = { type: kind } as GroupTarget;
    const id = p.identify[kind];
    if (id) {
      id.regex.lastIndex = start;
      const im = id.regex.exec(text);
      let ig = 1;
      while (im && ig < im.length && im[ig] === undefined) ig++;
      const found = im ? id.targets[ig - 1] : undefined;
      if (!found) continue;
      target = found;
    }
    const hit = m[0];
    switch (target.type) {
      case 'code':
        t.codes.push({ start, end, code: hit.toUpperCase() });
        break;
      case 'urn':
      case 'court-case':
        // Case references are printed in capitals; lower-case look-alikes are ordinary words.
        if (isUpper(hit)) t.caseRefs.push({ kind: target.type, value: hit.replace(/\s/g, '').toUpperCase(), start, end });
        break;
      case 'section':
        t.sections.push({ start, end, text: hit });
        break;
      case 'annotation': {
        const digits = /\d+/.exec(hit)?.[0] ?? '';
        const letter = hit.slice(1 + digits.length).toUpperCase();
        const candidates: string[] = [];
        for (let k = 1; k <= 3 && k < digits.length; k++) {
          const s = digits.slice(k) + letter;
          if (annotated.has(s)) candidates.push(s);
        }
        if (candidates.length) t.sections.push({ start, end, text: hit, annotation: candidates });
        break;
      }
      case 'act-name':
      case 'act-abbr': {
        let year = /(?:18|19|20)\d{2}/.exec(hit)?.[0];
        if (year === undefined) {
          p.actYear.lastIndex = end;
          const y = p.actYear.exec(text);
          year = y?.[1];
          if (y) end = p.actYear.lastIndex;
        }
        const act = resolveAct(target.acts, year, target.type === 'act-abbr');
        if (act === null) break;
        t.acts.push({
          start,
          end,
          act: act === 'other' ? 'other' : act.id,
          foreign: act !== 'other' && act.jurisdiction !== undefined,
          year: year ?? (act === 'other' ? undefined : act.year),
        });
        re.lastIndex = end;
        // A section glued to the Act's year or name by markup ("Act 2003s.66B").
        p.gluedSection.lastIndex = end;
        const glued = p.gluedSection.exec(text);
        if (glued) {
          t.sections.push({ start: end, end: end + glued[0].length, text: glued[0] });
          re.lastIndex = end + glued[0].length;
        }
        break;
      }
      case 'act-year': {
        // Only "the 2003 Act"; a bare "2003 Act" is left alone.
        if (!/the[\s\u00ad]{1,3}$/i.test(text.slice(Math.max(0, start - 8), start))) break;
        const year = /\d{4}/.exec(hit)?.[0];
        let act = 'other';
        for (let i = t.acts.length - 1; i >= 0; i--) {
          const a = t.acts[i]!;
          if (a.year === year && a.act !== 'other') {
            act = a.act;
            break;
          }
        }
        t.acts.push({ start, end, act, foreign: false, year });
        break;
      }
      case 'act-this': {
        const last = t.acts[t.acts.length - 1];
        t.acts.push({ start, end, act: last?.act ?? 'other', foreign: last?.foreign ?? false, year: last?.year });
        break;
      }
      case 'act-other':
        t.acts.push({ start, end, act: 'other', foreign: false });
        break;
      case 'phrase':
        t.phrases.push({ start, end, entry: target.entry, kind: target.kind });
        break;
      case 'context':
        t.contexts.push({ start, end, kind: target.kind });
        break;
    }
    // Continue after the token (an Act may have been extended by its year or a glued section).
    const next = Math.max(end, re.lastIndex > start ? re.lastIndex : end);
    i = next - 1;
    prevWord = isWordAt(text, i);
  }
  return t;
}

/** Index of the word's first KEY_LENGTH symbols (runs of non-letters, non-digits count once). */
function wordKey(text: string, i: number, cls: number): number {
  const n = text.length;
  let key = cls;
  let j = i + 1;
  for (let k = 1; k < KEY_LENGTH; k++) {
    let s = OTHER_SYMBOL;
    if (j < n) {
      const d = text.charCodeAt(j);
      s = d < 128 ? CLASS[d]! : OTHER_SYMBOL;
      if (s === NON_WORD) s = OTHER_SYMBOL;
      j++;
      if (s === OTHER_SYMBOL) {
        while (j < n) {
          const e = text.charCodeAt(j);
          const t = e < 128 ? CLASS[e]! : NON_WORD;
          if (t !== NON_WORD && t !== UNDERSCORE) break;
          j++;
        }
      }
    }
    key = key * SYMBOLS + s;
  }
  return key;
}

const DIGIT = 26;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

/**
 * Digit-led tokens are case references and "the 2003 Act"; dates and times are everywhere in registers,
 * so only shapes that can start one of those reach the regex (a necessary condition, not the check):
 * 2 digits + letter/space (URN), 2 digits + "/" + 4 digits + "/" (CCRN), 4 digits + "/" (Court of Appeal)
 * or + space + "a" (Act), 9 digits + "/".
 */
function digitCandidate(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && j - i < 10 && isDigit(text.charCodeAt(j))) j++;
  const len = j - i;
  const c = text.charCodeAt(j);
  if (len === 2) {
    if (isLetter(c) || c === 32) return true;
    if (c !== 47) return false;
    for (let k = 1; k <= 4; k++) if (!isDigit(text.charCodeAt(j + k))) return false;
    return text.charCodeAt(j + 5) === 47;
  }
  if (len === 4) {
    if (c === 47) return true;
    let k = j;
    while (k < j + 3 && isSpace(text.charCodeAt(k))) k++;
    return k > j && (text.charCodeAt(k) | 32) === 97;
  }
  return len === 9 && c === 47;
}

function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 && CLASS[c] !== NON_WORD;
}
