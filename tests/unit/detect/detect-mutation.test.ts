// Verdict rules that mutation testing (npm run mutation -- detect) found unchecked. Case systems and
// court registers often print particulars in capitals: the rules read them the same.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';

describe('particulars in capitals read as in lower case', () => {
  const peer = 'PK78003 Distribute an indecent photograph / pseudo-photograph of a child. Particulars: sent to friends an image of CD, aged 16, his former girlfriend, which she had sent to him.';

  it('the 16- or 17-year-old peer rule (brief §1.3) reads the age in capitals', () => {
    expect(detect(peer).under18).toBe(true);
    expect(detect(peer.replace('aged 16', 'AGED 16')).under18).toBe(true);
  });

  it('the 16- or 17-year-old peer rule reads the partner in capitals', () => {
    expect(detect(peer.replace('former girlfriend', 'FORMER GIRLFRIEND')).under18).toBe(true);
  });

  it('photographs of a place in capitals are still not intimate images', () => {
    const text = 'PH97008 Stalking involving serious alarm / distress. Particulars: followed AB, and took PHOTOGRAPHS OF HER CAR.';
    expect(detect(text)).toMatchObject({ verdict: 'none', offences: [] });
    // Positive control: photographs of a person there are a possible case.
    expect(detect(text.replace('OF HER CAR', 'OF HER')).verdict).toBe('possible');
  });
});

describe('evidence kept per offence is bounded, the strongest first', () => {
  const title = 'Charge 1: Disclosing private sexual photographs and films with intent to cause distress.';

  // Mutation testing showed no test reached the bound (20 items per offence at the default of 5 shown);
  // past it, a charge title after twenty mentions of "revenge porn" was dropped, and the page read
  // 'possible' instead of 'match'.
  it.each([0, 19, 20, 60])('a charge title after %i mentions of the offence in prose is still a match', (n) => {
    const r = detect('People online talk about revenge porn. '.repeat(n) + title);
    expect(r.verdict).toBe('match');
    expect(r.offences[0]!.id).toBe('cjca2015-s33');
    expect(r.offences[0]!.evidence[0]!.kind).toBe('title');
    expect(r.offences[0]!.evidence).toHaveLength(Math.min(5, n + 1));
  });

  it('past the bound, weaker evidence adds nothing', () => {
    const r = detect('People online talk about revenge porn. '.repeat(60));
    expect(r.verdict).toBe('possible');
    expect(r.offences[0]!.evidence).toHaveLength(5);
  });
});

describe('order and context', () => {
  it('offences found equally strongly are listed in page order', () => {
    expect(detect('He was accused of upskirting and of revenge porn.').offences.map((o) => o.id)).toEqual(['soa2003-s67a-2', 'cjca2015-s33']);
    expect(detect('He was accused of revenge porn and of upskirting.').offences.map((o) => o.id)).toEqual(['cjca2015-s33', 'soa2003-s67a-2']);
  });

  it('an alternative charge whose particulars name an intimate-image offence in prose is a match', () => {
    const text = 'MT88007 Send letter / communication / article conveying a threatening message: threatened to post revenge porn of her online.';
    expect(detect(text)).toMatchObject({ verdict: 'match', offences: [{ id: 'mca1988-s1' }, { id: 'cjca2015-s33' }] });
    // Positive control: the same charge about something else is not reported.
    expect(detect(text.replace('post revenge porn of her online', 'damage her car')).verdict).toBe('none');
  });
});
