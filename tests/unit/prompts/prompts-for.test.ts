import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../lib/roles';
import { PROMPT_DEFINITIONS, promptsFor, promptText, type PromptContext } from '../../../lib/prompts';

const CORE = [
  'consider-deprivation-order',
  'identify-each-device',
  'evidence-device-used',
  'value-and-effect',
  'lawful-material',
  'cloud-and-online-copies',
  'companion-orders',
  'check-result-recorded',
];

const s66b: PromptContext = { offenceIds: ['soa2003-s66b-2'], categories: ['intimate-image'] };
const voyeurism: PromptContext = { offenceIds: ['soa2003-s67-3'], categories: ['intimate-image'] };
const deepfake: PromptContext = { offenceIds: ['soa2003-s66e'], categories: ['intimate-image'] };
const s33: PromptContext = { offenceIds: ['cjca2015-s33'], categories: ['intimate-image'] };

const ids = (role: (typeof ROLES)[number], ctx: PromptContext) => promptsFor(role, ctx).map((p) => p.id);

describe('promptsFor', () => {
  it.each(ROLES)('gives the %s every core prompt', (role) => {
    expect(ids(role, voyeurism)).toEqual(expect.arrayContaining(CORE));
  });

  it('keeps the data order, with the decision first and the record check last', () => {
    const list = ids('legal-adviser', s66b);
    expect(list[0]).toBe('consider-deprivation-order');
    expect(list.at(-1)).toBe('check-result-recorded');
  });

  it('uses role-specific wording: the adviser advises the bench, the prosecutor applies, the trainer teaches', () => {
    const first = (role: (typeof ROLES)[number]) => promptsFor(role, s66b)[0]!.text.en.summary;
    expect(first('legal-adviser')).toMatch(/^Advise the bench/);
    expect(first('prosecutor')).toMatch(/^Consider, and plan/);
    expect(first('trainer')).toMatch(/^Teaching point/);
    expect(promptsFor('prosecutor', s66b)[0]!.role).toBe('prosecutor');
  });

  it('shows the offence-date check only for the offences whose dates changed', () => {
    expect(ids('legal-adviser', s66b)).toContain('offence-date-check');
    expect(ids('legal-adviser', s33)).toContain('offence-date-check');
    expect(ids('legal-adviser', voyeurism)).not.toContain('offence-date-check');
    // s.66AB (Crime and Policing Act 2026) must not be mistaken for s.66A.
    expect(ids('legal-adviser', { offenceIds: ['soa2003-s66ab'], categories: ['intimate-image'] })).not.toContain(
      'offence-date-check',
    );
  });

  it('shows the s.154A deeming rule only for s.66E/66F', () => {
    expect(ids('prosecutor', deepfake)).toContain('deeming-rule-s154a');
    expect(ids('prosecutor', s66b)).not.toContain('deeming-rule-s154a');
  });

  it('shows trainer-only teaching points to trainers only', () => {
    expect(ids('trainer', s66b)).toContain('teaching-iioc-contrast');
    expect(ids('legal-adviser', s66b)).not.toContain('teaching-iioc-contrast');
    expect(ids('prosecutor', s66b)).not.toContain('teaching-iioc-contrast');
  });

  it('returns only prompts whose roles include the role', () => {
    for (const role of ROLES) {
      for (const p of promptsFor(role, deepfake)) {
        const def = PROMPT_DEFINITIONS.find((d) => d.id === p.id)!;
        expect(def.roles).toContain(role);
      }
    }
  });
});

describe('promptText', () => {
  it('is a canonical JSON form with the summary, every line (with its condition, sources and status) and the warning', () => {
    const companion = promptsFor('legal-adviser', s66b).find((p) => p.id === 'companion-orders')!;
    const body = JSON.parse(promptText(companion, 'en')) as {
      summary: string;
      lines: { text: string; status: string; when: string[] | null; sources: { id: string; url: string | null }[] }[];
      uncertain: string[];
      approval: { state: string };
    };
    expect(body.summary).toBe(companion.content.en.summary);
    // Every line of the role's wording, including those not shown for this offence: the hash does not
    // depend on the page, so the background can compute it from the prompt id, version and role alone.
    expect(body.lines.map((l) => l.text)).toEqual(companion.content.en.detail.map((l) => l.text));
    expect(body.lines.length).toBeGreaterThan(companion.text.en.detail.length);
    expect(body.lines.some((l) => l.when?.includes('shpo:not-listed'))).toBe(true);
    expect(body.uncertain).toEqual(companion.content.en.uncertain);
    expect(body.approval.state).toBe('draft');
    for (const l of body.lines) for (const s of l.sources) expect(s.url === null || s.url.startsWith('https://')).toBe(true);
  });

  it('contains no English UI labels', () => {
    for (const role of ROLES) {
      for (const p of promptsFor(role, s66b)) {
        const text = promptText(p, 'en');
        expect(text).not.toMatch(/Uncertain:|Sources:|Source:|Warning/);
      }
    }
  });

  it('differs between roles when the wording differs', () => {
    const a = promptsFor('legal-adviser', s66b)[0]!;
    const p = promptsFor('prosecutor', s66b)[0]!;
    expect(promptText(a, 'en')).not.toBe(promptText(p, 'en'));
  });

  it('is the same whatever offences are on the page', () => {
    const a = promptsFor('trainer', s66b).find((p) => p.id === 'companion-orders')!;
    const b = promptsFor('trainer', voyeurism).find((p) => p.id === 'companion-orders')!;
    expect(a.text.en.detail).not.toEqual(b.text.en.detail);
    expect(promptText(a, 'en')).toBe(promptText(b, 'en'));
  });
});

