import { describe, expect, it } from 'vitest';
import { OFFENCES } from '../../../lib/offences/catalogue';
import { OFFENCE_LAW } from '../../../lib/offences/law';
import { PROMPT_DEFINITIONS, promptsFor, SOURCES, type PromptDefinition } from '../../../lib/prompts';
import type { PromptCopy, PromptLine } from '../../../lib/prompts/types';
import { ROLES } from '../../../lib/roles';

/**
 * The December 2026 legal review, finding by finding and item by item, against the text the prompts
 * show. Each test names the primary text it rests on (read in legalize-dev/legalize-uk), so reverting
 * a correction fails here.
 */

const copiesOf = (def: PromptDefinition): PromptCopy[] => [def.text.en, ...Object.values(def.roleText ?? {}).map((c) => c.en)];
const allCopies = PROMPT_DEFINITIONS.flatMap((def) => copiesOf(def).map((copy) => ({ def, copy })));
const allLines: { def: PromptDefinition; line: PromptLine }[] = allCopies.flatMap(({ def, copy }) =>
  copy.detail.map((line) => ({ def, line })),
);
const def = (id: string) => PROMPT_DEFINITIONS.find((d) => d.id === id)!;
const text = (id: string) => copiesOf(def(id)).flatMap((c) => c.detail.map((l) => l.text)).join('\n');

describe('legal review findings', () => {
  it('1 (SHPO): necessity is against "sexual harm", which means harm from committing a Schedule 3 offence (SA 2020 ss.344, 346)', () => {
    const lines = allLines.filter(({ line }) => /SHPO may be made only if necessary/.test(line.text));
    expect(lines.length).toBeGreaterThan(0);
    for (const { line } of lines) {
      expect(line.text).toMatch(/sexual harm from the offender \(s\.346\(1\)\)/);
      expect(line.text).toMatch(/committing a Schedule 3 offence \(s\.344\)/);
      expect(line.sources).toContain('sa2020-s344');
      expect(line.when?.anyTag).toEqual(['shpo:listed', 'shpo:conditional']);
    }
  });

  it('3 (s.154A): the summary never says every image is treated as used; for s.66F only a connected one (s.154A(4)-(5))', () => {
    const summary = def('deeming-rule-s154a').text.en.summary;
    expect(summary).toMatch(/s\.66F\) only an image connected with it/);
    expect(summary).not.toMatch(/treats the image, and anything containing it, as used/);
    for (const o of OFFENCES.filter((x) => OFFENCE_LAW[x.id]?.deeming.status === 'connected-image')) {
      for (const role of ROLES) {
        const p = promptsFor(role, { offenceIds: [o.id], categories: [o.category] }).find((x) => x.id === 'deeming-rule-s154a');
        expect(p?.text.en.summary, `${o.id}/${role}`).toMatch(/connected/);
      }
    }
  });

  it('4 (s.154A scope): every line that limits s.154A to ss.66E and 66F says "as enacted" and its prompt warns about the 2026 Act', () => {
    const scoped = allCopies.filter(({ copy }) => copy.detail.some((l) => /only (?:for )?ss\.66E and 66F|covers only ss\.66E and 66F/.test(l.text)));
    expect(scoped.map(({ def: d }) => d.id).sort()).toEqual(['deeming-rule-s154a', 'teaching-iioc-contrast']);
    for (const { def: d, copy } of scoped) {
      for (const l of copy.detail.filter((x) => /ss\.66E and 66F/.test(x.text) && /only/.test(x.text))) {
        expect(l.text, d.id).toMatch(/[Aa]s enacted/);
        expect(l.sources, d.id).toContain('duaa2025-s138');
      }
      expect((copy.uncertain ?? []).join(' '), d.id).toMatch(/^Not known: whether the Crime and Policing Act 2026 extends s\.154A/);
    }
  });

  it('6 and 7 (Tan, good practice): every line resting on R v Tan or on good practice is labelled not confirmed', () => {
    const tan = allLines.filter(({ line }) => line.sources.includes('tan') || /R v Tan/.test(line.text));
    const practice = allLines.filter(({ line }) => /good practice/i.test(line.text));
    expect(tan.length).toBeGreaterThanOrEqual(2);
    expect(practice.length).toBeGreaterThan(0);
    for (const { def: d, line } of [...tan, ...practice]) expect(line.status, `${d.id}: ${line.text}`).toBe('unconfirmed');
    for (const { line } of practice) expect(line.text).toMatch(/not a requirement of the case law/);
  });

  it('11 (owner): the claimant must show they had no reason to suspect the property was likely to be used for an offence (s.157(3)(b)(ii))', () => {
    expect(text('third-party-owner')).toMatch(/did not know, and had no reason to suspect, that it was likely to be used/);
    expect(text('third-party-owner')).not.toMatch(/it would be used for an offence/);
  });

  it('16 (images of children): the orders reported are s.153 orders; the PCA 1978 Schedule is named only as far as its text was read', () => {
    const t = text('teaching-iioc-contrast');
    expect(t).toMatch(/The orders reported in indecent-images-of-children cases are the same power: s\.153/);
    expect(t).toMatch(/Protection of Children Act 1978 has its own forfeiture procedure for indecent photographs of children, in its Schedule/);
    expect(t).not.toMatch(/cannot reasonably be separated/);
    const observer = copiesOf(def('teaching-iioc-contrast'))[0]!.detail.find((l) => /98 intimate-image cases/.test(l.text))!;
    expect(observer.status).toBe('secondary');
  });

  it('12 (standard of proof): the test is cited to s.153(3) and the criminal standard to Wright-Hadley, never the standard to s.153(3)', () => {
    const withStandard = allLines.filter(({ line }) => /criminal standard/.test(line.text));
    expect(withStandard.length).toBeGreaterThanOrEqual(4);
    for (const { def: d, line } of withStandard) {
      expect(line.text, d.id).not.toMatch(/criminal standard[^.]*\(s\.153\(3\)/);
      expect(line.text, d.id).not.toMatch(/\(s\.153\(3\); R v Wright-Hadley\)/);
      expect(line.sources, d.id).toContain('wright-hadley');
      expect(line.status, d.id).toBe('case-law');
    }
  });

  it('13 (restraining order): the power is s.360 and the meaning of the order s.359(1), each cited to its own section', () => {
    const ro = allLines.filter(({ line }) => /restraining order/i.test(line.text));
    expect(ro.length).toBeGreaterThan(0);
    for (const { line } of ro) expect(line.sources).toContain('sa2020-s360');
    const described = ro.filter(({ line }) => /anything described in it/.test(line.text));
    expect(described.length).toBeGreaterThan(0);
    for (const { line } of described) {
      expect(line.text).toMatch(/\(s\.359\(1\)\)/);
      expect(line.sources).toContain('sa2020-s359');
    }
  });

  it('14 (confiscation): s.13(2) POCA before the order; postponed confiscation bars an order until the period ends (POCA s.15(2)-(4), SA 2020 s.155(3))', () => {
    const t = text('value-and-effect');
    expect(t).toMatch(/Proceeds of Crime Act 2002 s\.13\(2\)-\(3\), signposted by s\.155\(3\)/);
    expect(t).toMatch(/must not make a deprivation order when sentencing in the postponement period; it may add one within 28 days/);
    const line = copiesOf(def('value-and-effect'))[0]!.detail.find((l) => /postponement period/.test(l.text))!;
    expect(line.sources).toEqual(['poca2002-s15', 'sa2020-s155-3']);
    expect(SOURCES['poca2002-s15'].url).toBe('https://www.legislation.gov.uk/ukpga/2002/29/section/15');
  });

  it('2 (reporting restrictions): automatic anonymity is stated as SOAA 1992 s.1 states it, for SOA Part 1 offences only (s.2(1)(da))', () => {
    const automatic = allLines.filter(({ line }) => line.when?.anyTag.includes('anonymity:automatic'));
    expect(automatic).toHaveLength(1);
    const line = automatic[0]!.line;
    expect(line.text).toMatch(/nothing likely to lead members of the public to identify them as the complainant may be published in their lifetime/);
    expect(line.text).toMatch(/\(SOAA 1992 ss\.1\(1\)-\(2\), 2\(1\)\(da\)\)/);
    expect(line.sources).toEqual(['soaa1992-s1', 'soaa1992-s2']);
    expect(line.when?.anyTag).toEqual(['anonymity:automatic']);
  });

  it('1 and 2 (images of children): SHPO listing and the notification threshold of Sch 3 paras 13 and 15 (under 16; offender 18 or over or 12 months)', () => {
    const t = text('companion-orders');
    expect(t).toMatch(/s\.1 PCA 1978, s\.160 CJA 1988/);
    expect(t).toMatch(/Indecent photographs of children \(s\.1 PCA 1978, Sch 3 para 13; s\.160 CJA 1988, para 15\): notification follows where they showed persons under 16 and the offender was 18 or over or is sentenced to at least 12 months/);
    for (const id of ['pca1978-s1', 'cja1988-s160']) {
      expect(OFFENCE_LAW[id]!.shpo.status, id).toBe('listed');
      expect(OFFENCE_LAW[id]!.notification.condition, id).toMatch(/under 16, and the offender 18 or over or sentenced to at least 12 months/);
    }
  });
});

