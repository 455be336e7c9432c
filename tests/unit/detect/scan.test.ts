/**
 * The native scan reads only around anchor words, codes and relevant Acts. These tests compare it with a
 * full scan (the complete token pattern run over every position of the text) on real and generated text:
 * any phrase or code the anchors would miss shows up here.
 */
import { describe, expect, it } from 'vitest';
import { compilePatterns, REF_SOURCES } from '../../../lib/detect/patterns';
import { buildTables } from '../../../lib/detect/index-tables';
import { MAX_CASE_REFS, recordAround, scan } from '../../../lib/detect/scan';
import { pageText } from '../../../lib/detect/page-text';
import { EXAMPLES } from '../../../lib/offences/examples';
import { OFFENCES } from '../../../lib/offences/catalogue';
import { registerText } from '../../bench/register-text';
import { listTrainingFiles, parseTraining } from '../training/training-files';
import { corpusTexts, describeCorpus } from '../corpus/load';

const p = compilePatterns();
const tables = buildTables();

type Named = [string, string][];
const withUpperCase = (out: Named): Named => [...out, ...out.map(([name, text]): [string, string] => [`${name} (upper case)`, text.toUpperCase()])];

function texts(): Named {
  const out: Named = [];
  for (const f of listTrainingFiles('.html')) out.push([`training ${f}`, pageText(parseTraining(f).body).text]);
  for (const [id, ex] of Object.entries(EXAMPLES)) out.push([`examples ${id}`, [...ex.positive, ...ex.negative].join('\n\n')]);
  out.push(['register 200 KB', registerText(200_000, 7)]);
  return withUpperCase(out);
}

/** Every phrase and context token the complete pattern finds, scanning every position. */
function fullScan(text: string): { phrases: string[]; contexts: number[] } {
  const phrases: string[] = [];
  const contexts: number[] = [];
  const re = new RegExp(p.local.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let g = 1;
    while (m[g] === undefined) g++;
    const kind = p.kinds[g];
    if (kind === 'phrase') {
      const id = p.identify.phrase!;
      id.regex.lastIndex = m.index;
      const im = id.regex.exec(text)!;
      let ig = 1;
      while (im[ig] === undefined) ig++;
      const target = id.targets[ig - 1]!;
      if (target.type === 'phrase') phrases.push(`${m.index}:${target.entry.id}:${target.kind}`);
    } else if (kind === 'context') contexts.push(m.index);
  }
  return { phrases, contexts };
}

describe('scan', () => scanChecks(texts()));
describeCorpus(['corpus', 'corpus2'], 'scan of the real corpora', () =>
  scanChecks(withUpperCase([...corpusTexts('corpus'), ...corpusTexts('corpus2')].map((t, i) => [`corpus doc ${i}`, t]))),
);

function scanChecks(all: Named) {
  it('has texts to compare', () => expect(all.length).toBeGreaterThan(20));


  it('finds every phrase and image-context token a full scan finds', () => {
    for (const [name, text] of all) {
      const t = scan(text, p, tables.annotated);
      const full = fullScan(text);
      expect(t.phrases.map((x) => `${x.start}:${x.entry.id}:${x.kind}`), name).toEqual(full.phrases);
      expect(t.contexts.map((x) => x.start), name).toEqual(full.contexts);
    }
  });

  it('finds every catalogue CJS code, with or without an inchoate suffix', () => {
    const known = new Set(OFFENCES.flatMap((e) => e.cjsCodes));
    for (const [name, text] of all) {
      const expected = [...text.matchAll(/\b[a-z]{2}\d{5}[abcie]?(?![a-z0-9])/gi)].filter((m) => known.has(m[0].slice(0, 7).toUpperCase())).map((m) => m.index);
      expect(scan(text, p, tables.annotated).codes.map((c) => c.start), name).toEqual(expected);
    }
  });

  it('keeps the first case references in document order, upper case only', () => {
    // Not after a digit; glued to a lower-case label ("case05PL9930226") but not to a capital letter.
    const shapes = new RegExp(`(?<![0-9])(?:${REF_SOURCES.join('|')})`, 'gi');
    for (const [name, text] of all) {
      const seen: string[] = [];
      for (const m of text.matchAll(shapes)) {
        const v = m[0].replace(/\s/g, '').toUpperCase();
        const before = text.charAt(m.index - 1);
        const gluedToCapital = before !== before.toLowerCase() && before === before.toUpperCase();
        if (m[0] === m[0].toUpperCase() && !gluedToCapital && !seen.includes(v) && seen.length < MAX_CASE_REFS) seen.push(v);
      }
      const found = [...new Set(scan(text, p, tables.annotated).caseRefs.map((r) => r.value))].slice(0, MAX_CASE_REFS);
      expect(found, name).toEqual(seen);
    }
  });
}

describe('recordAround', () => {
  const text = [
    '12 Alex ASHDOWN 09TR2610421 PH97004 Harassment without violence. Repeated calls.',
    '13 Sam DUNMORE 09TR2610434 RT88332 Speeding. Camera photographs attached.',
  ].join('\n');

  it('stops at the case reference or offence code of the next record', () => {
    const at = text.indexOf('Harassment');
    const [lo, hi] = recordAround(text, at, at + 10, 2500);
    expect(text.slice(lo, hi)).toBe('PH97004 Harassment without violence. Repeated calls.\n13 Sam DUNMORE ');
  });

  it('is the plain window where the text has no records', () => {
    const plain = 'x'.repeat(50) + 'middle' + 'y'.repeat(50);
    expect(recordAround(plain, 50, 56, 20)).toEqual([30, 76]);
  });

  it('ignores lower-case look-alikes of codes', () => {
    const t = 'see ab12345 here and the rest';
    expect(recordAround(t, 20, 23, 100)).toEqual([0, t.length]);
  });
});
