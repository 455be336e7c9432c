import fc from 'fast-check';

// Generators for fuzzing. The real documents they mutate come from tests/unit/corpus/load.ts.

/** Characters that stress text handling: zero-width, bidi, NBSP, surrogate halves, CR, combining marks. */
const AWKWARD = ['\u200b', '\u200d', '\ufeff', '\u202e', '\u00a0', '\ud83d', '\ude00', '\r', '\u0301', '\u0000', '\u2028', '§', 'ſ', 'İ'];

export const randomText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  // Lone surrogates and other UTF-16 code units that no grapheme generator makes.
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }).map((units) => String.fromCharCode(...units)),
  fc.array(fc.constantFrom(...AWKWARD, 's.', '66B', '(2)', 'Sexual Offences Act 2003', 'SX03250', ' ', '\n', 'section', 'of the'), { maxLength: 80 }).map((p) => p.join('')),
);

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'case'; at: number; length: number; upper: boolean }
  | { kind: 'spaces'; with: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'binary', maxLength: 20 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 500 }) }),
  fc.record({ kind: fc.constant('case' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 300 }), upper: fc.boolean() }),
  fc.record({ kind: fc.constant('spaces' as const), with: fc.constantFrom('\u00a0', '\n', '\t', '  ', '\u2009', '') }),
);

function apply(text: string, m: Mutation): string {
  const at = text.length ? m.kind === 'spaces' ? 0 : (m as { at: number }).at % (text.length + 1) : 0;
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'case': {
      const part = text.slice(at, at + m.length);
      return text.slice(0, at) + (m.upper ? part.toUpperCase() : part.toLowerCase()) + text.slice(at + m.length);
    }
    case 'spaces':
      return text.replace(/ /g, m.with);
  }
}

/** A real corpus document with a few random edits. */
export function mutatedCorpus(docs: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 0, max: docs.length - 1 }), fc.array(mutation, { maxLength: 6 }))
    .map(([i, ms]) => ms.reduce(apply, docs[i]!));
}
