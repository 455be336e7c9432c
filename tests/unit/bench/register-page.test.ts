import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { extraRows, registerPages } from '../../bench/register-page';

function text(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

describe('bench register pages', () => {
  const pages = registerPages(200_000);

  it('are about the asked size, the matching one with exactly one intimate-image case', () => {
    expect(pages.nonMatching.length).toBeGreaterThan(190_000);
    expect(pages.nonMatching.length).toBeLessThanOrEqual(200_000);
    expect(pages.nonMatching).not.toContain('SX03250');
    expect(pages.matching.match(/SX03250/g)).toHaveLength(1);
    expect(pages.matching.match(/<tr>/g)!.length).toBe(pages.nonMatching.match(/<tr>/g)!.length);
  });

  it('read as intended by the detector', () => {
    expect(detect(text(pages.nonMatching)).verdict).toBe('none');
    expect(detect(text(pages.matching)).verdict).toBe('match');
  });

  it('escape the register text (apostrophes in court names)', () => {
    expect(pages.nonMatching).toContain('Magistrates&#39; Court');
    expect(text(pages.nonMatching)).toContain("Magistrates' Court");
  });

  it('extra rows for the DOM change are about 1 KB and do not match', () => {
    const rows = extraRows(1_000);
    const chars = rows.reduce((n, r) => n + r.join('').length, 0);
    expect(chars).toBeGreaterThanOrEqual(1_000);
    expect(chars).toBeLessThan(2_000);
    expect(detect(rows.flat().join('\n')).verdict).toBe('none');
  });
});
