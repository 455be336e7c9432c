import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import type { DetectResult } from '../../../lib/detect/types';
import { mutatedCorpus, randomText } from './corpus';
import { timedRun } from './timing';
import { corpusTexts, needsCorpus } from '../corpus/load';

/**
 * Issue 9: the detector on thousands of generated inputs (random Unicode, UTF-16 junk, mutated real
 * corpus documents), with a fixed seed: no exception, bounded time per input, the same answer twice,
 * and evidence offsets that point at the text they quote.
 */
// Warm-up: patterns and tables are built lazily on first use (one-off ~200 ms), not per input.
detect('Sexual Offences Act 2003 section 66B(2) SX03250');
const PER_INPUT_MS = 150; // generous (shared CPU): inputs are at most a few KB; the measured worst case is logged
let slowest = 0;

function timed(input: string): DetectResult {
  const { value, ms } = timedRun(() => detect(input), PER_INPUT_MS);
  slowest = Math.max(slowest, ms);
  return value;
}

function checkResult(input: string, result: DetectResult) {
  expect(['match', 'possible', 'iioc', 'none']).toContain(result.verdict);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  if (result.verdict === 'match') expect(result.offences.length).toBeGreaterThan(0);
  for (const offence of result.offences) {
    expect(offence.evidence.length).toBeGreaterThan(0);
    for (const e of offence.evidence) {
      expect(0 <= e.start && e.start < e.end && e.end <= input.length, `${e.start}..${e.end} of ${input.length}`).toBe(true);
      expect(input.slice(e.start, e.end)).toBe(e.text);
    }
  }
  for (const ref of result.caseRefs) {
    expect(0 <= ref.start && ref.start < ref.end && ref.end <= input.length).toBe(true);
  }
}

function property(input: string) {
  const first = timed(input);
  checkResult(input, first);
  expect(detect(input)).toEqual(first);
  // detect() swallows internal errors and answers "none"; a planted CJS code must still be found,
  // so a swallowed exception on this input would show up here.
  const planted = `${input}\n SX03250 \n`;
  const withCode = timed(planted);
  checkResult(planted, withCode);
  expect(withCode.verdict).toBe('match');
  expect(withCode.offences.some((o) => o.evidence.some((e) => e.text === 'SX03250'))).toBe(true);
}

describe('detector fuzzing (fast-check, seed 42)', () => {
  it('random Unicode and UTF-16 junk: no exception, deterministic, valid offsets, bounded time', () => {
    fc.assert(fc.property(randomText, property), { seed: 42, numRuns: 3000 });
    expect(slowest).toBeLessThan(PER_INPUT_MS);
  });

  needsCorpus('corpus', 'mutated real corpus documents: the same guarantees', () => {
    const docs = corpusTexts('corpus');
    for (const doc of docs) detect(doc); // warm-up on real text: its first pass is not a fuzz input
    fc.assert(fc.property(mutatedCorpus(docs), property), { seed: 42, numRuns: 1500 });
    expect(slowest).toBeLessThan(PER_INPUT_MS);
    console.log(`detector fuzz: slowest input ${slowest.toFixed(1)} ms (${docs.length} corpus documents)`);
  });

  needsCorpus('corpus', 'the unmutated corpus: deterministic, valid offsets', () => {
    const docs = corpusTexts('corpus');
    expect(docs.length).toBeGreaterThan(25);
    for (const doc of docs) {
      const r = timed(doc);
      checkResult(doc, r);
      expect(detect(doc)).toEqual(r);
    }
  });
});
