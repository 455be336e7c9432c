import type { ChargeCues, ContextPhrase, OffenceEntry } from './types';

/*
 * The offence catalogue, as the detector needs it (it ships in the content script, so documentation-only
 * fields live in notes.ts). Sources: notes.ts, per entry. Sources: ../shared/domain/legal-brief.md §1-§3 and
 * legal-brief-updates.md §G/§K (which correct the brief: s.66B penalty subsections (9)/(10), s.33 repealed
 * 31 Jan 2024 by OSA 2023 s.190, s.67A(2A)/(2B) from 28 Jun 2022, ss.66E/66F from 6 Feb 2026).
 * CJS codes and titles are checked against the MoJ Bichard7 standing data by tests/unit/offences.
 * Phrase patterns: see PhraseSpec in types.ts (restricted regex; a space = 1-3 whitespace characters).
 */

// Shared pattern fragments.
const IMG = '(?:photo|photograph|picture|pic|image|film|video|recording|selfie)s?';
const PHOTO_OR_FILM = '(?:photograph|photo|film|image)s? or films?';
const INTIMATE_STATE = 'person in (?:an )?intimate state';
const SHARE = 'shar(?:e|es|ed|ing)';
const THREATEN = 'threat(?:en|ens|ened|ening)?';
/** Ways of making an image available that news and particulars use for the s.66B "share". */
const PUBLISH_OTHER = '(?:post(?:s|ed|ing)?|upload(?:s|ed|ing)?|distribut(?:e|es|ed|ing)|publish(?:es|ed|ing)?|leak(?:s|ed|ing)?|releas(?:e|es|ed|ing))';
const PUBLISH = `(?:shar(?:e|es|ed|ing)|${PUBLISH_OTHER})`;
/** Words that put the person shown in an intimate state (SOA 2003 s.66D), as news names the images. */
const EXPLICIT = '(?:sexually explicit|sexual|explicit|nude|naked|topless)';
/** Explicit images made available, or intimate ones by a verb other than "share" (the "share" phrases
 * are titles of their own, which these prose names must not shadow: at one position the longer wins). */
const PUBLISHED_IMAGE = `(?:${PUBLISH} (?:an? )?${EXPLICIT}|${PUBLISH_OTHER} (?:an? )?intimate) ${IMG}`;
/** Not about children: those images are IIOC (a separate regime, with phrases of its own below). The
 * media word ends first, so "image" of "images of children" cannot slip past. */
const NOT_OF_CHILD =
  "(?![a-z])(?! of (?:an? |the |young |underage |under-age )?(?:child|children|minors?|girls?|boys?|school ?(?:girl|boy)s?|under[ -]?18s|pupils?|teenagers?|bab(?:y|ies)|infants?|(?:1[0-7]|[1-9])[ -]years?[ -]old))";

