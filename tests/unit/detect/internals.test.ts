import { describe, expect, it } from 'vitest';
import { compilePatterns, phraseSource } from '../../../lib/detect/patterns';
import { anchorsOf } from '../../../lib/detect/anchors';
import { parseSectionToken } from '../../../lib/detect/sections';
import { OFFENCES } from '../../../lib/offences/catalogue';
import { EXAMPLES } from '../../../lib/offences/examples';

describe('patterns', () => {
  // detect() swallows errors so a page never breaks: a compile failure must therefore fail here.
  it('compile without throwing', () => expect(() => compilePatterns()).not.toThrow());

  it('anchor words: a rare word every match contains at a word start, and how far in it can be', () => {
    expect(anchorsOf('intimate state')).toEqual([{ word: 'intimate', back: 0 }]);
    // Optional words before it count at their longest; a space is 1-3 characters.
    expect(anchorsOf('shar(?:e|es|ed|ing) (?:an? )?intimate image')).toEqual([{ word: 'intimate', back: 15 }]);
    // A leading alternation anchors on each alternative.
    expect(anchorsOf('(?:nude|naked) photos?')).toEqual([
      { word: 'nude', back: 0 },
      { word: 'naked', back: 0 },
    ]);
    // Common words are passed over for a rarer one; a pattern of common words only uses its first.
    expect(anchorsOf('record(?:s|ed)? a private act')).toEqual([{ word: 'private', back: 15 }]);
    expect(anchorsOf('theft act')).toEqual([{ word: 'theft', back: 0 }]);
    // "skirt" in "upskirt" does not start a word, so each spelling needs its own anchor.
    expect(anchorsOf('up[ -]?skirt')).toBeNull();
    expect(anchorsOf('(?:upskirt|up[ -]skirt)')).toEqual([
      { word: 'upskirt', back: 0 },
      { word: 'skirt', back: 3 },
    ]);
  });

  it('the native scan is a real regex with bounded quantifiers only', () => {
    const p = compilePatterns();
    for (const re of [p.trigger, p.triggerRefs, p.local, p.sections]) {
      expect(re.flags).toContain('g');
      // quickSpaces' runs are bounded by the lookahead before them (at most 3 spaces).
      const S = '[\\s\\u00ad]';
      const source = re.source.replaceAll(`(?!${S}{3})${S}*`, '').replaceAll(`(?!${S}{4})${S}*`, '');
      expect(source).not.toMatch(/(?<!\\)[+*]|\{\d+,\}/);
    }
  });

  it('the native scan lets every positive example through (detect finds the entry on upper-case text too)', async () => {
    const { detect } = await import('../../../lib/detect/detect');
    for (const e of OFFENCES) for (const text of EXAMPLES[e.id]!.positive) expect(detect(text.toUpperCase()).offences.map((o) => o.id), text).toContain(e.id);
  });
});

describe('parseSectionToken', () => {
  it.each([
    ['ss.66A-66D', ['66A', '66B', '66C', '66D'], []],
    ['section 33(1) and (9)', ['33'], ['1', '9']],
    ['s 66B(1)–(4)', ['66B'], ['1', '2', '3', '4']],
    ['sections 66A and 66B', ['66A', '66B'], []],
    ['Sec 33(1) (9)', ['33'], ['1', '9']],
    ['adran 67A(2B)', ['67A'], ['2B']],
  ])('%s', (raw, sections, subs) => {
    const refs = parseSectionToken(raw);
    expect(refs.map((r) => r.section)).toEqual(sections);
    expect(refs[0]!.subsections).toEqual(subs);
  });
});
