import type { OffenceNotes } from './types';

/**
 * Documentation for each catalogue entry: how people write it, when it was in force, and where the facts
 * come from in ../shared/domain (legal-brief.md §1-§3; legal-brief-updates.md §G/§K correct the brief:
 * s.66B penalty subsections (9)/(10), s.33 repealed 31 Jan 2024 by OSA 2023 s.190, s.67A(2A)/(2B) from
 * 28 Jun 2022, ss.66E/66F from 6 Feb 2026). Tests, the CLI and reviewers read this; the detector does not,
 * so it stays out of the content script.
 */
export const OFFENCE_NOTES: Record<string, OffenceNotes> = {
  'cjca2015-s33': {
    chargeWording: ['Contrary to section 33(1) and (9) of the Criminal Justice and Courts Act 2015.'],
    citationForms: ['s.33 Criminal Justice and Courts Act 2015', 's 33 CJCA 2015', 'CJCA 2015 s33', 'CJ&CA 2015 s.33', 'section 33 of the Criminal Justice and Courts Act 2015', 'Criminal Justice and Courts Act Sec 33(1) (9)'],
    inForce: '2015-04-13',
    repealed: '2024-01-31',
    source: 'brief §1.1A; updates §G2 (repeal OSA 2023 s.190, SI 2024/31); threats from 29 Jun 2021 (CJ15013)',
  },
  'soa2003-s66a': {
    citationForms: ['s.66A Sexual Offences Act 2003', 'SOA 2003 s66A', 'section 66A of the Sexual Offences Act 2003'],
    inForce: '2024-01-31',
    source: 'brief §1.1C; updates §G1 (either way, 2 years, 66A(6))',
  },
  'soa2003-s66b-1': {
    citationForms: ['s.66B(1) Sexual Offences Act 2003', 'SOA 2003 s66B(1)', 'section 66B(1) of the Sexual Offences Act 2003'],
    inForce: '2024-01-31',
    source: 'brief §1.1B; updates §G1 (summary only, 66B(9))',
  },
  'soa2003-s66b-2': {
    citationForms: ['s.66B(2) Sexual Offences Act 2003', 'SOA 2003 s66B(2)', 'Contrary to section 66B(2) and (10) of the Sexual Offences Act 2003 (inferred form)'],
    inForce: '2024-01-31',
    source: 'brief §1.1B; updates §G1 (either way, 2 years, 66B(10))',
  },
  'soa2003-s66b-3': {
    citationForms: ['s.66B(3) Sexual Offences Act 2003', 'SOA 2003 s66B(3)'],
    inForce: '2024-01-31',
    source: 'brief §1.1B; updates §G1 (either way, 2 years; Sch 3 para 33B)',
  },
  'soa2003-s66b-4': {
    citationForms: ['s.66B(4) Sexual Offences Act 2003', 's66B(4) SOA'],
    inForce: '2024-01-31',
    source: 'brief §1.1B; updates §G1 (either way, 2 years; 66B(7) image need not exist)',
  },
  'soa2003-s66e': {
    citationForms: ['s.66E Sexual Offences Act 2003', 'SOA 2003 s66E'],
    inForce: '2026-02-06',
    source: 'brief §1.1F; updates §E/§K3 (summary only; SI 2026/31, 6 Feb 2026)',
  },
  'soa2003-s66f-1': {
    citationForms: ['s.66F(1) Sexual Offences Act 2003'],
    inForce: '2026-02-06',
    source: 'brief §1.1F; updates §K3',
  },
  'soa2003-s66f-2': {
    citationForms: ['s.66F(2) Sexual Offences Act 2003'],
    inForce: '2026-02-06',
    source: 'brief §1.1F; updates §K3',
  },
  'soa2003-s67-1': {
    chargeWording: ['Contrary to section 67(1) and (5) of the Sexual Offences Act 2003.'],
    citationForms: ['s.67(1) Sexual Offences Act 2003', 'SOA 2003 s67(1)'],
    inForce: '2004-05-01',
    source: 'brief §1.1D (MoJ legislation text)',
  },
  'soa2003-s67-2': {
    chargeWording: ['Contrary to section 67(2) and (5) of the Sexual Offences Act 2003.'],
    citationForms: ['s.67(2) Sexual Offences Act 2003'],
    inForce: '2004-05-01',
    source: 'brief §1.1D (MoJ legislation text)',
  },
  'soa2003-s67-3': {
    chargeWording: ['Contrary to section 67(3) and (5) of the Sexual Offences Act 2003.'],
    citationForms: ['s.67(3) Sexual Offences Act 2003', 'S67 SOA 2003', 'section 67 of the Sexual Offences Act 2003'],
    inForce: '2004-05-01',
    source: 'brief §1.1D (MoJ legislation text)',
  },
  'soa2003-s67-4': {
    chargeWording: ['Contrary to section 67(4) and (5) of the Sexual Offences Act 2003.'],
    citationForms: ['s.67(4) Sexual Offences Act 2003'],
    inForce: '2004-05-01',
    source: 'brief §1.1D (MoJ legislation text)',
  },
  'soa2003-s67a-1': {
    citationForms: ['s.67A(1) Sexual Offences Act 2003'],
    inForce: '2019-04-12',
    source: 'brief §1.1E; updates §G3 (Voyeurism (Offences) Act 2019, 12 Apr 2019)',
  },
  'soa2003-s67a-2': {
    citationForms: ['s.67A(2) Sexual Offences Act 2003', 'Voyeurism (Offences) Act 2019'],
    inForce: '2019-04-12',
    source: 'brief §1.1E; updates §G3',
  },
  'soa2003-s67a-2a': {
    citationForms: ['s.67A(2A) Sexual Offences Act 2003'],
    inForce: '2022-06-28',
    source: 'updates §G3 (PCSCA 2022 s.48; SI 2022/520 reg 5(e)); code mapping inferred',
  },
  'soa2003-s67a-2b': {
    citationForms: ['s.67A(2B) Sexual Offences Act 2003'],
    inForce: '2022-06-28',
    source: 'updates §G3; code mapping inferred',
  },
  'mca1988-s1': {
    citationForms: ['s.1 MCA 1988', 'Malicious Communications Act 1988 Sec 1'],
    inForce: '1988-09-29',
    source: 'brief §1.2; updates §G2 (OSA s.189 repealed s.1(1)(a)(ii)/(iii) and s.1(2))',
  },
  'ca2003-s127': {
    citationForms: ['s.127(1) CA 2003', 'Communications Act 2003 s.127'],
    inForce: '2003-07-25',
    source: 'brief §1.2; updates §G2 (s.127(2)(a)/(b) repealed)',
  },
  'pha1997-s2': {
    citationForms: ['PHA 1997 s.2', 'Harassment - Protection from Harassment Act 1997 Sec 2'],
    inForce: '1997-06-16',
    source: 'brief §1.2',
  },
  'pha1997-s2a': {
    citationForms: ['PHA 1997 s.2A'],
    inForce: '2012-11-25',
    source: 'brief §1.2',
  },
  'pha1997-s4': {
    citationForms: ['PHA 1997 s.4'],
    inForce: '1997-06-16',
    source: 'brief §1.2',
  },
  'pha1997-s4a': {
    citationForms: ['PHA 1997 s.4A', 's.4A(1)(b)(ii)'],
    inForce: '2012-11-25',
    source: 'brief §1.2',
  },
  'sca2015-s76': {
    citationForms: ['s.76 SCA 2015', 'Serious Crime Act 2015 Sec 76'],
    inForce: '2015-12-29',
    source: 'brief §1.2',
  },
  'osa2023-s181': {
    citationForms: ['s.181 Online Safety Act 2023'],
    inForce: '2024-01-31',
    source: 'brief §1.2',
  },
  'ta1968-s21': {
    citationForms: ['s.21 Theft Act 1968'],
    inForce: '1969-01-01',
    source: 'brief §1.2 (sextortion charged as blackmail); code TH68071 from Bichard7 standing data',
  },
  'pca1978-s1': {
    citationForms: ['s.1 Protection of Children Act 1978', 'PCA 1978 s.1(1)(a)'],
    inForce: '1978-08-20',
    source: 'brief §1.3',
  },
  'cja1988-s160': {
    citationForms: ['s.160 Criminal Justice Act 1988', 's.160(1) CJA 1988'],
    inForce: '1988-09-29',
    source: 'brief §1.3',
  },
  'cja2009-s62': {
    citationForms: ['s.62 Coroners and Justice Act 2009'],
    inForce: '2010-04-06',
    source: 'brief §1.3',
  },
};
