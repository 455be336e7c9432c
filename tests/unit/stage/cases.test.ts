import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { casesFromResult } from '../../../lib/stage/cases';

describe('casesFromResult', () => {
  it('gives a page with one reference one case holding every offence', () => {
    const text = 'URN 01AB2345678\nShare photograph or film of person in intimate state without consent';
    const cases = casesFromResult(detect(text), 'https://cases.example/x');
    expect(cases).toHaveLength(1);
    expect(cases[0]!.ref).toBe('01AB2345678');
    expect(cases[0]!.offences.map((o) => o.id)).toEqual(['soa2003-s66b-1']);
  });

  it('splits a list into one case per reference, each with its own offences', () => {
    const text = [
      'URN 01AB2345678',
      'Contrary to section 67(1) and (5) of the Sexual Offences Act 2003.',
      'URN 02CD3456789',
      'Theft from a shop',
      'URN 03EF4567890',
      'Contrary to section 33(1) and (9) of the Criminal Justice and Courts Act 2015.',
    ].join('\n');
    const cases = casesFromResult(detect(text), 'https://cases.example/list');
    expect(cases.map((c) => [c.ref, c.offences.map((o) => o.id)])).toEqual([
      ['01AB2345678', ['soa2003-s67-1']],
      ['03EF4567890', ['cjca2015-s33']],
    ]);
  });

  it('gives nothing when nothing matched', () => {
    expect(casesFromResult(detect('URN 01AB2345678\nTheft from a shop'), 'https://x.example')).toEqual([]);
  });
});
