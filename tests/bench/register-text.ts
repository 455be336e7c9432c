/**
 * Realistic court-register text for benchmarks: many cases, fictional names, mostly non-matching offences
 * (theft, speeding, s.33 EPA fly-tipping...), with one intimate-image case. Deterministic (seeded), and
 * free of lib/ imports so the Chromium bench can reuse it.
 */

const FIRST = ['Alex', 'Sam', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Riley', 'Jamie', 'Robin', 'Avery', 'Quinn', 'Drew'];
const LAST = ['Ashdown', 'Brereton', 'Calloway', 'Dunmore', 'Everleigh', 'Fairbairn', 'Garside', 'Holloway', 'Ingleby', 'Jessop'];
const COURTS = ['Northbridge Magistrates\' Court', 'Eastvale Crown Court', 'Westmere Magistrates\' Court'];

const OFFENCES: [code: string, title: string, legislation: string, wording: string][] = [
  ['TH68010', 'Theft from a shop', 'Contrary to sections 1(1) and 7 of the Theft Act 1968.', 'On 03/02/2025 at Northbridge stole groceries to the value of £42.50 belonging to Valley Stores Ltd.'],
  ['RT88332', 'Speeding', 'Contrary to section 89(1) of the Road Traffic Regulation Act 1984 and Schedule 2 to the Road Traffic Offenders Act 1988.', 'Exceeded 30 mph on a restricted road; photograph taken by a safety camera. Notice of Intended Prosecution served.'],
  ['EP90015', 'Deposit controlled waste without an environmental permit', 'Contrary to section 33(1)(a) and (6) of the Environmental Protection Act 1990.', 'Deposited household waste on land at Mill Lane; covert camera footage obtained by the council.'],
  ['CJ88001', 'Possess a bladed article in a public place', 'Contrary to section 139(1) and (6) of the Criminal Justice Act 1988.', 'Had with him in a public place, namely High Street, a kitchen knife.'],
  ['OF61047', 'Assault occasioning actual bodily harm', 'Contrary to section 47 of the Offences Against the Person Act 1861.', 'Assaulted a named person thereby occasioning actual bodily harm.'],
  ['CD71001', 'Destroy or damage property', 'Contrary to section 1(1) and (4) of the Criminal Damage Act 1971.', 'Without lawful excuse damaged a shop window to the value of £300.'],
  ['RT88007', 'Drive a motor vehicle with excess alcohol', 'Contrary to section 5(1)(a) of the Road Traffic Act 1988 and Schedule 2 to the Road Traffic Offenders Act 1988.', 'Drove a vehicle after consuming so much alcohol that the proportion in breath was 61 mcg in 100 ml.'],
  ['SX56057', 'Keep a brothel', 'Contrary to section 33 of the Sexual Offences Act 1956.', 'Kept a brothel at 12 Harbour Row.'],
];

const INTIMATE: [string, string, string, string] = [
  'SX03250',
  'Share photograph or film of person in intimate state intending to cause alarm distress or humiliation',
  'Contrary to section 66B(2) and (10) of the Sexual Offences Act 2003.',
  'Intentionally shared a film showing a named person in an intimate state, intending to cause her humiliation.',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function caseBlock(i: number, r: () => number, offence: readonly string[]): string {
  const name = `${FIRST[Math.floor(r() * FIRST.length)]} ${LAST[Math.floor(r() * LAST.length)]}`;
  const urn = `${pad(1 + Math.floor(r() * 98), 2)}XY${pad(Math.floor(r() * 1e7), 7)}`;
  const court = COURTS[i % COURTS.length];
  return [
    `Case ${i + 1}  URN ${urn}  ${court}, Court ${1 + (i % 6)}, 10:00`,
    `Defendant: ${name.toUpperCase()}  DOB ${pad(1 + (i % 28), 2)}/${pad(1 + (i % 12), 2)}/19${70 + (i % 30)}`,
    `Offence 1 (${offence[0]}): ${offence[1]}`,
    `${offence[2]}`,
    `Particulars: ${offence[3]}`,
    `Plea: Not guilty. Result: Adjourned to ${pad(1 + (i % 28), 2)}/0${1 + (i % 9)}/2026 for trial. Bail: unconditional.`,
    '',
  ].join('\n');
}

/** About `bytes` characters of register text; the intimate-image case sits in the middle. */
export function registerText(bytes: number, seed = 1): string {
  const r = rng(seed);
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  let inserted = false;
  while (size < bytes) {
    const offence = !inserted && size >= bytes / 2 ? INTIMATE : OFFENCES[Math.floor(r() * OFFENCES.length)]!;
    if (offence === INTIMATE) inserted = true;
    const block = caseBlock(i++, r, offence);
    parts.push(block);
    size += block.length + 1;
  }
  if (!inserted) parts.push(caseBlock(i, r, INTIMATE));
  return parts.join('\n');
}