describe('what a practitioner would expect', () => {
  it('5 (which court, the earlier power): s.143 PCC(S)A 2000 applies by date of conviction, not of the order (SA 2020 s.2(1))', () => {
    const t = text('check-result-recorded');
    expect(t).toMatch(/Where the conviction was before 1 December 2020, the order is made under s\.143/);
    expect(t).not.toMatch(/Orders and results from before 1 December 2020/);
    const line = def('check-result-recorded').text.en.detail.find((l) => /s\.143/.test(l.text))!;
    expect(line.sources).toEqual(['pccsa2000-s143', 'sa2020-s2']);
  });

  it('11 (before conviction): seized property may be retained under PACE s.22 "so long as is necessary in all the circumstances"', () => {
    const lines = allLines.filter(({ line }) => line.sources.includes('pace1984-s22'));
    expect(lines.length).toBeGreaterThan(0);
    for (const { line } of lines) {
      expect(line.text).toMatch(/only on conviction \(s\.153\(1\)\)/);
      expect(line.text).toMatch(/may be retained under PACE s\.22 for as long as is necessary in all the circumstances/);
      expect(line.text).not.toMatch(/the police keep seized property/);
    }
    expect(SOURCES['pace1984-s22'].label).toBe('Police and Criminal Evidence Act 1984, s.22(1)-(2)');
  });
});
