/**
 * Anchor words for the native scan (scan.ts). For each restricted pattern (PhraseSpec syntax: literals,
 * " " = 1-3 whitespace, (?:a|b) groups, [classes], "?" and {m,n}), finds literal words that every match
 * must contain at a word start, and the most characters of the match that can come before that word
 * ("back"). The scan then only has to find these words natively and try the full pattern at the few
 * word starts within `back` before each.
 */

export interface Anchor {
  /** Lower case; matched as a word prefix (\bword). */
  word: string;
  back: number;
}

/** Words too common in court text to be worth stopping at (a rarer word later in the pattern is used). */
const COMMON = new Set([
  'shar', 'share', 'threat', 'record', 'photograph', 'photo', 'film', 'image', 'images', 'person', 'persons', 'with',
  'intent', 'intending', 'purpose', 'without', 'consent', 'operat', 'request', 'creat', 'observe', 'doing', 'under',
  'public', 'communication', 'communications', 'possess', 'send', 'that', 'this', 'said', 'from', 'into', 'another',
  'criminal', 'justice', 'protection', 'data', 'road', 'theft', 'serious', 'offences', 'courts', 'court', 'cause',
  'disclos', 'install', 'while', 'other', 'their', 'them', 'death', 'harm', 'fear', 'violence', 'article',
  // Verbs of making an image available ("posted intimate photos"): the image words after them are rarer.
  'post', 'upload', 'distribut', 'publish', 'leak', 'releas',
]);
const MIN_WORD = 4;

type Item =
  | { type: 'lit'; ch: string }
  | { type: 'space'; max: number; min: number }
  | { type: 'group'; alts: Item[][]; max: number; min: number }
  | { type: 'other'; max: number; min: number; nonWord?: boolean; endsWithSpace?: boolean };

function parse(p: string, i: number): [Item[][], number] {
  const alts: Item[][] = [[]];
  while (i < p.length) {
    const ch = p[i]!;
    if (ch === ')') break;
    if (ch === '|') {
      alts.push([]);
      i++;
      continue;
    }
    let item: Item;
    if (ch === '(') {
      let j = i + 1;
      let look = false;
      if (p.startsWith('?:', j)) j += 2;
      else if (p.startsWith('?!', j) || p.startsWith('?=', j)) {
        j += 2;
        look = true;
      }
      const [inner, end] = parse(p, j);
      i = end + 1;
      item = look ? { type: 'other', max: 0, min: 0 } : { type: 'group', alts: inner, max: 1, min: 1 };
    } else if (ch === '[') {
      let end = i + 1;
      while (end < p.length && p[end] !== ']') end += p[end] === '\\' ? 2 : 1;
      const body = p.slice(i + 1, end);
      i = end + 1;
      // A class of spaces and punctuation only ("[ -]") ends a word.
      item = { type: 'other', max: 1, min: 1, nonWord: !/[a-z0-9_]|\\[dw]/i.test(body) };
    } else if (ch === '\\') {
      i += p[i + 1] === 'u' ? 6 : 2;
      item = { type: 'other', max: 1, min: 1 };
    } else if (ch === ' ') {
      i++;
      item = { type: 'space', max: 3, min: 1 };
    } else {
      i++;
      const c = ch.toLowerCase();
      item = c >= 'a' && c <= 'z' ? { type: 'lit', ch: c } : { type: 'other', max: 1, min: 1, nonWord: !/[0-9_]/.test(c) };
    }
    // Quantifiers: the item's length is multiplied; an optional item is never an anchor.
    let times = 1;
    let optional = false;
    if (p[i] === '?') {
      optional = true;
      i++;
    } else if (p[i] === '{') {
      const m = /^\{(\d+)(?:,(\d+))?\}/.exec(p.slice(i));
      if (m) {
        optional = m[1] === '0';
        times = Number(m[2] ?? m[1]);
        i += m[0].length;
      }
    }
    if (optional || times !== 1) {
      const max = maxLen([item]) * times;
      // "(?:an? )?" ends with a space whenever it is present, so a word after it still starts a word.
      const endsWithSpace = item.type === 'group' && item.alts.every((a) => a[a.length - 1]?.type === 'space');
      item = { type: 'other', max, min: optional ? 0 : 1, endsWithSpace };
    }
    alts[alts.length - 1]!.push(item);
  }
  return [alts, i];
}

function maxLen(seq: Item[]): number {
  let n = 0;
  for (const it of seq) n += it.type === 'lit' ? 1 : it.type === 'group' ? Math.max(...it.alts.map(maxLen)) : it.max;
  return n;
}

/** Anchors covering every match of `seq` (which starts at a word start when `atWordStart`), or null. */
function anchorsOfSeq(seq: Item[], atWordStart: boolean, common: boolean): Anchor[] | null {
  let offset = 0;
  let wordStart = atWordStart;
  for (let k = 0; k < seq.length; k++) {
    const it = seq[k]!;
    if (it.type === 'lit') {
      let run = '';
      let j = k;
      while (j < seq.length && seq[j]!.type === 'lit') run += (seq[j++] as { ch: string }).ch;
      if (wordStart && run.length >= MIN_WORD && (common || !COMMON.has(run))) return [{ word: run, back: offset }];
      offset += run.length;
      k = j - 1;
      wordStart = false;
      continue;
    }
    if (it.type === 'group') {
      const found = it.alts.map((a) => anchorsOfSeq(a, wordStart, common));
      if (found.every((f) => f !== null)) return found.flat().map((a) => ({ word: a.word, back: a.back + offset }));
      offset += maxLen([it]);
      wordStart = false;
      continue;
    }
    offset += it.max;
    if (it.type === 'space') wordStart = it.min > 0 || wordStart;
    else if (it.min === 0) wordStart = wordStart && it.endsWithSpace === true;
    else wordStart = it.nonWord === true || (it.endsWithSpace === true);
  }
  return null;
}

/** Anchors for one pattern: every match contains one of the words at a word start, at most `back` in. */
export function anchorsOf(pattern: string): Anchor[] | null {
  const [alts] = parse(pattern, 0);
  // Prefer a rare word; a pattern made only of common words ("theft act") is anchored on its first word.
  for (const common of [false, true]) {
    const found = alts.map((a) => anchorsOfSeq(a, true, common));
    if (found.every((f) => f !== null)) return found.flat();
  }
  return null;
}
