/**
 * Positive and negative examples per catalogue entry (tests only; kept out of the content script).
 * Texts are fictional, written from the statutory wordings in ../shared/domain.
 * Positives: detect() must report the entry (intimate-image and alternative: verdict 'match'; iioc: 'iioc').
 * Negatives: look-alikes; no entry's negative may produce 'match'.
 */
export const EXAMPLES: Record<string, { positive: string[]; negative: string[] }> = {
  'cjca2015-s33': {
    positive: [
      'Offence code CJ15013. Disclose / threaten to disclose private sexual photographs and films with intent to cause distress.',
      'CONTRARY TO SECTION 33(1) AND (9) OF THE CRIMINAL JUSTICE AND COURTS ACT 2015.',
      'Charged under CJCA 2015 s33 after posting images online.',
      'Criminal Justice and Courts Act Sec 33(1) (9)',
      'He admitted disclosing private sexual photographs of his former partner.',
    ],
    negative: [
      'Deposit controlled waste, contrary to section 33(1)(a) of the Environmental Protection Act 1990.',
      'Keep a brothel, contrary to section 33 of the Sexual Offences Act 1956.',
      'Care worker ill-treat an individual, contrary to section 20 of the Criminal Justice and Courts Act 2015 (CJ15001).',
      'Disclose information acquired in employment at contracted-out secure college relating to detainee (CJ15009).',
    ],
  },
  'soa2003-s66a': {
    positive: ['SX03248 Send photograph or film of genitals to cause alarm, distress or humiliation', 'Contrary to section 66A of the Sexual Offences Act 2003.'],
    negative: ['Exposure, contrary to section 66 of the Sexual Offences Act 2003 (SX03128).'],
  },
  'soa2003-s66b-1': {
    positive: ['Share photograph or film of person in intimate state without consent (SX03249)', 'Contrary to section 66B(1) and (9) of the Sexual Offences Act 2003.'],
    negative: ['Knowingly / recklessly obtain or disclose personal data without consent of controller (DN18005), Data Protection Act 2018 s.170.'],
  },
  'soa2003-s66b-2': {
    positive: ['Contrary to section 66B(2) and (10) of the Sexual Offences Act 2003.', 'SX03250C conspiracy', 'Yn groes i adran 66B(2) Deddf Troseddau Rhywiol 2003.'],
    negative: ['Fail to comply with request for fingerprints or photographs during notification under domestic abuse protection order (DA21005).'],
  },
  'soa2003-s66b-3': {
    positive: ['SOA 2003 s66B(3)', 'He admitted 15 counts of sharing an intimate photo or film of a person for sexual gratification.'],
    negative: ['Take / attempt to take a photograph in a criminal / civil court of a judge / juror / witness (CJ25002).'],
  },
  'soa2003-s66b-4': {
    positive: ['Threaten to share photograph or film of person in intimate state (SX03252)', 's66B(4) SOA'],
    negative: ['Send communication threatening death or serious harm (OS23002); no images.'],
  },
  'soa2003-s66e': {
    positive: ['Create purported intimate image of adult (SX03253)', 'section 66E of the Sexual Offences Act 2003'],
    negative: ['Possess an extreme pornographic image, contrary to section 63(1) of the Criminal Justice and Immigration Act 2008.'],
  },
  'soa2003-s66f-1': {
    positive: ['SX03254 Request creation of purported intimate image of adult', 'section 66F(1) of the Sexual Offences Act 2003'],
    negative: ['Publish a photograph taken in a criminal / civil court of a judge / juror / witness (CJ25005).'],
  },
  'soa2003-s66f-2': {
    positive: ['SX03255 Request the inclusion / exclusion of a thing into a purported intimate image of adult', 's.66F(2) SOA 2003'],
    negative: ['MAKE/ATTEMPT TO MAKE UNAUTHORISED RECORDING/TRANSMISSION OF IMAGE/SOUND OF COURT PROCEEDINGS (CT03016).'],
  },
  'soa2003-s67-1': {
    positive: ['Observe a person doing a private act (SX03129)', 'Contrary to section 67(1) and (5) of the Sexual Offences Act 2003.'],
    negative: ['Sexual assault on a male, contrary to section 3 of the Sexual Offences Act 2003.'],
  },
  'soa2003-s67-2': {
    positive: ['Voyeurism - operating equipment to observe - SOA 2003', 'SX03130'],
    negative: ['Exceeded 30 mph; photograph taken by a safety camera. Notice of Intended Prosecution served.'],
  },
  'soa2003-s67-3': {
    positive: ['Voyeurism - recording a private act - SOA 2003 (SX03131)', 'charge of voyeurism contrary to section 67 of the Sexual Offences Act 2003'],
    negative: ['Covert cameras filmed him depositing controlled waste on the verge.'],
  },
  'soa2003-s67-4': {
    positive: ['Voyeurism - install equipment / construct / adapt a structure - SOA 2003', 'SX03132'],
    negative: ['Keep a brothel (SX56057).'],
  },
  'soa2003-s67a-1': {
    positive: ['Operate equipment beneath clothing of another without consent (SX03233A)', 's.67A(1) Sexual Offences Act 2003'],
    negative: ['The claimant said the photographs were taken without her consent in a public street (privacy claim).'],
  },
  'soa2003-s67a-2': {
    positive: ['Record image under clothing to observe another without consent', 'He was convicted under the Voyeurism (Offences) Act 2019.'],
    negative: ['CCTV images of the man police want to speak to were released after the theft.'],
  },
  'soa2003-s67a-2a': {
    positive: ['Operate equipment to observe another while breast-feeding a child (SX03242)'],
    negative: ['Exposure - SOA 2003'],
  },
  'soa2003-s67a-2b': {
    positive: ['Record image of another while breast-feeding a child (SX03243)'],
    negative: ['Fly-tipping offences s.33 Environmental Protection Act 1990: a brief overview.'],
  },
  'mca1988-s1': {
    positive: ['MT88006 Send letter / communication / article conveying indecent / offensive message. Particulars: sent naked photographs of the complainant to her employer.'],
    negative: ['He admitted sending a malicious communication over Snapchat threatening to stab her.'],
  },
  'ca2003-s127': {
    positive: ['He admitted sending messages over a public electronic communications network, attaching sexual images of his former partner.'],
    negative: ['Persistently made use of a public communications network to cause annoyance by calling the council.'],
  },
  'pha1997-s2': {
    positive: ['Harassment without violence (PH97004): repeatedly posted intimate images of the victim on social media.'],
    negative: ['Harassment without violence (PH97004): repeated unwanted text messages after the relationship ended.'],
  },
  'pha1997-s2a': {
    positive: ['Stalking without fear / alarm / distress, contrary to section 2A of the Protection from Harassment Act 1997; sent her nude photos to her friends.'],
    negative: ['Stalking without fear / alarm / distress: followed her to work.'],
  },
  'pha1997-s4': {
    positive: ['PH97002 Harassment - put in fear of violence; threatened to post sexual videos of her.'],
    negative: ['PH97002 Harassment - put in fear of violence; threats with a shovel.'],
  },
  'pha1997-s4a': {
    positive: ['Stalking involving serious alarm / distress (PH97011), including sending explicit images of the victim to her family.'],
    negative: ['Stalking involving serious alarm / distress, contrary to section 4A of the Protection from Harassment Act 1997: waited outside her home.'],
  },
  'sca2015-s76': {
    positive: ['Engage in controlling / coercive behaviour in an intimate / family relationship (SC15004), including threatening to share intimate photographs of her.'],
    negative: ['Controlling or coercive behaviour under section 76 of the Serious Crime Act 2015: restricting her finances and isolating her from friends.'],
  },
  'osa2023-s181': {
    positive: ['Send communication threatening death or serious harm (OS23002) together with naked pictures of the victim.'],
    negative: ['Send communication threatening death or serious harm (OS23002) by text.'],
  },
  'ta1968-s21': {
    positive: ['Blackmail (TH68071): demanded £500 or he would send her intimate images to her family.'],
    negative: ['Blackmail, contrary to section 21 of the Theft Act 1968: demanded money with menaces from a shopkeeper.'],
  },
  'pca1978-s1': {
    positive: ['Make indecent photograph / pseudo-photograph of a child (PK78008)', 'contrary to s.1(1)(a) of the Protection of Children Act 1978'],
    negative: ['Indecent assault on a male person contrary to section 15(1) of the Sexual Offences Act 1956.'],
  },
  'cja1988-s160': {
    positive: ['Possession of indecent images of a child, contrary to section 160(1) of the Criminal Justice Act 1988.', 'CJ88115'],
    negative: ['Possess a bladed article in a public place, contrary to section 139 of the Criminal Justice Act 1988.'],
  },
  'cja2009-s62': {
    positive: ['Possess a prohibited image of a child (CJ09001)'],
    negative: ['Possess an extreme pornographic image / images portraying an act which threatened life (CJ08001).'],
  },
};
