import { describe, expect, it } from 'vitest';
import { OFFICIAL_HOSTS, SOURCES } from '../../../lib/prompts/sources';
import { sourcesSchema } from '../../../lib/prompts/schema';
import { TEACHING_POINTS } from '../../../lib/training/teaching-points';

describe('sources', () => {
  it('pass the schema: https links to official hosts only, or no link at all', () => {
    const result = sourcesSchema.safeParse(SOURCES);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('never link a mirror, blog, digest, commentary or code repository', () => {
    const all = [...Object.values(SOURCES), ...TEACHING_POINTS.flatMap((p) => p.sources.map((id) => SOURCES[id]))];
    for (const s of all) {
      if (s.url) expect(OFFICIAL_HOSTS, s.url).toContain(new URL(s.url).hostname);
      expect(s.label).not.toMatch(/blog|digest|commentary|mirror|github|casemine|bailii/i);
    }
  });

  it('link case law to the National Archives', () => {
    for (const s of Object.values(SOURCES).filter((x) => x.kind === 'case-law' && x.url)) {
      expect(s.url).toMatch(/^https:\/\/caselaw\.nationalarchives\.gov\.uk\/ewca\/crim\/\d{4}\/\d+$/);
    }
    expect(SOURCES['wright-hadley'].url).toBe('https://caselaw.nationalarchives.gov.uk/ewca/crim/2022/446');
  });

  it('rejects a link to an unofficial host', () => {
    const bad = { x: { label: 'R v X', url: 'https://149725.o7eteavr.asia/ew/cases/EWCA/Crim/2022/446.html', kind: 'case-law' } };
    expect(sourcesSchema.safeParse(bad).success).toBe(false);
  });
});
