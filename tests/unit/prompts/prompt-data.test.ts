import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../lib/roles';
import { OUTCOME_CODES, OUTCOMES_NEEDING_REASON, REASON_CODES } from '../../../lib/prompts/outcomes';
import { PROMPT_DEFINITIONS, SOURCES } from '../../../lib/prompts';
import { promptDefinitionsSchema } from '../../../lib/prompts/schema';

const allCopies = PROMPT_DEFINITIONS.flatMap((def) => [
  { id: def.id, copy: def.text.en },
  ...Object.values(def.roleText ?? {}).map((lc) => ({ id: def.id, copy: lc.en })),
]);
const allLines = allCopies.flatMap(({ id, copy }) => copy.detail.map((line) => ({ id, line })));
const lineText = (id: string) =>
  allCopies
    .filter((c) => c.id === id)
    .flatMap((c) => c.copy.detail.map((l) => l.text))
    .join(' ');

describe('prompt data', () => {
  it('passes the schema', () => {
    const result = promptDefinitionsSchema.safeParse(PROMPT_DEFINITIONS);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = PROMPT_DEFINITIONS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every line of detail its own known sources and a status', () => {
    expect(allLines.length).toBeGreaterThan(40);
    for (const { id, line } of allLines) {
      expect(line.sources.length, `${id}: ${line.text}`).toBeGreaterThan(0);
      for (const s of line.sources) expect(SOURCES[s], `${id}: ${s}`).toBeDefined();
      expect(['statute', 'case-law', 'guidance', 'secondary', 'unconfirmed']).toContain(line.status);
    }
  });

  it('keeps every prompt in draft until a lawyer approves it (no other state exists)', () => {
    for (const def of PROMPT_DEFINITIONS) expect(['draft', 'approved'], def.id).toContain(def.approval.state);
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

  it('says plainly, as warning text for court, that the law on cloud copies and the 2026 Act is open', () => {
    const cloud = PROMPT_DEFINITIONS.find((d) => d.id === 'cloud-and-online-copies')!;
    const uncertain = (cloud.text.en.uncertain ?? []).join(' ');
    expect(uncertain).toMatch(/^Known:/);
    expect(uncertain).toMatch(/Not known:/);
    expect(uncertain).toMatch(/Crime and Policing Act 2026/);
    expect(uncertain).toMatch(/Check .* before relying/);
  });

  it('never words uncertainty as a note about our own research', () => {
    const text = JSON.stringify(allCopies);
    expect(text).not.toMatch(/was not checked|not been checked|not checked here|we could not|was not found|no authority was found/i);
  });

  it('marks what is not law: Tan, the 48-hour duty, deletion orders and good practice are not statute or case law', () => {
    const byText = (re: RegExp) => allLines.filter(({ line }) => re.test(line.text)).map(({ line }) => line.status);
    expect(byText(/R v Tan/).every((s) => s === 'unconfirmed')).toBe(true);
    expect(byText(/48 hours/)).toEqual(expect.arrayContaining(['unconfirmed']));
    expect(byText(/48 hours/).every((s) => s === 'unconfirmed')).toBe(true);
    expect(byText(/deletion orders/).every((s) => s === 'unconfirmed')).toBe(true);
    expect(byText(/good practice/i).length).toBeGreaterThan(0);
    expect(byText(/good practice/i).every((s) => s === 'unconfirmed')).toBe(true);
    expect(byText(/98 intimate-image cases/).every((s) => s === 'secondary')).toBe(true);
  });

  it('keeps summaries to one short line and never tells the court what it must decide', () => {
    for (const { id, copy } of allCopies) {
      expect(copy.summary.length, id).toBeLessThanOrEqual(140);
      expect(copy.summary, id).not.toMatch(/\n/);
      expect(JSON.stringify(copy), id).not.toMatch(/you must make|the court must make/i);
    }
  });

  it('cites the claims window as s.157, disposal as s.158 and proceeds to the victim as s.159', () => {
    const text = lineText('third-party-owner');
    expect(text).toMatch(/6 months from the order[^;]*\(s\.157\(3\)\)/);
    expect(text).toMatch(/Police \(Property\) Act 1897 s\.2 \(s\.158\)/);
    expect(text).toMatch(/proceeds[^.]*\(s\.159\)/);
    expect(JSON.stringify(allCopies)).not.toMatch(/proceeds[^"]*s\.157\)/i);
  });

  it('gives the restraining-order power as s.360, the confiscation duty as POCA s.13, and the standard of proof to Wright-Hadley', () => {
    const text = JSON.stringify(allCopies);
    expect(text).not.toMatch(/s\.359\)/);
    expect(text).toMatch(/s\.360/);
    expect(lineText('value-and-effect')).toMatch(/Proceeds of Crime Act 2002 s\.13/);
    expect(text).not.toMatch(/criminal standard[^"]*\(s\.153\(3\)\)"/);
    expect(text).toMatch(/intended by the offender/);
  });

  it('limits the s.154A deeming rule to offences the law data marks, never by offence id', () => {
    const deeming = PROMPT_DEFINITIONS.find((d) => d.id === 'deeming-rule-s154a')!;
    expect(deeming.when?.anyTag).toEqual(['deeming:whole-image', 'deeming:connected-image']);
    expect(lineText('deeming-rule-s154a')).toMatch(/connected with the offence/);
  });

  it('gives the prosecutor a decision prompt for early and for sentence, with words to say', () => {
    const decision = PROMPT_DEFINITIONS.find((d) => d.id === 'consider-deprivation-order')!;
    const prosecutor = decision.roleText!.prosecutor!.en;
    expect(prosecutor.summary).toMatch(/^Consider, and plan/);
    expect(prosecutor.say).toMatch(/section 153 of the Sentencing Act 2020/);
    const text = prosecutor.detail.map((l) => l.text).join(' ');
    expect(text).toMatch(/Early \(pre-charge, first hearing\)/);
    expect(text).toMatch(/At sentence/);
    expect(decision.text.en.say).toMatch(/of its own motion/);
    expect(decision.text.en.detail.map((l) => l.text).join(' ')).toMatch(/invite both parties/);
  });
});

describe('prompt schema', () => {
  const base = PROMPT_DEFINITIONS[0]!;
  const parse = (def: unknown) => promptDefinitionsSchema.safeParse([def]).success;
  const withLine = (line: unknown) => ({ ...base, roleText: undefined, text: { en: { ...base.text.en, detail: [line] } } });

  it('accepts a valid prompt', () => {
    expect(parse(base)).toBe(true);
  });

  it('rejects a line without a source, with an unknown source, or without a status', () => {
    const line = base.text.en.detail[0]!;
    expect(parse(withLine(line))).toBe(true);
    expect(parse(withLine({ ...line, sources: [] }))).toBe(false);
    expect(parse(withLine({ ...line, sources: ['a-blog'] }))).toBe(false);
    expect(parse(withLine({ text: line.text, sources: line.sources }))).toBe(false);
    expect(parse(withLine({ ...line, status: 'settled' }))).toBe(false);
  });

  it('accepts draft or approved-with-reviewer-and-date, nothing else', () => {
    expect(parse({ ...base, approval: { state: 'approved', reviewer: 'A Lawyer', date: '2026-12-10' } })).toBe(true);
    expect(parse({ ...base, approval: { state: 'approved', reviewer: '', date: '2026-12-10' } })).toBe(false);
    expect(parse({ ...base, approval: { state: 'approved', reviewer: 'A Lawyer' } })).toBe(false);
    expect(parse({ ...base, approval: { state: 'reviewed' } })).toBe(false);
    expect(parse({ ...base, approval: undefined })).toBe(false);
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
