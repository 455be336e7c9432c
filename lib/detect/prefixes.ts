/**
 * The first `len` symbols a pattern can start with, for the word-start prefilter in scan.ts.
 * Symbols: a-z (case folded), "0" for a digit, "_" for anything else; a run of "_" counts as one.
 * Supports the syntax the detector's patterns use: literals, escapes (\\d, \\s, \\uXXXX), (?:a|b)
 * groups, lookaheads (skipped), [classes], "?" and {m,n} after an atom. Over-approximates, never under.
 */

export const OTHER = '_';
const MAX = 50_000;

export function sym(ch: string): string {
  const c = ch.toLowerCase();
  if (c >= 'a' && c <= 'z') return c;
  if (c >= '0' && c <= '9') return '0';
  return OTHER;
}

/** Symbol for an escape at p[i] === '\\'; returns [symbol or null for zero-width, length]. */
function escape(p: string, i: number): [string | null, number] {
  const e = p[i + 1];
  if (e === 'd') return ['0', 2];
  if (e === 'b' || e === 'B') return [null, 2];
  if (e === 'u') return [OTHER, 6];
  return [OTHER, 2];
}

function collapse(s: string): string {
  return s.replace(/_{2,}/g, OTHER);
}

type Atom = { alts: string[][] } | { chars: string[] };

interface Parsed {
  atoms: { atom: Atom; min: number; max: number }[];
}

function parseSeq(p: string, i: number, len: number): [Parsed[], number] {
  // Returns the alternatives of a sequence up to ')' or the end.
  const branches: Parsed[] = [{ atoms: [] }];
  while (i < p.length) {
    const ch = p[i]!;
    if (ch === ')') break;
    if (ch === '|') {
      branches.push({ atoms: [] });
      i++;
      continue;
    }
    let atom: Atom;
    if (ch === '(') {
      let j = i + 1;
      if (p.startsWith('?:', j)) j += 2;
      else if (p.startsWith('?!', j) || p.startsWith('?=', j)) {
        // Lookarounds consume nothing: skip them.
        const [, end] = parseSeq(p, j + 2, len);
        i = end + 1;
        continue;
      }
      const [inner, end] = parseSeq(p, j, len);
      i = end + 1;
      atom = { alts: [...new Set(inner.flatMap((b) => expand(b, len)))].map((x) => [x]) };
    } else if (ch === '[') {
      const end = p.indexOf(']', i + 1);
      const body = p.slice(i + 1, end);
      const chars = new Set<string>();
      for (let k = 0; k < body.length; k++) {
        const c = body[k]!;
        if (c === '\\') {
          const [e, len] = escape(body, k);
          if (e) chars.add(e);
          k += len - 1;
        } else if (body[k + 1] === '-' && k + 2 < body.length) {
          const a = c.toLowerCase().charCodeAt(0);
          const b = body[k + 2]!.toLowerCase().charCodeAt(0);
          for (let x = a; x <= b; x++) chars.add(sym(String.fromCharCode(x)));
          k += 2;
        } else chars.add(sym(c));
      }
      atom = { chars: [...chars] };
      i = end + 1;
    } else if (ch === '\\') {
      const [e, len] = escape(p, i);
      i += len;
      if (e === null) continue;
      atom = { chars: [e] };
    } else {
      atom = { chars: [sym(ch)] };
      i++;
    }
    let min = 1;
    let max = 1;
    if (p[i] === '?') {
      min = 0;
      i++;
    } else if (p[i] === '{') {
      const m = /^\{(\d+)(,?)(\d*)\}/.exec(p.slice(i))!;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : 3) : min;
      i += m[0].length;
    }
    branches[branches.length - 1]!.atoms.push({ atom, min, max });
  }
  return [branches, i];
}

/** All prefixes (up to 3 symbols) a parsed sequence can start with. */
function expand(seq: Parsed, len: number): string[] {
  let acc = new Set<string>(['']);
  for (const { atom, min, max } of seq.atoms) {
    if ([...acc].every((s) => s.length >= len)) break;
    const options = 'chars' in atom ? atom.chars : atom.alts.map((a) => a.join(''));
    const next = new Set<string>();
    for (const s of acc) {
      if (s.length >= len) {
        next.add(s);
        continue;
      }
      if (min === 0) next.add(s);
      let cur = new Set([s]);
      for (let r = 1; r <= Math.min(max, len); r++) {
        const grown = new Set<string>();
        for (const c of cur) {
          if (c.length >= len) grown.add(c);
          else for (const o of options) grown.add(collapse(c + o).slice(0, len));
        }
        if (grown.size > MAX) throw new Error('pattern prefix expansion too large');
        cur = grown;
        if (r >= Math.min(min, len)) for (const c of cur) next.add(c);
      }
      if (next.size > MAX) throw new Error('pattern prefix expansion too large');
    }
    acc = next;
  }
  return [...acc];
}

/** Prefixes of a regex source written in the restricted syntax. */
export function prefixesOf(source: string, len = 3): string[] {
  const [branches] = parseSeq(source, 0, len);
  return [...new Set(branches.flatMap((b) => expand(b, len)))];
}
