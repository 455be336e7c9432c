import { expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { corpusIndex, corpusText, describeCorpus } from '../corpus/load';

// CI has shared/ beside the clone; a plain clone skips this suite visibly (tests/unit/corpus/load.ts).
describeCorpus('corpus', 'real-text corpus', () => {
  const docs = corpusIndex('corpus');
  const results = docs.map((d) => ({ doc: d, r: detect(corpusText('corpus', d)) }));

  const matches = results.filter((x) => x.r.verdict === 'match');
  const truePositives = matches.filter((x) => x.doc.label === 'positive');
  const positives = results.filter((x) => x.doc.label === 'positive');
  const found = positives.filter((x) => x.r.verdict === 'match' || x.r.verdict === 'possible');
  const hardNegMatches = results.filter((x) => x.doc.subset === 'hard-negative' && x.r.verdict === 'match');
  const iioc = results.filter((x) => x.doc.label === 'iioc');
  const iiocRouted = iioc.filter((x) => x.r.verdict === 'iioc');
  const precision = matches.length ? truePositives.length / matches.length : 1;
  const recall = positives.length ? found.length / positives.length : 1;

  const wrong = results.filter(({ doc, r }) =>
    doc.label === 'positive' ? r.verdict === 'none' || r.verdict === 'iioc' : doc.label === 'iioc' ? r.verdict !== 'iioc' : r.verdict === 'match',
  );
  const counts = (label: string) => {
    const c: Record<string, number> = { match: 0, possible: 0, iioc: 0, none: 0 };
    for (const x of results) if (x.doc.label === label) c[x.r.verdict]!++;
    return JSON.stringify(c);
  };
  console.log(
    [
      `corpus: ${docs.length} docs`,
      `precision of 'match' (all docs): ${truePositives.length}/${matches.length} = ${precision.toFixed(3)}`,
      `recall of match|possible on positives: ${found.length}/${positives.length} = ${recall.toFixed(3)}`,
      `hard-negative matches: ${hardNegMatches.length}`,
      `iioc routed to 'iioc': ${iiocRouted.length}/${iioc.length}`,
      `verdicts by label: positive ${counts('positive')}, negative ${counts('negative')}, iioc ${counts('iioc')}`,
      `misclassified: ${wrong.length ? '' : 'none'}`,
      ...wrong.map(({ doc, r }) => `  ${doc.id} [${doc.subset}] -> ${r.verdict} (${r.offences.map((o) => o.id).join(', ')}): ${doc.why}`),
      `possible on negatives (allowed): ${results.filter((x) => x.doc.label === 'negative' && x.r.verdict === 'possible').map((x) => x.doc.id).join(', ')}`,
    ].join('\n'),
  );

  it('precision of match >= 0.95', () => expect(precision).toBeGreaterThanOrEqual(0.95));
  it('recall of match-or-possible on positives >= 0.95', () => expect(recall).toBeGreaterThanOrEqual(0.95));
  it('no match on hard negatives', () => expect(hardNegMatches.map((x) => x.doc.id)).toEqual([]));
  it('iioc documents are routed to iioc', () => expect(iioc.filter((x) => x.r.verdict !== 'iioc').map((x) => x.doc.id)).toEqual([]));
  it('evidence offsets are exact on real text', () => {
    for (const { doc, r } of results) {
      const text = corpusText('corpus', doc);
      for (const o of r.offences) for (const e of o.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});