export const OFFENCES: readonly OffenceEntry[] = [
  {
    id: 'cjca2015-s33',
    category: 'intimate-image',
    statute: 'cjca2015',
    section: '33',
    titles: [
      'Disclose private sexual photographs and films with intent to cause distress',
      'Disclose / threaten to disclose private sexual photographs and films with intent to cause distress',
      'Disclosing private sexual photographs and films with intent to cause distress',
    ],
    cjsCodes: ['CJ15005', 'CJ15013'],
    citations: [{ act: 'cjca2015', section: '33' }, { act: 'daa2021', section: '69' }],
    sectionDefault: true,
    phrases: [
      { pattern: `private sexual ${IMG}`, kind: 'title' },
      { pattern: `(?:disclos(?:e|es|ed|ing)|${THREATEN} to disclose) private sexual`, kind: 'title' },
      { pattern: 'revenge[ -]?porn(?:ography|ographic)?', kind: 'prose', name: true },
      // Welsh "pornograffi dial" (revenge pornography), and its soft mutation.
      { pattern: '[pb]ornograffi dial', kind: 'prose', name: true },
    ],
    citation: 'CJCA 2015 s.33',
  },
  {
    id: 'soa2003-s66a',
    category: 'intimate-image',
    statute: 'soa2003',
    section: '66A',
    titles: ['Send photograph or film of genitals to cause alarm, distress or humiliation', 'Sending etc photograph or film of genitals'],
    cjsCodes: ['SX03248'],
    citations: [{ act: 'soa2003', section: '66A' }, { act: 'osa2023', section: '187' }],
    sectionDefault: true,
    phrases: [
      { pattern: `${PHOTO_OR_FILM} of (?:his |her |their |a person's |any person's )?genitals`, kind: 'title' },
      { pattern: 'cyber[ -]?flash(?:ing|er|ers|ed)?', kind: 'prose', name: true },
      // The conduct as news names it: a charge when a plea or verdict comes before it ("convicted of
      // sending a photograph of his genitals"), prose otherwise.
      { pattern: `(?:send|sends|sent|sending) (?:an? )?(?:unsolicited |explicit )?${IMG} of (?:his |her |their |your |my )?(?:own )?(?:genitals|penis)`, kind: 'prose', name: true },
      { pattern: '(?:unsolicited )?dick pics?', kind: 'prose', name: true },
    ],
    citation: 'SOA 2003 s.66A',
  },
  {
    id: 'soa2003-s66b-1',
    category: 'intimate-image',
    statute: 'soa2003',
    section: '66B',
    subsection: '1',
    titles: ['Share photograph or film of person in intimate state without consent', 'Sharing or threatening to share intimate photograph or film'],
    cjsCodes: ['SX03249'],
    citations: [{ act: 'soa2003', section: '66B', subsection: '1' }, { act: 'osa2023', section: '188' }],
    sectionDefault: true,
    imageWordingDefault: true,
    phrases: [
      { pattern: 'intimate state,? without consent', kind: 'title' },
      { pattern: `${SHARE} or ${THREATEN} to share (?:an? )?intimate ${PHOTO_OR_FILM}`, kind: 'title' },
      { pattern: `${SHARE} (?:an? )?intimate (?:photograph|photo|film|image|picture|video)s?`, kind: 'title' },
      // The offence as news names it ("admitted sharing sexually explicit images of a woman", "convicted
      // of posting intimate photos"): a charge with a plea or verdict before it, prose otherwise.
      { pattern: `${PUBLISHED_IMAGE}${NOT_OF_CHILD}`, kind: 'prose', name: true },
      { pattern: 'intimate state', kind: 'wording' },
      // An umbrella name, but news uses it as the charge ("admitted intimate image abuse").
      { pattern: 'intimate[ -]image[ -]abuse', kind: 'prose', name: true },
      { pattern: 'image[ -]based (?:sexual )?abuse', kind: 'prose' },
      { pattern: '(?:nonconsensual|non[ -]consensual) (?:intimate|sexual|explicit|pornograph)', kind: 'prose' },
    ],
    citation: 'SOA 2003 s.66B(1)',
  },
  {
    id: 'soa2003-s66b-2',
    category: 'intimate-image',
    statute: 'soa2003',
    section: '66B',
    subsection: '2',
    titles: ['Share photograph or film of person in intimate state intending to cause alarm distress or humiliation'],
    cjsCodes: ['SX03250'],
    citations: [{ act: 'soa2003', section: '66B', subsection: '2' }],
    phrases: [{ pattern: 'intimate state,? (?:intending|with intent|with the intention of causing) (?:to cause )?(?:him |her |them |b )?alarm', kind: 'title' }],
    citation: 'SOA 2003 s.66B(2)',
  },
  {
    id: 'soa2003-s66b-3',
    category: 'intimate-image',
    statute: 'soa2003',
    section: '66B',
    subsection: '3',
    titles: ['Share photograph or film of person in intimate state for the purpose of sexual gratification'],
    cjsCodes: ['SX03251'],
    citations: [{ act: 'soa2003', section: '66B', subsection: '3' }],
    phrases: [
      { pattern: 'intimate state,? for the purpose of (?:obtaining )?sexual gratification', kind: 'title' },
      { pattern: `${SHARE} (?:an? )?intimate ${PHOTO_OR_FILM} of (?:a )?person for (?:the purpose of )?(?:obtaining )?sexual gratification`, kind: 'title' },
    ],
    citation: 'SOA 2003 s.66B(3)',
  },
  {
    id: 'soa2003-s66b-4',
    category: 'intimate-image',
    statute: 'soa2003',
    section: '66B',
    subsection: '4',
    titles: ['Threaten to share photograph or film of person in intimate state'],
    cjsCodes: ['SX03252'],
    citations: [{ act: 'soa2003', section: '66B', subsection: '4' }],
    phrases: [
      { pattern: `${THREATEN} to share (?:a )?${PHOTO_OR_FILM} of ${INTIMATE_STATE}`, kind: 'title' },
      { pattern: `${THREATEN} to share (?:an? )?intimate (?:photograph|photo|film|image|picture|video)s?`, kind: 'title' },
      { pattern: `${THREATEN} to ${PUBLISHED_IMAGE}${NOT_OF_CHILD}`, kind: 'prose', name: true },
      { pattern: 'sextortion', kind: 'prose' },
    ],
    citation: 'SOA 2003 s.66B(4)',
  },
  {
    id: 'soa2003-s66e',
    category: 'intimate-image',
    statute: 'soa2003',
    section: '66E',
    titles: ['Create purported intimate image of adult', 'Creating purported intimate image of adult'],
    cjsCodes: ['SX03253'],
    citations: [{ act: 'soa2003', section: '66E' }, { act: 'duaa2025', section: '138' }],
    sectionDefault: true,
    phrases: [
      { pattern: 'creat(?:e|es|ed|ing) (?:a )?purported intimate image', kind: 'title' },
      { pattern: 'purported intimate image', kind: 'wording' },
      { pattern: 'deep[ -]?fake[ds]? (?:porn|nude|sexual|intimate|explicit|naked)', kind: 'prose', name: true },
      { pattern: '(?:sexual|sexually explicit|explicit|intimate|pornographic|nude) deep[ -]?fake', kind: 'prose', name: true },
    ],
    citation: 'SOA 2003 s.66E',
  },
  {
    id: 'soa2003-s66f-1',
    category: 'intimate-image',
    statute: 'soa2003',
    section: '66F',
    subsection: '1',
    titles: ['Request creation of purported intimate image of adult'],
    cjsCodes: ['SX03254'],
    citations: [{ act: 'soa2003', section: '66F', subsection: '1' }],
    sectionDefault: true,
    phrases: [{ pattern: 'request(?:s|ed|ing)? (?:the )?creation of (?:a )?purported intimate image', kind: 'title' }],
    citation: 'SOA 2003 s.66F(1)',
  },
  {
    id: 'soa2003-s66f-2',
    category: 'intimate-image',
    statute: 'soa2003',
    section: '66F',
    subsection: '2',
    titles: ['Request the inclusion / exclusion of a thing into a purported intimate image of adult'],
    cjsCodes: ['SX03255'],
    citations: [{ act: 'soa2003', section: '66F', subsection: '2' }],
    phrases: [{ pattern: '(?:inclusion|exclusion)(?: ?/ ?(?:inclusion|exclusion))? of (?:a )?thing (?:in|into|from) (?:a )?purported intimate image', kind: 'title' }],
    citation: 'SOA 2003 s.66F(2)',
  },
  {
    id: 'soa2003-s67-1',
    category: 'intimate-image',
    statute: 'soa2003',
    section: '67',
    subsection: '1',
    titles: ['Observe a person doing a private act', 'Voyeurism'],
    cjsCodes: ['SX03129'],
    citations: [{ act: 'soa2003', section: '67', subsection: '1' }],
    // Deliberately the imperative CJS title only: guidance quoting the statutory definition ("observing
    // someone doing a private act") must not be a match on its own (corpus hard negative: a news item
    // quoting the definition about photos of people sledging).
    phrases: [{ pattern: 'observe a person doing a private act', kind: 'title' }],
    citation: 'SOA 2003 s.67(1)',
  },
  {
    id: 'soa2003-s67-2',
    category: 'intimate-image',
    statute: 'soa2003',
    section: '67',
    subsection: '2',
    titles: ['Voyeurism - operating equipment to observe - SOA 2003'],
    cjsCodes: ['SX03130'],
    citations: [{ act: 'soa2003', section: '67', subsection: '2' }],
    phrases: [{ pattern: 'voyeurism ?[-–:] ?operating equipment', kind: 'title' }],
    citation: 'SOA 2003 s.67(2)',
  },
  {
    id: 'soa2003-s67-3',
    category: 'intimate-image',
    statute: 'soa2003',
    section: '67',
    subsection: '3',
    titles: ['Voyeurism - recording a private act - SOA 2003'],
    cjsCodes: ['SX03131'],
    citations: [{ act: 'soa2003', section: '67', subsection: '3' }],
    sectionDefault: true,
    phrases: [
      { pattern: 'record(?:s|ed|ing)? (?:a person doing |another person doing )?a private act', kind: 'title' },
      { pattern: 'voyeur(?:ism|istic|iaeth)?', kind: 'prose', name: true },
      { pattern: 'doing a private act', kind: 'wording' },
    ],
    citation: 'SOA 2003 s.67(3)',
  },
  {
    id: 'soa2003-s67-4',
    category: 'intimate-image',
    statute: 'soa2003',
    section: '67',
    subsection: '4',
    titles: ['Voyeurism - install equipment / construct / adapt a structure - SOA 2003'],
    cjsCodes: ['SX03132'],
    citations: [{ act: 'soa2003', section: '67', subsection: '4' }],
    phrases: [{ pattern: 'install(?:s|ed|ing)? equipment ?/ ?construct', kind: 'title' }],
    citation: 'SOA 2003 s.67(4)',
  },
  {
    id: 'soa2003-s67a-1',
    category: 'intimate-image',
    statute: 'soa2003',
    section: '67A',
    subsection: '1',
    titles: ['Operate equipment beneath clothing of another without consent'],
    cjsCodes: ['SX03233'],
    citations: [{ act: 'soa2003', section: '67A', subsection: '1' }],
    phrases: [{ pattern: 'operat(?:e|es|ed|ing) equipment (?:beneath|under) (?:the )?clothing', kind: 'title' }],
    citation: 'SOA 2003 s.67A(1)',
  },
  {
    id: 'soa2003-s67a-2',
    category: 'intimate-image',
    statute: 'soa2003',
    section: '67A',
    subsection: '2',
    titles: ['Record image under clothing to observe another without consent'],
    cjsCodes: ['SX03234'],
    citations: [{ act: 'soa2003', section: '67A', subsection: '2' }, { act: 'voa2019' }],
    sectionDefault: true,
    phrases: [
      { pattern: 'record(?:s|ed|ing)? (?:an )?images? (?:beneath|under) (?:the )?clothing', kind: 'title' },
      { pattern: '(?:beneath|under) (?:the |her |his |a person\'s )?clothing', kind: 'wording' },
      { pattern: '(?:upskirt|up[ -]skirt)(?:ing|s|er|ers)?', kind: 'prose', name: true },
    ],
    citation: 'SOA 2003 s.67A(2)',
  },
  {
    id: 'soa2003-s67a-2a',
    category: 'intimate-image',
    statute: 'soa2003',
    section: '67A',
    subsection: '2A',
    titles: ['Operate equipment to observe another while breast-feeding a child'],
    cjsCodes: ['SX03242'],
    citations: [{ act: 'soa2003', section: '67A', subsection: '2A' }],
    phrases: [{ pattern: 'operat(?:e|es|ed|ing) equipment to observe (?:another|a person) while breast[ -]?feeding', kind: 'title' }],
    citation: 'SOA 2003 s.67A(2A)',
  },
  {
    id: 'soa2003-s67a-2b',
    category: 'intimate-image',
    statute: 'soa2003',
    section: '67A',
    subsection: '2B',
    titles: ['Record image of another while breast-feeding a child'],
    cjsCodes: ['SX03243'],
    citations: [{ act: 'soa2003', section: '67A', subsection: '2B' }],
    phrases: [{ pattern: 'record(?:s|ed|ing)? (?:an )?images? of (?:another|a person) while breast[ -]?feeding', kind: 'title' }],
    citation: 'SOA 2003 s.67A(2B)',
  },
  // Alternative charges (brief §1.2): count only when the particulars nearby are about intimate images.
  {
    id: 'mca1988-s1',
    category: 'alternative',
    statute: 'mca1988',
    section: '1',
    titles: ['Send letter / communication / article conveying indecent / offensive message', 'Send letter / communication / article conveying a threatening message'],
    cjsCodes: ['MT88006', 'MT88007'],
    citations: [{ act: 'mca1988', section: '1' }],
    sectionDefault: true,
    phrases: [
      { pattern: 'malicious communications?', kind: 'title' },
      { pattern: 'communication ?/ ?article conveying', kind: 'title' },
    ],
    citation: 'MCA 1988 s.1',
  },
  {
    id: 'ca2003-s127',
    category: 'alternative',
    statute: 'ca2003',
    section: '127',
    titles: ['Send by public communication network an offensive / indecent / obscene / menacing message / matter', 'Cause to be sent by public communication network an offensive / indecent / obscene / menacing message / matter'],
    cjsCodes: ['CA03005', 'CA03006'],
    citations: [{ act: 'ca2003', section: '127' }],
    sectionDefault: true,
    phrases: [
      { pattern: 'public (?:electronic )?communications? network', kind: 'title' },
      { pattern: 'grossly offensive', kind: 'wording' },
    ],
    citation: 'CA 2003 s.127',
  },
  {
    id: 'pha1997-s2',
    category: 'alternative',
    statute: 'pha1997',
    section: '2',
    titles: ['Harassment without violence'],
    cjsCodes: ['PH97004'],
    citations: [{ act: 'pha1997', section: '2' }],
    sectionDefault: true,
    phrases: [
      { pattern: 'harassment without violence', kind: 'title' },
      // The offence's name: "admitted harassment", "convicted of harassment" (a charge only with a cue;
      // otherwise prose, and like every alternative charge it counts only with image words near). Not
      // the public-order wording "harassment, alarm or distress" (Public Order Act 1986 ss.4A/5).
      { pattern: 'harass(?:ment|ing)(?!,? alarm)', kind: 'prose', name: true },
    ],
    citation: 'PHA 1997 s.2',
  },
  {
    id: 'pha1997-s2a',
    category: 'alternative',
    statute: 'pha1997',
    section: '2A',
    titles: ['Stalking without fear / alarm / distress'],
    cjsCodes: ['PH97006'],
    citations: [{ act: 'pha1997', section: '2A' }],
    sectionDefault: true,
    phrases: [
      { pattern: 'stalking without fear', kind: 'title' },
      // Not the civil order of the Stalking Protection Act 2019 (its breach is another offence).
      { pattern: 'stalking(?! (?:protection|prevention) orders?)', kind: 'prose', name: true },
    ],
    citation: 'PHA 1997 s.2A',
  },
  {
    id: 'pha1997-s4',
    category: 'alternative',
    statute: 'pha1997',
    section: '4',
    titles: ['Harassment - put in fear of violence'],
    cjsCodes: ['PH97002', 'PH97009'],
    citations: [{ act: 'pha1997', section: '4' }],
    sectionDefault: true,
    phrases: [{ pattern: 'harassment ?[-–:] ?put in fear of violence', kind: 'title' }],
    citation: 'PHA 1997 s.4',
  },
  {
    id: 'pha1997-s4a',
    category: 'alternative',
    statute: 'pha1997',
    section: '4A',
    titles: ['Stalking involving fear of violence', 'Stalking involving serious alarm / distress'],
    cjsCodes: ['PH97007', 'PH97008', 'PH97010', 'PH97011'],
    citations: [{ act: 'pha1997', section: '4A' }],
    sectionDefault: true,
    phrases: [{ pattern: 'stalking (?:involving|causing) (?:fear of violence|serious alarm)', kind: 'title' }],
    citation: 'PHA 1997 s.4A',
  },
  {
    id: 'sca2015-s76',
    category: 'alternative',
    statute: 'sca2015',
    section: '76',
    titles: ['Engage in controlling / coercive behaviour in an intimate / family relationship'],
    cjsCodes: ['SC15004'],
    citations: [{ act: 'sca2015', section: '76' }],
    sectionDefault: true,
    // The distinctive core of the title; "controlling" would stop the prefilter at every "contrary".
    phrases: [{ pattern: 'coercive behaviour', kind: 'title' }],
    citation: 'SCA 2015 s.76',
  },
  {
    id: 'osa2023-s181',
    category: 'alternative',
    statute: 'osa2023',
    section: '181',
    titles: ['Send communication threatening death or serious harm'],
    cjsCodes: ['OS23002'],
    citations: [{ act: 'osa2023', section: '181' }],
    sectionDefault: true,
    phrases: [{ pattern: 'communication threatening death or serious harm', kind: 'title' }],
    citation: 'OSA 2023 s.181',
  },
  {
    id: 'ta1968-s21',
    category: 'alternative',
    statute: 'ta1968',
    section: '21',
    titles: ['Blackmail'],
    cjsCodes: ['TH68071'],
    citations: [{ act: 'ta1968', section: '21' }],
    sectionDefault: true,
    phrases: [{ pattern: 'blackmail(?:ed|ing)?', kind: 'title' }],
    citation: 'Theft Act 1968 s.21',
  },
  // Indecent images of children: a separate category (brief §1.3).
  {
    id: 'pca1978-s1',
    category: 'iioc',
    statute: 'pca1978',
    section: '1',
    titles: [
      'Take an indecent photograph / pseudo-photograph of a child',
      'Permit taking of indecent photo / pseudo-photograph of a child',
      'Distribute an indecent photograph / pseudo-photograph of a child',
      'Show an indecent photograph / pseudo-photograph of a child',
      'Possess to show / distribute - indecent photograph / pseudo-photograph of a child',
      'Make indecent photograph / pseudo-photograph of a child',
    ],
    cjsCodes: ['PK78001', 'PK78002', 'PK78003', 'PK78004', 'PK78005', 'PK78008'],
    citations: [{ act: 'pca1978', section: '1' }],
    sectionDefault: true,
    phrases: [
      { pattern: 'indecent (?:photo|photograph|image|picture|pseudo-photograph|video|film)s?(?: ?/ ?pseudo-photographs?)? of (?:a |the |young )?(?:child|children|minors?|girls?|boys?)', kind: 'title' },
      { pattern: 'child sexual abuse (?:image|material)s?', kind: 'title' },
      // Child images described rather than titled: enough to note that IIOC is on the page (and to keep
      // a page about them out of the intimate-image reminder), never a charge on its own.
      { pattern: `(?:illegal|sexual|sexualised|explicit|abusive|nude|naked) ${IMG} of (?:underage |under-age |young )?(?:children|child|girls|boys|minors|under[ -]?18s)`, kind: 'wording' },
      { pattern: `indecent ${IMG} of (?:underage|under-age) (?:children|child|girls|boys)`, kind: 'wording' },
      { pattern: `${IMG} (?:of|showing|depicting) (?:the )?(?:sexual )?abuse of (?:a |an )?(?:child|children|baby|babies|newborn|infant|toddler|minor)s?`, kind: 'wording' },
      { pattern: 'child (?:sexual )?abuse (?:images?|imagery|material|photographs?|videos?)', kind: 'wording' },
    ],
    citation: 'PCA 1978 s.1',
  },
  {
    id: 'cja1988-s160',
    category: 'iioc',
    statute: 'cja1988',
    section: '160',
    titles: ['Possess indecent photograph / pseudo-photograph of a child'],
    cjsCodes: ['CJ88115'],
    citations: [{ act: 'cja1988', section: '160' }],
    sectionDefault: true,
    phrases: [{ pattern: 'possess(?:ing|ion)? (?:of )?(?:an? )?indecent (?:photo|photograph|image|picture|pseudo-photograph)s?(?: ?/ ?pseudo-photographs?)? of (?:a |the )?(?:child|children)', kind: 'title' }],
    citation: 'CJA 1988 s.160',
  },
  {
    id: 'cja2009-s62',
    category: 'iioc',
    statute: 'cja2009',
    section: '62',
    titles: ['Possess a prohibited image of a child'],
    cjsCodes: ['CJ09001'],
    citations: [{ act: 'cja2009', section: '62' }],
    sectionDefault: true,
    phrases: [{ pattern: 'prohibited images? of (?:a )?child', kind: 'title' }],
    citation: 'CJA 2009 s.62',
  },
];

