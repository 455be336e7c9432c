import type { ActEntry } from './types';

/**
 * Acts the detector recognises. Look-alike Acts are here on purpose: a bare "s.33" must bind to the
 * Environmental Protection Act 1990 or the Sexual Offences Act 1956 when those are the Acts cited, so it
 * is rejected rather than read as s.33 CJCA 2015 (legal brief §3). Any other "... Act YYYY" is read as an
 * unknown Act by the detector, which also blocks a wrong binding.
 * Welsh: "Deddf Troseddau Rhywiol 2003" / "Deddf Tramgwyddau Rhywiol 2003" (brief §8: both, unconfirmed
 * which is current); "Deddf Cyfathrebu 2003" (Common Platform fixture). Other Welsh Act names unconfirmed.
 */
export const ACTS: readonly ActEntry[] = [
  {
    id: 'soa2003',
    short: 'SOA 2003',
    names: ['sexual offences act', 'deddf (?:troseddau|tramgwyddau) rhywiol'],
    abbreviations: ['soa'],
    year: '2003',
    yearlessDefault: true,
    annotated: true,
  },
  { id: 'soa1956', short: 'SOA 1956', names: ['sexual offences act'], abbreviations: ['soa'], year: '1956' },
  {
    id: 'cjca2015',
    short: 'CJCA 2015',
    names: ['criminal justice and courts act', 'criminal justice & courts act'],
    abbreviations: ['cjca', 'cj ?& ?ca', 'cj and ca'],
    year: '2015',
    yearlessDefault: true,
    annotated: true,
  },
  { id: 'voa2019', short: 'Voyeurism (Offences) Act 2019', names: ['voyeurism \\(offences\\) act', 'voyeurism offences act'], year: '2019' },
  { id: 'osa2023', short: 'OSA 2023', names: ['online safety act'], abbreviations: ['osa'], year: '2023', abbreviationNeedsYear: true },
  { id: 'duaa2025', short: 'DUAA 2025', names: ['data \\(use and access\\) act'], year: '2025', yearlessDefault: true },
  { id: 'daa2021', short: 'DAA 2021', names: ['domestic abuse act'], year: '2021', yearlessDefault: true },
  { id: 'mca1988', short: 'MCA 1988', names: ['malicious communications? act'], abbreviations: ['mca'], year: '1988', yearlessDefault: true },
  {
    id: 'ca2003',
    short: 'CA 2003',
    names: ['communications act', 'deddf cyfathrebu'],
    abbreviations: ['ca'],
    year: '2003',
    abbreviationNeedsYear: true,
  },
  {
    id: 'pha1997',
    short: 'PHA 1997',
    names: ['protection from harassment act', 'harassment act'],
    abbreviations: ['pha'],
    year: '1997',
    yearlessDefault: true,
  },
  { id: 'sca2015', short: 'SCA 2015', names: ['serious crime act'], abbreviations: ['sca'], year: '2015', abbreviationNeedsYear: true },
  { id: 'ta1968', short: 'Theft Act 1968', names: ['theft act'], abbreviations: ['ta'], year: '1968', yearlessDefault: true, abbreviationNeedsYear: true },
  { id: 'pca1978', short: 'PCA 1978', names: ['protection of children act'], abbreviations: ['pca'], year: '1978', yearlessDefault: true, abbreviationNeedsYear: true },
  { id: 'cja1988', short: 'CJA 1988', names: ['criminal justice act'], abbreviations: ['cja'], year: '1988', abbreviationNeedsYear: true },
  { id: 'cja2009', short: 'CJA 2009', names: ['coroners and justice act'], year: '2009', yearlessDefault: true },
  { id: 'cjia2008', short: 'CJIA 2008', names: ['criminal justice and immigration act'], abbreviations: ['cjia'], year: '2008', yearlessDefault: true },
  // Look-alikes (brief §3).
  { id: 'epa1990', short: 'EPA 1990', names: ['environmental protection act'], abbreviations: ['epa'], year: '1990', yearlessDefault: true },
  { id: 'dpa2018', short: 'DPA 2018', names: ['data protection act'], abbreviations: ['dpa'], year: '2018', yearlessDefault: true },
  { id: 'dpa1998', short: 'DPA 1998', names: ['data protection act'], abbreviations: ['dpa'], year: '1998' },
  { id: 'rta1988', short: 'RTA 1988', names: ['road traffic act'], abbreviations: ['rta'], year: '1988', yearlessDefault: true },
  {
    id: 'absh2016',
    short: 'ABSH(S)A 2016',
    names: ['abusive behaviour and sexual harm \\(scotland\\) act'],
    year: '2016',
    yearlessDefault: true,
    jurisdiction: 'scotland',
  },
  { id: 'jani2016', short: 'Justice Act (NI) 2016', names: ['justice act \\(northern ireland\\)'], year: '2016', yearlessDefault: true, jurisdiction: 'northern-ireland' },
];
