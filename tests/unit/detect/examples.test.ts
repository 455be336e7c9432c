import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { OFFENCES } from '../../../lib/offences/catalogue';
import { EXAMPLES } from '../../../lib/offences/examples';

// refined-github style: each entry accepts its own examples, and no entry accepts anyone's negatives.
describe('catalogue examples', () => {
  for (const entry of OFFENCES) {
    const ex = EXAMPLES[entry.id]!;
    describe(entry.id, () => {
      for (const text of ex.positive) {
        it(`recognises: ${text.slice(0, 70)}`, () => {
          const r = detect(text);
          expect(r.offences.map((o) => o.id)).toContain(entry.id);
          expect(r.verdict).toBe(entry.category === 'iioc' ? 'iioc' : 'match');
          for (const o of r.offences) for (const e of o.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
        });
      }
    });
  }

  const negatives = OFFENCES.flatMap((e) => EXAMPLES[e.id]!.negative.map((text) => ({ owner: e.id, text })));
  for (const { owner, text } of negatives) {
    it(`no entry matches ${owner}'s negative: ${text.slice(0, 60)}`, () => {
      const r = detect(text);
      expect(r.verdict).not.toBe('match');
      expect(r.offences.map((o) => o.id)).not.toContain(owner);
    });
  }
});