/**
 * Words around an alternative charge that show the particulars are about intimate images (image-context),
 * or at least about images (media). Image-context alone is also prose for a 'possible'.
 */
export const CONTEXT_PHRASES: readonly ContextPhrase[] = [
  // What makes an image intimate (SOA 2003 s.66D "intimate state"; CJCA 2015 s.35 "private" and
  // "sexual"): read only within a few words of a media word near an alternative charge (detect.ts).
  {
    pattern:
      '(?:intimate|sexual|sexually|sex|explicit|naked|nude|nudes|undress(?:ed|ing)?|unclothed|no clothes|without (?:any |her |his |their )?clothes|topless|genitals?|penis|vagina|nipples?|breasts?|buttocks|underwear|lingerie|bra|knickers|masturbat(?:ing|ion)|intercourse|private parts|in (?:the |a )?(?:shower|bath)|compromising|porn|pornographic)',
    kind: 'intimate-state',
  },
  { pattern: `(?:intimate|sexual|sexually explicit|naked|nude|explicit|topless|indecent|private|compromising) ${IMG}`, kind: 'image-context' },
  { pattern: `${IMG} of (?:her|him|them|the victim|the complainant|his ex|her ex) (?:naked|nude|undressed|topless|having sex|performing)`, kind: 'image-context' },
  { pattern: '(?:sex tape|nudes|sexually explicit)', kind: 'image-context' },
  // Welsh (welsh-terms.md: "delweddau personol", "delweddau preifat"; rhywiol = sexual, noeth = naked),
  // with the soft mutations of delweddau and lluniau.
  { pattern: '(?:delweddau|ddelweddau|lluniau|luniau|ffotograffau|fideos?) (?:personol|preifat|rhywiol|noeth|noethlymun)', kind: 'image-context' },
  { pattern: '(?:photo|photograph|picture|image|video|film|footage|recording)s?', kind: 'media' },
];

