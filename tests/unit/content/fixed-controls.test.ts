import { describe, expect, it } from 'vitest';
import { firstBand, freeBands, placeClear, tallestBand } from '../../../lib/content/fixed-controls';

/** The band geometry of lib/content/fixed-controls.ts; the real-layout proof is tests/e2e/page-controls.spec.ts. */
describe('freeBands', () => {
  it('returns the gaps between blocked extents, merged and clamped to the window', () => {
    expect(freeBands([], 768)).toEqual([{ top: 0, bottom: 768 }]);
    expect(freeBands([{ top: 0, bottom: 56 }, { top: 704, bottom: 768 }], 768)).toEqual([{ top: 56, bottom: 704 }]);
    expect(
      freeBands(
        [
          { top: 300, bottom: 340 },
          { top: -20, bottom: 40 },
          { top: 320, bottom: 360 },
          { top: 900, bottom: 950 },
        ],
        768,
      ),
    ).toEqual([
      { top: 40, bottom: 300 },
      { top: 360, bottom: 768 },
    ]);
    expect(freeBands([{ top: 0, bottom: 800 }], 768)).toEqual([]);
  });
});

describe('choosing a band', () => {
  const header = { top: 0, bottom: 56 };
  const toolbar = { top: 704, bottom: 768 };
  it('the expanded panel takes the tallest gap that is tall enough, or none', () => {
    expect(tallestBand([header, toolbar], 768, 360)).toEqual({ top: 56, bottom: 704 });
    expect(tallestBand([header, { top: 200, bottom: 240 }, { top: 500, bottom: 540 }, toolbar], 768, 360)).toBeNull();
    expect(tallestBand([header, { top: 200, bottom: 240 }, toolbar], 768, 100)).toEqual({ top: 240, bottom: 704 });
  });

  it('the tab takes the highest gap it fits', () => {
    expect(firstBand([header, { top: 200, bottom: 240 }, toolbar], 768, 120)).toEqual({ top: 56, bottom: 200 });
    expect(firstBand([header, { top: 100, bottom: 140 }, toolbar], 768, 120)).toEqual({ top: 140, bottom: 704 });
  });

  it('prefers clearing whole bars, and falls back to clearing only their controls', () => {
    const fixed = { bars: [{ top: 0, bottom: 80 }, { top: 112, bottom: 192 }], controls: [{ top: 20, bottom: 60 }, { top: 132, bottom: 172 }] };
    expect(placeClear(fixed, 192, 30, firstBand)).toEqual({ top: 80, bottom: 112 });
    expect(placeClear(fixed, 192, 60, firstBand)).toEqual({ top: 60, bottom: 132 });
    expect(placeClear(fixed, 192, 100, firstBand)).toBeNull();
  });
});
