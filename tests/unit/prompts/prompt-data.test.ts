import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../lib/roles';
import { OUTCOME_CODES, OUTCOMES_NEEDING_REASON, REASON_CODES } from '../../../lib/prompts/outcomes';
import { PROMPT_DEFINITIONS } from '../../../lib/prompts';
import { promptDefinitionsSchema } from '../../../lib/prompts/schema';

const allCopies = PROMPT_DEFINITIONS.flatMap((def) => [
  { id: def.id, copy: def.text.en },
  ...Object.values(def.roleText ?? {}).map((lc) => ({ id: def.id, copy: lc.en })),
]);

describe('prompt data', () => {
  it('passes the schema', () => {
    const result = promptDefinitionsSchema.safeParse(PROMPT_DEFINITIONS);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = PROMPT_DEFINITIONS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every prompt at least one https source', () => {
    for (const def of PROMPT_DEFINITIONS) {
      expect(def.sources.length, def.id).toBeGreaterThan(0);
      for (const source of def.sources) {
        expect(new URL(source.url).protocol, `${def.id}: ${source.url}`).toBe('https:');
        expect(source.label.trim(), def.id).not.toBe('');
      }
    }
  });

  it('names at least one role and only known roles', () => {
    for (const def of PROMPT_DEFINITIONS) {
      expect(def.roles.length, def.id).toBeGreaterThan(0);
      for (const role of def.roles) expect(ROLES).toContain(role);
    }
  });

  it('offers only known outcomes and reasons, with a reason wherever an outcome needs one', () => {
    for (const def of PROMPT_DEFINITIONS) {
      for (const o of def.outcomes) expect(OUTCOME_CODES).toContain(o);
      for (const r of def.reasons) expect(REASON_CODES).toContain(r);
      if (def.outcomes.some((o) => OUTCOMES_NEEDING_REASON.includes(o))) {
        expect(def.reasons.length, def.id).toBeGreaterThan(0);
      }
    }
  });

  it('lets every prompt be deferred, so it can re-arm at the next hearing', () => {
    for (const def of PROMPT_DEFINITIONS) expect(def.outcomes, def.id).toContain('deferred');
  });

  it('says plainly that the law on cloud copies is uncertain, and flags the unchecked 2026 Act', () => {
    const cloud = PROMPT_DEFINITIONS.find((d) => d.id === 'cloud-and-online-copies');
    const uncertain = cloud?.text.en.uncertain ?? '';
    expect(uncertain).toMatch(/no authority/i);
    expect(uncertain).toMatch(/Crime and Policing Act 2026/);
    expect(uncertain).toMatch(/not been checked|verify/i);
  });

  it('keeps summaries to one short line and avoids words the brief warns against', () => {
    for (const { id, copy } of allCopies) {
      expect(copy.summary.length, id).toBeLessThanOrEqual(140);
      expect(copy.summary, id).not.toMatch(/\n/);
      // Victims are never named and the prompts never tell the court what it must decide.
      expect(JSON.stringify(copy), id).not.toMatch(/you must make|the court must make/i);
    }
  });

  it('cites the corrected claims section (s.157), never the brief\u2019s superseded s.157 proceeds rule', () => {
    const text = JSON.stringify(PROMPT_DEFINITIONS.map((d) => [d.text, d.roleText]));
    expect(text).not.toMatch(/proceeds[^"]*s\.157/i);
    const thirdParty = PROMPT_DEFINITIONS.find((d) => d.id === 'third-party-owner');
    expect(thirdParty?.text.en.detail.join(' ')).toMatch(/6 months.*\(s\.157\)/);
  });

  it('limits the s.154A deeming rule to s.66E and s.66F', () => {
    const deeming = PROMPT_DEFINITIONS.find((d) => d.id === 'deeming-rule-s154a');
    const pattern = deeming?.when?.offenceId;
    expect(pattern).toBeInstanceOf(RegExp);
    expect(pattern?.test('soa2003-s66e')).toBe(true);
    expect(pattern?.test('soa2003-s66f-1')).toBe(true);
    expect(pattern?.test('soa2003-s66b-2')).toBe(false);
    expect(pattern?.test('soa2003-s67a-2')).toBe(false);
  });
});

describe('prompt schema', () => {
  const base = PROMPT_DEFINITIONS[0]!;
  const parse = (def: unknown) => promptDefinitionsSchema.safeParse([def]).success;

  it('accepts a valid prompt', () => {
    expect(parse(base)).toBe(true);
  });

  it('rejects a prompt without a source, or with a plain-http source', () => {
    expect(parse({ ...base, sources: [] })).toBe(false);
    expect(parse({ ...base, sources: [{ label: 'Act', url: 'http://www.legislation.gov.uk/ukpga/2020/17' }] })).toBe(false);
  });

  it('rejects no roles, unknown outcomes, and reason-needing outcomes without reasons', () => {
    expect(parse({ ...base, roles: [] })).toBe(false);
    expect(parse({ ...base, outcomes: ['accepted'] })).toBe(false);
    expect(parse({ ...base, outcomes: ['declined'], reasons: [] })).toBe(false);
  });

  it('rejects a bad version, a long summary, and role wording for a role the prompt is not for', () => {
    expect(parse({ ...base, version: 'v1' })).toBe(false);
    expect(parse({ ...base, text: { en: { ...base.text.en, summary: 'x'.repeat(141) } } })).toBe(false);
    expect(parse({ ...base, roles: ['prosecutor'], roleText: { trainer: base.text } })).toBe(false);
  });

  it('rejects repeated ids', () => {
    expect(promptDefinitionsSchema.safeParse([base, base]).success).toBe(false);
  });
});
