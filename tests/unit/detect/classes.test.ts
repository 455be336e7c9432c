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

/*
 * Rules added from the held-out probes (tests/unit/detect/probes.test.ts). Each test fails if its rule is
 * taken out (checked by removing each one).
 */
describe('charge lists: a label in any case, and a title heading its line', () => {
  it('"Count 1:" before an official title makes it a listed charge beside IIOC (LINE_LEAD ignores case)', () => {
    const page = 'Count 1: Voyeurism - recording a private act - SOA 2003\nCount 2: Take an indecent photograph / pseudo-photograph of a child';
    const r = detect(page);
    expect(r).toMatchObject({ verdict: 'match', alsoIioc: true });
    expect(r.offences[0]!.id).toBe('soa2003-s67-3');
    expect(detect(page.replace('Count 1:', 'COUNT 1 -')).verdict).toBe('match');
  });

  it('an official title with its particulars run on after it on the same line is a listed charge', () => {
    const peer = 'Make indecent photograph / pseudo-photograph of a child. Particulars: shared a screenshot of his girlfriend, aged 16, undressing.';
    expect(detect(peer)).toMatchObject({ verdict: 'match', under18: true });
    // Not when the title is only part of a sentence of prose.
    expect(detect('Officers explained that to make indecent photograph / pseudo-photograph of a child is an offence; his girlfriend, aged 16, was spoken to.').under18).toBeUndefined();
  });
});

describe('alternative charges: what the particulars say about the image', () => {
  it('intimate-state words of s.66D beyond "naked": no clothes on, a body part, underwear', () => {
    for (const words of ['a photograph of the complainant with no clothes on', 'a picture of her without any clothes', 'a photo of his penis', 'a video of her in her bra and knickers', 'a video of them having intercourse']) {
      const text = `Contrary to section 127(1)(a) of the Communications Act 2003: sent to her colleagues ${words}.`;
      expect(verdict(text), words).toBe('match');
    }
    expect(verdict('Contrary to section 127(1)(a) of the Communications Act 2003: sent to her colleagues a photograph of her with a black eye.')).toBe('possible');
  });

  it('a media word that only refers back to images of a place or thing is of that place or thing', () => {
    const text = "SC15004 Engage in controlling / coercive behaviour in an intimate / family relationship. He photographed her house each evening and sent the pictures to her sister.";
    expect(detect(text)).toMatchObject({ verdict: 'none', offences: [] });
    // A definite media word that says what it shows is read for itself...
    expect(verdict(text.replace('the pictures', 'the pictures of her'))).toBe('possible');
    // ...and one with nothing before it to refer back to is still images of a person (possible).
    expect(verdict('PH97004 Harassment without violence: he sent the pictures to her sister.')).toBe('possible');
  });

  it('a place named with a possessive before it ("of the victim\'s front door") is a place', () => {
    const text = "Sent by a public electronic communications network messages of a menacing character, namely photographs of the victim's front door. Contrary to section 127(1)(a) of the Communications Act 2003.";
    expect(detect(text)).toMatchObject({ verdict: 'none', offences: [] });
    // A person filmed through a window is still filmed: prepositions are not adjectives.
    expect(verdict('PH97004 Harassment without violence: he filmed her through a window.')).toBe('possible');
  });

  it('harassment and stalking named as the charge, with intimate particulars, are a match', () => {
    expect(verdict('He was convicted of stalking after posting naked photographs of his former partner on a fake profile.')).toBe('match');
    expect(verdict('He admitted harassing his ex by threatening to send nude photos of her to her parents.')).toBe('match');
    expect(verdict('He admitted stalking his former partner, and the court heard he had sent her colleagues a topless picture of her.')).toBe('match');
    expect(detect('The court heard he admitted harassment after he threatened to share a sex tape of the woman with her family.').offences.map((o) => o.id)).toContain('pha1997-s2');
    // Other offences that carry the words are not these: the public-order wording, the civil order.
    const ids = (t: string) => detect(t).offences.map((o) => o.id);
    expect(ids('He was charged with causing intentional harassment, alarm or distress, having sent photos of her to her friends.')).not.toContain('pha1997-s2');
    expect(ids('He was convicted of breaching a stalking protection order by sending photos of her to her friends.')).not.toContain('pha1997-s2a');
    // Named without a charge, or without images, they are not.
    expect(verdict('He was jailed for harassment after making 47 silent phone calls to his neighbour.')).toBe('none');
    expect(verdict('Stalking is often about control; she kept a folder of nude photos he had sent her.')).toBe('possible');
  });
});

describe('the offence named by its conduct, as news names it', () => {
  it.each([
    'He admitted two offences of sharing sexually explicit images of a woman without her consent.',
    'Jailed: the man who leaked nude photos of his former partner',
    'She was convicted of posting intimate photos of her ex-husband on a forum.',
    'He pleaded guilty to threatening to upload explicit videos of his former partner.',
    'He was convicted of sending a photograph of his genitals to a 23-year-old woman on Instagram.',
    'He was found guilty of sending unsolicited dick pics to three women.',
    'The defendant admitted intimate image abuse and was jailed for 16 weeks.',
  ])('a charge: %s', (text) => expect(verdict(text)).toBe('match'));

  it.each([
    'The woman said her former partner had posted nude photos of her on a forum.',
    'Police warn that sending a photograph of your genitals to someone who did not ask for it can be a crime.',
    'Campaigners say intimate image abuse is under-reported.',
  ])('prose: %s', (text) => expect(verdict(text)).toBe('possible'));

  it('images of children are not the adult offence: they stay IIOC', () => {
    for (const text of [
      'He admitted sharing a sexual video of a 15-year-old schoolgirl and making indecent images of children.',
      'He admitted distributing sexual images of children.',
    ]) {
      const r = detect(text);
      expect(r.verdict, text).toBe('iioc');
      expect(r.offences.some((o) => o.category === 'intimate-image'), text).toBe(false);
    }
  });

  it('a threat to make such images available is the threat offence', () => {
    expect(detect('He pleaded guilty to threatening to upload explicit videos of his former partner.').offences[0]!.id).toBe('soa2003-s66b-4');
    expect(detect('He admitted posting nude photos of his former partner.').offences[0]!.id).toBe('soa2003-s66b-1');
  });

  it('the "share" titles are not shadowed by the longer prose names', () => {
    const r = detect('Guilty plea to threatening to share intimate image of ex-wife');
    expect(r.verdict).toBe('match');
    expect(r.offences[0]!.evidence[0]!.kind).toBe('title');
  });
});

describe('the age of a 16- or 17-year-old, as particulars give it', () => {
  const charge = (who: string) => `PK78003 Distribute an indecent photograph / pseudo-photograph of a child. Particulars: shared a nude image of ${who}, his ex-girlfriend.`;
  it.each(['EF, then 17', 'EF, who was 16', 'EF (she was 17)'])('%s', (who) => expect(detect(charge(who)).under18).toBe(true));
  it('a count after "then" is not an age', () => {
    const more = 'PK78003 Distribute an indecent photograph / pseudo-photograph of a child. Particulars: shared a nude image of EF, his ex-girlfriend, and then 16 more images of her.';
    expect(detect(more)).toMatchObject({ verdict: 'iioc' });
    expect(detect(more).under18).toBeUndefined();
    expect(detect(charge('EF, then 15')).under18).toBeUndefined();
  });
});