describe('conditions against the offence catalogue', () => {
  it('select the date check and the s.154A rule from the law data (s.33, ss.66A/66B/66E/66F; s.154A for 66E/66F only)', async () => {
    const { OFFENCES } = await import('../../../lib/offences/catalogue');
    const matching = (promptId: string) =>
      OFFENCES.filter((o) => ids('legal-adviser', { offenceIds: [o.id], categories: [o.category] }).includes(promptId)).map(
        (o) => o.id,
      );
    const dated = matching('offence-date-check');
    expect(dated).toContain('cjca2015-s33');
    expect(dated).toContain('soa2003-s66a');
    expect(dated.filter((id) => id.startsWith('soa2003-s66b')).length).toBeGreaterThanOrEqual(4);
    expect(dated.every((id) => /^(cjca2015-s33|soa2003-s66[abef]|soa2003-s67a-2[ab])/.test(id))).toBe(true);
    const deemed = matching('deeming-rule-s154a');
    expect(deemed).toContain('soa2003-s66e');
    expect(deemed.length).toBeGreaterThanOrEqual(2);
    expect(deemed.every((id) => /^soa2003-s66[ef]/.test(id))).toBe(true);
  });
});

// Mutation testing (npm run mutation -- prompts) found these conditions untested: no shipped prompt
// uses `categories`, and no context had several offences. Built definitions, so they hold whatever the
// data says; each test names the mutant it kills.
describe('promptsFor conditions', () => {
  const base = PROMPT_DEFINITIONS[0]!;
  const def = (id: string, when: (typeof base)['when']) => ({ ...base, id, roles: ['legal-adviser' as const], when });
  const defs = [
    // Law tags (lib/offences/law.ts): s.67 has notification listed; s.66B(2) does not; s.66E has s.154A.
    def('by-offence', { anyTag: ['deeming:whole-image'] }),
    def('by-category', { categories: ['iioc'] }),
    def('by-both', { anyTag: ['notification:not-listed'], categories: ['intimate-image'] }),
    def('always', undefined),
  ];
  const pick = (ctx: PromptContext) => promptsFor('legal-adviser', ctx, defs).map((p) => p.id);

  it('a law-tag condition holds when any one of several offences has the tag (not every one)', () => {
    expect(pick({ offenceIds: ['cjca2015-s33', 'soa2003-s66e'], categories: ['intimate-image'] })).toContain('by-offence');
    expect(pick({ offenceIds: ['cjca2015-s33'], categories: ['intimate-image'] })).not.toContain('by-offence');
  });

  it('a category condition alone: any one category (not every one), and none without it', () => {
    // Kills: the tag check run when only categories are given, the category
    // check skipped or always failing, and `some` turned into `every`.
    expect(pick({ offenceIds: ['pca1978-s1'], categories: ['intimate-image', 'iioc'] })).toContain('by-category');
    expect(pick({ offenceIds: ['pca1978-s1'], categories: ['intimate-image'] })).not.toContain('by-category');
  });

  it('both conditions must hold', () => {
    expect(pick({ offenceIds: ['soa2003-s66b-2'], categories: ['intimate-image'] })).toContain('by-both');
    expect(pick({ offenceIds: ['soa2003-s66b-2'], categories: ['iioc'] })).not.toContain('by-both');
    expect(pick({ offenceIds: ['soa2003-s67-3'], categories: ['intimate-image'] })).not.toContain('by-both');
    // An id with no law data has no tags, so a tagged prompt never shows on a guess.
    expect(pick({ offenceIds: ['soa2003-s66ab'], categories: ['intimate-image'] })).not.toContain('by-both');
  });

  it('no condition: always, in the given order; other roles get nothing', () => {
    expect(pick({ offenceIds: [], categories: [] })).toEqual(['always']);
    expect(promptsFor('prosecutor', { offenceIds: ['soa2003-s67-3'], categories: ['iioc'] }, defs)).toEqual([]);
  });
});
