/**
 * Relaxes a regular-expression source (the restricted subset the detector generates) so that it also
 * matches the same text with block separators ("\n") removed: pageText puts "\n" between blocks, the
 * browser's native text (textContent) does not. For every string the original matches, the relaxed
 * source matches the string with any of its "\n" deleted:
 * - an atom that can match "\n" (\s, [\s,], \D, \W, negated classes) becomes optional ({m,n} -> {0,n};
 *   a run of spaces, {m,n} -> *);
 * - word boundaries and negative lookarounds are dropped (a deleted "\n" can glue two words);
 * - positive lookarounds are kept, relaxed; capturing groups become non-capturing.
 * The result matches more, never less: it is for prefilters, which only have to be a superset.
 */

interface Node {
  /** Relaxed source of the atom, without its quantifier. */
  src: string;
  /** Can the atom match "\n" on its own (a one-character matcher)? */
  newline: boolean;
  /** Characters the atom consumes at most (lookarounds: 0). */
  max: number;
  /** Characters a lookaround inspects beyond the position. */
  reach: number;
  /** Assertions that were dropped leave nothing. */
  dropped?: boolean;
}

export interface Relaxed {
  source: string;
  /** Most characters a match can consume. */
  maxLength: number;
  /** Most characters after the match start that a match (with its lookaheads) inspects. */
  maxReach: number;
}

export function relax(source: string): Relaxed {
  const p = new Parser(source);
  const r = p.alternation();
  if (p.i < source.length) throw new Error(`relax: unexpected "${source[p.i]}" at ${p.i} in ${source}`);
  return { source: r.src, maxLength: r.max, maxReach: Math.max(r.max, r.reach) };
}

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  alternation(): Node {
    const alts: Node[] = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return {
      src: alts.map((a) => a.src).join('|'),
      newline: false,
      max: Math.max(...alts.map((a) => a.max)),
      reach: Math.max(...alts.map((a) => a.reach)),
    };
  }

  sequence(): Node {
    let src = '';
    let max = 0;
    let reach = 0;
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      const q = this.quantifier();
      if (atom.dropped) continue;
      let min = q ? q.min : 1;
      const most = q ? q.max : 1;
      if (atom.newline) min = 0;
      // Lookarounds inspect text from the current position: their reach counts from here.
      reach = Math.max(reach, max + atom.reach);
      max += atom.max * most;
      // A run of spaces made optional is written unbounded: a superset still, and V8 compiles
      // "[\s\u00ad]*" in a fraction of the time of "[\s\u00ad]{0,3}", which it unrolls (a big word
      // group took ~30 ms to compile on first use, on every page load; issue 19). Only for atoms that
      // match spaces and a little punctuation, so that a run cannot sweep across the page.
      const unbounded = min === 0 && most > 1 && SPACE_RUN.test(atom.src);
      src += atom.src + (unbounded ? (q?.lazy ? '*?' : '*') : quant(min, most, q?.lazy ?? false, q === null));
    }
    return { src, newline: false, max, reach };
  }

  atom(): Node {
    const s = this.s;
    const ch = s[this.i]!;
    if (ch === '(') {
      let kind = '';
      const head = s.slice(this.i, this.i + 4);
      if (head.startsWith('(?:')) kind = ':';
      else if (head.startsWith('(?=')) kind = '=';
      else if (head.startsWith('(?!')) kind = '!';
      else if (head.startsWith('(?<=')) kind = '<=';
      else if (head.startsWith('(?<!')) kind = '<!';
      else if (head.startsWith('(?<')) throw new Error('relax: named groups are not supported');
      this.i += kind === '' ? 1 : kind.length + 2;
      const inner = this.alternation();
      if (s[this.i] !== ')') throw new Error(`relax: unclosed group in ${s}`);
      this.i++;
      if (kind === '!' || kind === '<!') return { src: '', newline: false, max: 0, reach: 0, dropped: true };
      if (kind === '=') return { src: `(?=${inner.src})`, newline: false, max: 0, reach: Math.max(inner.max, inner.reach) };
      if (kind === '<=') return { src: `(?<=${inner.src})`, newline: false, max: 0, reach: 0 };
      return { src: `(?:${inner.src})`, newline: false, max: inner.max, reach: inner.reach };
    }
    if (ch === '[') {
      let j = this.i + 1;
      if (s[j] === '^') j++;
      if (s[j] === ']') j++;
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) throw new Error(`relax: unclosed class in ${s}`);
      const body = s.slice(this.i, j + 1);
      this.i = j + 1;
      const negated = body[1] === '^';
      const hasNewline = /\\[sDWn]/.test(body);
      return { src: body, newline: negated ? !/\\[sn]/.test(body) : hasNewline, max: 1, reach: 0 };
    }
    if (ch === '\\') {
      const next = s[this.i + 1] ?? '';
      if (next === 'b' || next === 'B') {
        this.i += 2;
        return { src: '', newline: false, max: 0, reach: 0, dropped: true };
      }
      let len = 2;
      if (next === 'u') len = s[this.i + 2] === '{' ? s.indexOf('}', this.i) - this.i + 1 : 6;
      else if (next === 'x') len = 4;
      else if (/[1-9]/.test(next)) throw new Error('relax: back-references are not supported');
      const src = s.slice(this.i, this.i + len);
      this.i += len;
      return { src, newline: next === 's' || next === 'D' || next === 'W' || next === 'n', max: 1, reach: 0 };
    }
    if (ch === '^' || ch === '$') {
      this.i++;
      return { src: '', newline: false, max: 0, reach: 0, dropped: true };
    }
    if (ch === '*' || ch === '+' || ch === '?' || ch === '{') {
      // A quantifier with nothing to repeat ("{" as a literal is not generated by the detector).
      throw new Error(`relax: quantifier without an atom at ${this.i} in ${s}`);
    }
    this.i++;
    // "." does not match "\n" without the s flag; it keeps its length.
    return { src: ch, newline: false, max: 1, reach: 0 };
  }

  quantifier(): { min: number; max: number; lazy: boolean } | null {
    const s = this.s;
    const ch = s[this.i];
    let min: number;
    let max: number;
    if (ch === '?') [min, max] = [0, 1];
    else if (ch === '*' || ch === '+') throw new Error('relax: unbounded quantifiers are not supported');
    else if (ch === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(s.slice(this.i));
      if (!m) throw new Error(`relax: bad quantifier at ${this.i} in ${s}`);
      if (m[2] && !m[3]) throw new Error('relax: unbounded quantifiers are not supported');
      min = Number(m[1]);
      max = m[2] ? Number(m[3]) : min;
      this.i += m[0].length - 1;
    } else return null;
    this.i++;
    const lazy = s[this.i] === '?';
    if (lazy) this.i++;
    return { min, max, lazy };
  }
}

/** `\s` or a class of whitespace with at most a few punctuation marks (`[\s\u00ad]`, `[\s,(]`). */
const SPACE_RUN = /^(?:\\s|\[(?:\\s|\\u00ad|\\n|,|\(|\\\()+\])$/;

function quant(min: number, max: number, lazy: boolean, none: boolean): string {
  if (none && min === 1) return '';
  let q: string;
  if (min === 0 && max === 1) q = '?';
  else if (min === max) q = `{${min}}`;
  else q = `{${min},${max}}`;
  return lazy ? `${q}?` : q;
}