/**
 * When an offence's name (PhraseSpec.name) or title is used as a charge, plea, verdict or sentence
 * rather than talked about: "convicted of one charge of voyeurism", "pleaded not guilty to three counts
 * of voyeurism", "admitted 137 offences, including voyeurism", "sentenced for posting revenge porn".
 * A bare "a charge of voyeurism" is not enough (a hard negative: a phone "confiscated as evidence for a
 * charge of voyeurism"): a charge counts when it is numbered, as counts on an indictment are.
 */
export const CHARGE_CUES: ChargeCues = {
  before:
    '(?:convict(?:ed|s|ion)?|found guilty|guilty (?:of|to)|plead(?:s|ed|ing)? (?:not )?guilty|pled (?:not )?guilty|admit(?:s|ted|ting)?|den(?:y|ies|ied|ying)|charged|sentenced|jailed|imprisoned|cautioned|acquitted|indicted|(?:\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|numerous|further) (?:specimen )?(?:counts?|charges?|offences?))',
  after: "['\u2019\"]? ?(?:charges?|counts?|convictions?)",
  clauseEnd: '(?:that|whether|if|unless|but|although|because|when|while|whereas|asked|claimed|alleged)',
};

/**
 * Legal brief §1.3: an identified 16- or 17-year-old's image shared by a partner or peer is charged as
 * IIOC, but the intimate-image reminder (a deprivation order for the device) is just as relevant. Read
 * only around recognised IIOC charges: a victim's age of 16 or 17, and a partner or peer.
 */
