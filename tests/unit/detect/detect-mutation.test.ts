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
