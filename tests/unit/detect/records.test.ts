/**
 * Precision on multi-record pages: evidence counts with its own case or offence record, a title-like phrase
 * in another charge's particulars is not a charge, and a weaker subsection of a charged offence is not
 * listed beside it. Fictional, generic texts.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import type { DetectResult } from '../../../lib/detect/types';

const STRONG = new Set(['cjs-code', 'citation', 'title']);
const strongIds = (r: DetectResult) => r.offences.filter((o) => o.evidence.some((e) => STRONG.has(e.kind))).map((o) => o.id);
const ids = (r: DetectResult) => r.offences.map((o) => o.id);

/** A list page: one row per case, each with its URN and offence code, separated only by line breaks. */
function register(rows: [urn: string, code: string, title: string, particulars: string][]): string {
  return rows.map(([urn, code, title, particulars], i) => `${i + 1}\nA. PERSON\n${urn}\n${code} ${title}\n${particulars}\nCourtroom 1\nFirst hearing`).join('\n');
}

const HARASSMENT: [string, string, string, string] = [
  '07KL2610421',
  'PH97004',
  'Harassment without violence',
  'Pursued a course of conduct amounting to harassment of a neighbour. Contrary to sections 2(1) and (2) of the Protection from Harassment Act 1997.',
];
const SPEEDING: [string, string, string, string] = [
  '07KL2610434',
  'RT88332',
  'Speeding',
  'Exceeded 30 mph on a restricted road. Camera photographs attached. Contrary to section 89(1) of the Road Traffic Regulation Act 1984.',
];
const SHARING: [string, string, string, string] = [
  '07KL2610447',
  'SX03250',
  'Share photograph or film of person in intimate state intending to cause alarm distress or humiliation',
  'Shared a film showing a named person in an intimate state, without consent, intending to cause alarm. Contrary to section 66B(2) and (10) of the Sexual Offences Act 2003.',
];

describe('records on list pages', () => {
  it('an alternative charge does not borrow image words from a neighbouring case', () => {
    expect(detect(register([HARASSMENT, SPEEDING]))).toMatchObject({ verdict: 'none', offences: [] });
    const r = detect(register([SPEEDING, HARASSMENT, SHARING]));
    expect(r.verdict).toBe('match');
    expect(ids(r)).not.toContain('pha1997-s2');
  });

  it('nor intimate-image particulars from the next case', () => {
    const nude: [string, string, string, string] = ['07KL2610460', 'CD71001', 'Destroy or damage property', 'Damaged a phone holding nude photos of the owner.'];
    expect(strongIds(detect(register([HARASSMENT, nude])))).not.toContain('pha1997-s2');
    // The same particulars in the harassment record itself make it a match.
    const own: [string, string, string, string] = [HARASSMENT[0], HARASSMENT[1], HARASSMENT[2], `${HARASSMENT[3]} He sent nude photos of her to her employer.`];
    expect(strongIds(detect(register([own, SPEEDING])))).toEqual(['pha1997-s2']);
  });

  it('media words in the same record still make an alternative charge possible when nothing better is found', () => {
    const own: [string, string, string, string] = [HARASSMENT[0], HARASSMENT[1], HARASSMENT[2], `${HARASSMENT[3]} He filmed her through a window; the recording was recovered.`];
    const r = detect(register([own]));
    expect(r.verdict).toBe('possible');
    expect(ids(r)).toEqual(['pha1997-s2']);
    // ...but are not listed on a page that has a charged intimate-image offence.
    expect(ids(detect(register([own, SHARING])))).toEqual(['soa2003-s66b-2']);
  });
});

describe('title-like phrases in the particulars of another charge', () => {
  const charge = [
    'Offence code',
    'MT88007',
    'Send letter / communication / article conveying a threatening message',
    'Legislation',
    'Contrary to section 1 of the Malicious Communications Act 1988.',
    '',
    'Wording',
    'Sent a message which conveyed a threat to share intimate images of the complainant, to cause her distress.',
  ].join('\n');

  it('are wording of that charge, not a charge of their own', () => {
    const r = detect(charge);
    expect(r.verdict).toBe('match');
    expect(strongIds(r)).toEqual(['mca1988-s1']);
    const s66b4 = r.offences.find((o) => o.id === 'soa2003-s66b-4');
    expect(s66b4?.evidence.map((e) => e.kind)).toEqual(['wording']);
  });

  it('but a second offence with its own code is still a charge', () => {
    const r = detect(`${charge}\n\nOffence code\nSX03252\nThreaten to share photograph or film of person in intimate state`);
    expect(strongIds(r)).toEqual(expect.arrayContaining(['mca1988-s1', 'soa2003-s66b-4']));
    expect(r.offences[0]!.id).toBe('soa2003-s66b-4');
  });

  it('and in running prose (no codes or case references) each named offence still counts', () => {
    const prose = 'Prosecutors brought charges of both recording images under clothing and operating equipment beneath clothing without consent, using the Voyeurism (Offences) Act 2019.';
    expect(strongIds(detect(prose))).toEqual(expect.arrayContaining(['soa2003-s67a-1', 'soa2003-s67a-2']));
  });
});

describe('subsumed subsections', () => {
  it('the charged subsection is named alone, not the base offence its particulars also describe', () => {
    for (const [code, id] of [
      ['SX03250', 'soa2003-s66b-2'],
      ['SX03251', 'soa2003-s66b-3'],
      ['SX03252', 'soa2003-s66b-4'],
    ]) {
      const text = `${code}\nParticulars: shared a photograph showing the complainant in an intimate state, without consent.`;
      expect(ids(detect(text)), code).toEqual([id]);
    }
  });

  it('a different section is kept', () => {
    const r = detect('SX03250 charged. Particulars mention that he also disclosed private sexual photographs.');
    expect(ids(r)).toEqual(expect.arrayContaining(['soa2003-s66b-2', 'cjca2015-s33']));
  });
});

describe('glued words', () => {
  it('reads "Contrary tosection" (inline markup joined without a space)', () => {
    const r = detect('Contrary tosection 66B(2) and (10) of the Sexual Offences Act 2003.');
    expect(r.verdict).toBe('match');
    expect(ids(r)).toEqual(['soa2003-s66b-2']);
  });

  it('but not other words ending in "to"', () => {
    expect(detect('Pluto section 66B of the Sexual Offences Act 2003.').offences.map((o) => o.evidence[0]!.text)).toEqual(['section 66B of the Sexual Offences Act 2003']);
  });
});
