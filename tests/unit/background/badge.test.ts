import { describe, expect, it } from 'vitest';
import { BADGES } from '../../../lib/background/badge';

/** WCAG relative luminance contrast of white text on a badge colour. */
function contrastWithWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const l = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (l + 0.05);
}

describe('toolbar badges', () => {
  it('one distinct mark per page badge, none where nothing is shown', () => {
    expect(BADGES.alert.text).toBe('!');
    expect(BADGES.quiet.text).toBe('?');
    expect(BADGES.order.text).toBe('\u2713');
    expect(BADGES.none.text).toBe('');
  });
  it('white text on every badge colour at 4.5:1 or more', () => {
    for (const [name, b] of Object.entries(BADGES)) expect(contrastWithWhite(b.color), name).toBeGreaterThanOrEqual(4.5);
  });
});