export const PEER_IMAGE_UNDER_18 = {
  // "then 17", "who was 16": the victim's age at the time (not "then 16 more images").
  age: "(?:1[67][ -]years?[ -]old|aged 1[67]|age (?:of )?1[67]|1[67] years of age|1[67]-yr-old|(?:girl|boy|victim|complainant|pupil|student|teenager),? (?:then )?1[67](?![0-9])|(?:then|who was|(?:she|he) was|was only) 1[67](?![0-9])(?! (?:more |further |other )?(?:images|photo|pictures|videos|counts|charges|offences|times|days|weeks|months)))",
  relation:
    "(?:boy ?friend|girl ?friend|partner|ex[ -]?partner|former partner|ex[ -](?:boyfriend|girlfriend)|his ex|her ex|classmates?|class ?mates?|schoolmates?|school friends?|fellow (?:pupils?|students?)|peers?|relationship)",
} as const;

/**
 * Media words near an alternative charge make it a possible intimate-image case (brief §1.2: "when the
 * wording mentions images, photographs, films or videos"), unless the image is plainly of a place or a
 * thing, or is camera evidence: stalking particulars with "photographs of her car" or "of the address",
 * a profile picture, CCTV footage. An intimate image is of a person (SOA 2003 s.66D).
 */
export const NON_INTIMATE_MEDIA = {
  /** What follows the media word: "photographs of her car", "video of the street outside", "of the
   * victim's front door", and as a verb, "photographed her house". */
  object:
    "(?:(?:of|showing|depicting) )?(?:the |his |her |their |its |a |an |this |that )?(?:[a-z]{1,20}['\u2019]s? )?(?:[a-z'\u2019]{1,20} )?(?:car|cars|vehicle|van|number ?plate|registration|house|home|flat|property|address|street|road|route|location|place|building|premises|workplace|office|shop|garden|driveway|door|window|gate|postcode|school gates|movements)",
  /** What comes right before it: "CCTV footage", "profile picture". */
  source: '(?:cctv|dash ?cam|doorbell|ring doorbell|body[ -]?worn|speed camera|safety camera|camera|profile|passport|mugshot|custody|police|press|screenshot)',
} as const;
