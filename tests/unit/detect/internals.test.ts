import { describe, expect, it } from 'vitest';
import { compilePatterns, phraseSource } from '../../../lib/detect/patterns';
import { prefixesOf } from '../../../lib/detect/prefixes';
import { parseSectionToken } from '../../../lib/detect/sections';
import { OFFENCES } from '../../../lib/offences/catalogue';
import { EXAMPLES } from '../../../lib/offences/examples';

describe('patterns', () => {
  // detect() swallows errors so a page never breaks: a compile failure must therefore fail here.
  it('compile without throwing', () => expect(() => compilePatterns()).not.toThrow());

  it('prefix expansion over-approximates the patterns', () => {
    expect(prefixesOf(phraseSource('revenge[ -]?porn'), 4)).toEqual(['reve']);
    expect(prefixesOf(phraseSource('up[ -]?skirt'), 4).sort()).toEqual(['up_s', 'upsk']);
    expect(prefixesOf('[a-z]{2}\\d{5}', 3)).toHaveLength(676);
    expect(prefixesOf('\\d{1,3}x', 3).sort()).toEqual(['000', '00x', '0x']);
  });

  it('the prefilter lets every positive example through (detect finds the entry on upper-case text too)', async () => {
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
