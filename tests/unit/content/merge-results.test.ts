import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { mergeResults } from '../../../lib/content/merge-results';

describe('mergeResults keeps the issue-17 flags for the page as a whole', () => {
  const intimate = detect('Contrary to section 66B(2) of the Sexual Offences Act 2003.');
  const iioc = detect('PK78008 Make indecent photograph / pseudo-photograph of a child.');
  const under18 = detect('PK78003 Distribute an indecent photograph / pseudo-photograph of a child: an image of QR, aged 16, his former girlfriend.');

  it('an intimate-image match and IIOC read in different parts: IIOC also present', () => {
    expect(intimate.alsoIioc).toBeUndefined();
    expect(mergeResults(intimate, iioc).alsoIioc).toBe(true);
    expect(mergeResults(iioc, intimate).alsoIioc).toBe(true);
  });

  it('under18 survives a merge, and is not read as IIOC beside an intimate-image match', () => {
    expect(under18.under18).toBe(true);
    expect(mergeResults(under18, detect('Hearing adjourned.')).under18).toBe(true);
    expect(mergeResults(under18, iioc).alsoIioc).toBeUndefined();
  });
});
