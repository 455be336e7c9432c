/**
 * Issue 17: one block per class of case the detector got wrong on unseen pages. Each test fails if its
 * rule in detect.ts / charges.ts / page-text.ts is taken out (checked by removing each rule).
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { usedAsCharge } from '../../../lib/detect/charges';

const verdict = (text: string) => detect(text).verdict;

describe('mixed cases: an intimate-image offence beside IIOC charges is a match, with the IIOC noted', () => {
  it('a voyeurism conviction beside IIOC counts (prose)', () => {
    const r = detect('He was convicted of one charge of voyeurism, three offences of making indecent images of children and two counts of distributing indecent images of children.');
    expect(r.verdict).toBe('match');
    expect(r.alsoIioc).toBe(true);
    expect(r.offences[0]).toMatchObject({ id: 'soa2003-s67-3', category: 'intimate-image' });
    expect(r.offences.some((o) => o.category === 'iioc')).toBe(true);
  });

  it('an offence list with an official intimate-image title and an IIOC title (a case page)', () => {
    const page = 'Defendant: Rowan TESTER\nOffences\n1. Voyeurism - recording a private act - SOA 2003\nPlea: Guilty\n2. Make indecent photograph / pseudo-photograph of a child\nPlea: Guilty';
    const r = detect(page);
    expect(r.verdict).toBe('match');
    expect(r.alsoIioc).toBe(true);
    expect(r.offences[0]!.id).toBe('soa2003-s67-3');
  });

  it('a title-like phrase in prose about children stays iioc (the child-image case)', () => {
    expect(verdict('Police warn teenagers about sharing intimate pictures: the boy was cautioned for distributing indecent images of children.')).toBe('iioc');
    expect(detect('Police warn teenagers about sharing intimate pictures: the boy was cautioned for distributing indecent images of children.').alsoIioc).toBeUndefined();
  });

  it('child images described (not titled) are noted, and do not block an intimate-image title', () => {
    const r = detect('He admitted sharing an intimate photograph without consent. Some folders held illegal images of underage girls.');
    expect(r.verdict).toBe('match');
    expect(r.alsoIioc).toBe(true);
  });

  it('no note without IIOC', () => {
    expect(detect('Contrary to section 66B(2) of the Sexual Offences Act 2003.').alsoIioc).toBeUndefined();
  });
});

describe('alternative charges whose particulars describe an intimate image', () => {
  it('CA 2003 s.127: a video of the victim undressing sent to her family', () => {
    const text =
      'CA03005 Send by public communication network an offensive / indecent / obscene / menacing message / matter. Contrary to section 127(1)(a) of the Communications Act 2003. Particulars: sent to the family of AB by WhatsApp a video of AB undressing in her bedroom.';
    const r = detect(text);
    expect(r.verdict).toBe('match');
    expect(r.offences[0]!.id).toBe('ca2003-s127');
  });

  it('MCA 1988 s.1: threatened to send photographs showing her breasts to her employer', () => {
    expect(verdict('MT88007 Send letter / communication / article conveying a threatening message: threatened to send photographs showing her breasts to her employer.')).toBe('match');
  });

  it('the same charge with a photograph of something else is not a match', () => {
    expect(verdict('MT88007 Send letter / communication / article conveying a threatening message: threatened to send photographs of her new car to her employer.')).not.toBe('match');
  });

  it('the intimate-state word has to describe the image, not sit anywhere in the record', () => {
    const far = 'PH97004 Harassment without violence. She said the relationship had been sexual. ' + 'He waited outside her home on many evenings. '.repeat(4) + 'He sent her a video of a song.';
    expect(verdict(far)).not.toBe('match');
  });
});

describe('prose naming the offence as a charge, plea or conviction', () => {
  it.each([
    'The defendant admitted voyeurism and attempted voyeurism.',
    'He pleaded not guilty to three counts of voyeurism at Southwark Crown Court.',
    'A jury convicted him of three counts of voyeurism.',
    "She was charged with three counts of 'upskirting' and one of indecent exposure.",
    'He was sentenced to 18 weeks for posting revenge porn of his former partner.',
    'Deputy Head Pleads Guilty To Voyeurism',
    'Teacher banned after voyeurism conviction',
  ])('%s', (text) => expect(verdict(text)).toBe('match'));

  it.each([
    'His phone would be confiscated as evidence for a charge of voyeurism unless he deleted the pictures.',
    'He denied that the photographs amounted to voyeurism.',
    'He was convicted of burglary. Voyeurism was never alleged.',
    'Upskirting became an offence in 2019.',
  ])('not a charge: %s', (text) => expect(verdict(text)).toBe('possible'));

  it('cues are read in the same clause only, within a bounded reach', () => {
    const text = 'He was convicted of assault; the neighbours spoke of voyeurism.';
    const at = text.indexOf('voyeurism');
    expect(usedAsCharge(text, at, at + 9)).toBe(false);
    const far = `He admitted ${'a long list of unrelated matters and '.repeat(5)}voyeurism`;
    expect(usedAsCharge(far, far.length - 9, far.length)).toBe(false);
  });
});

describe('look-alike particulars: photographs of places and things', () => {
  it.each([
    'PH97008 Stalking involving serious alarm / distress. Particulars: followed AB, and took photographs of her car and of her workplace.',
    'SC15004 Engage in controlling / coercive behaviour in an intimate / family relationship. He checked her phone, and photographed her house and the street outside.',
    'Stalking without fear / alarm / distress, contrary to section 2A of the Protection from Harassment Act 1997: he sent her CCTV footage from her road.',
  ])('none: %s', (text) => expect(detect(text)).toMatchObject({ verdict: 'none', offences: [] }));

  it('images of a person near an alternative charge are still a possible case', () => {
    expect(verdict('PH97004 Harassment without violence: he repeatedly sent her photos of herself taken at a party.')).toBe('possible');
  });
});

describe('a 16- or 17-year-old\'s image shared by a partner or peer (brief §1.3): the reminder, flagged', () => {
  const peer = 'PK78003 Distribute an indecent photograph / pseudo-photograph of a child. Particulars: sent to friends an image of CD, aged 16, his former girlfriend, which she had sent to him.';

  it('is a match flagged under18, naming the IIOC charge', () => {
    const r = detect(peer);
    expect(r.verdict).toBe('match');
    expect(r.under18).toBe(true);
    expect(r.offences[0]!.category).toBe('iioc');
  });

  it('needs both the age and the partner or peer', () => {
    expect(detect(peer.replace('aged 16, ', '')).verdict).toBe('iioc');
    expect(detect(peer.replace('his former girlfriend, ', '')).verdict).toBe('iioc');
    expect(detect(peer.replace('aged 16', 'aged 12')).under18).toBeUndefined();
  });

  it('needs an IIOC charge: general advice about sexting is not flagged', () => {
    expect(detect('If a 16-year-old sends a nude to her boyfriend, that is an indecent image of a child.').under18).toBeUndefined();
  });
});

describe('page chrome: evidence found only there is weak', () => {
  const banner = 'Campaign: sharing intimate images is a crime under s.66B Sexual Offences Act 2003. Courts can make deprivation orders.';
  const burglary = 'Case 09TR2310288\nOffence: Burglary dwelling and theft, contrary to section 9(1)(b) of the Theft Act 1968.';

  it('a campaign in the banner of a burglary case is at most possible', () => {
    const text = `${banner}\n${burglary}`;
    expect(detect(text).verdict).toBe('match');
    const r = detect(text, { chrome: [{ start: 0, end: banner.length }] });
    expect(r.verdict).toBe('possible');
  });

  it('the same campaign on an s.66B case: a match, and the case\'s own evidence comes first', () => {
    const main = 'Offence: SX03250 Share photograph or film of person in intimate state intending to cause alarm distress or humiliation';
    const text = `${banner}\n${main}`;
    const r = detect(text, { chrome: [{ start: 0, end: banner.length }] });
    expect(r.verdict).toBe('match');
    const first = r.offences[0]!.evidence[0]!;
    expect(first.start).toBeGreaterThan(banner.length);
    for (const o of r.offences) if (o.evidence.length) expect(o.evidence[0]!.start, o.id).toBeGreaterThan(banner.length);
  });

  it('an IIOC mention in the chrome is not noted', () => {
    const chrome = 'Report child sexual abuse images to the IWF.';
    const r = detect(`${chrome}\nContrary to section 66B(2) of the Sexual Offences Act 2003.`, { chrome: [{ start: 0, end: chrome.length }] });
    expect(r.verdict).toBe('match');
    expect(r.alsoIioc).toBeUndefined();
  });
});
