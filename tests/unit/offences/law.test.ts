import { describe, expect, it } from 'vitest';
import { OFFENCES } from '../../../lib/offences/catalogue';
import { LAW_TAGS, OFFENCE_LAW, lawTags, type LawTag, type OffenceLaw } from '../../../lib/offences/law';
import { OFFENCE_NOTES } from '../../../lib/offences/notes';
import { PROMPT_DEFINITIONS, promptsFor, SOURCES, type PromptDefinition } from '../../../lib/prompts';
import { ROLES, type Role } from '../../../lib/roles';

/**
 * The table test of issue 14: for every offence in the catalogue and every role, the prompts selected
 * for a page with that offence never state an SHPO, notification, anonymity or deeming fact that the
 * offence's law data contradicts, and every offence has every field. It reads whatever ids the
 * catalogue has, so a new catalogue entry without law data fails here.
 */

type Topic = 'shpo' | 'notification' | 'anonymity' | 'deeming';
const TOPICS: Record<Topic, RegExp> = {
  shpo: /\bSHPO\b|sexual harm prevention/i,
  notification: /\bnotification\b/i,
  anonymity: /\banonymity\b/i,
  deeming: /s\.154A|treated as used/i,
};

/** The tag the offence's own data gives for a topic. */
function ownTag(law: OffenceLaw, topic: Topic): LawTag {
  if (topic === 'shpo') return `shpo:${law.shpo.status}`;
  if (topic === 'notification') return `notification:${law.notification.status}`;
  if (topic === 'anonymity') return `anonymity:${law.anonymity.status}`;
  return `deeming:${law.deeming.status}`;
}

/** A line that states the scope of s.154A for every offence (true whatever is on the page). */
const scopeOfDeeming = (text: string) => /only (?:for )?ss\.66E and 66F|covers only ss\.66E and 66F/.test(text);

/** Everything a page with just this offence would show this role that contradicts the offence's data. */
function contradictions(offenceId: string, role: Role, defs: readonly PromptDefinition[]): string[] {
  const offence = OFFENCES.find((o) => o.id === offenceId)!;
  const law = OFFENCE_LAW[offenceId];
  if (!law) return [`${offenceId}: no law data`];
  const problems: string[] = [];
  const prompts = promptsFor(role, { offenceIds: [offenceId], categories: [offence.category] }, defs);
  for (const p of prompts) {
    const copy = p.text.en;
    if (TOPICS.shpo.test(copy.summary) && !/SHPO where available/.test(copy.summary)) {
      problems.push(`${p.id}: summary states an SHPO without "where available"`);
    }
    for (const line of copy.detail) {
      for (const topic of Object.keys(TOPICS) as Topic[]) {
        if (!TOPICS[topic].test(line.text)) continue;
        if (topic === 'deeming' && !line.when && scopeOfDeeming(line.text)) continue;
        const tags = line.when?.anyTag ?? [];
        const sameTopic = tags.filter((t) => t.startsWith(`${topic}:`));
        if (sameTopic.length === 0) {
          // A per-offence fact stated without a condition on that fact.
          problems.push(`${p.id}: "${line.text.slice(0, 60)}..." states a ${topic} fact with no ${topic} condition`);
        } else if (!sameTopic.includes(ownTag(law, topic))) {
          problems.push(`${p.id}: "${line.text.slice(0, 60)}..." is for ${sameTopic.join('/')}, the offence is ${ownTag(law, topic)}`);
        }
      }
    }
  }
  return problems;
}

function shownText(offenceId: string, role: Role, promptId: string): string | null {
  const offence = OFFENCES.find((o) => o.id === offenceId)!;
  const p = promptsFor(role, { offenceIds: [offenceId], categories: [offence.category] }).find((x) => x.id === promptId);
  return p ? p.text.en.detail.map((l) => l.text).join('\n') : null;
}

const ids = OFFENCES.map((o) => o.id);
const table = ids.flatMap((id) => ROLES.map((role) => [id, role] as const));

describe('offence law data', () => {
  it.each(ids)('%s has every field, each with a status and sources', (id) => {
    const law = OFFENCE_LAW[id];
    expect(law, `${id} has no entry in lib/offences/law.ts`).toBeDefined();
    for (const fact of [law!.shpo, law!.notification]) {
      expect(['listed', 'conditional', 'not-listed', 'unconfirmed']).toContain(fact.status);
      expect(fact.sources.length).toBeGreaterThan(0);
      if (fact.status === 'listed' || fact.status === 'conditional') expect(fact.paragraph).toMatch(/^Sch [35] para \d+[A-Z]?$/);
      if (fact.status === 'conditional') expect(fact.condition).toBeTruthy();
    }
    expect(['automatic', 'not-automatic', 'unconfirmed']).toContain(law!.anonymity.status);
    expect(law!.anonymity.sources.length).toBeGreaterThan(0);
    if (law!.anonymity.status === 'automatic') expect(law!.anonymity.protects.length).toBeGreaterThan(0);
    expect(['whole-image', 'connected-image', 'none']).toContain(law!.deeming.status);
    expect(law!.deeming.sources.length).toBeGreaterThan(0);
    expect(law!.dates.inForce).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (law!.dates.dateCheck) expect(law!.dates.sources.length).toBeGreaterThan(0);
    for (const s of [law!.shpo, law!.notification, law!.anonymity, law!.deeming, law!.dates].flatMap((f) => f.sources)) {
      expect(SOURCES[s], s).toBeDefined();
    }
  });

  it('has no entry for an id the catalogue does not have', () => {
    expect(Object.keys(OFFENCE_LAW).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it.each(ids)('%s: dates agree with the offence notes', (id) => {
    const notes = OFFENCE_NOTES[id];
    if (!notes) return;
    expect(OFFENCE_LAW[id]!.dates.inForce).toBe(notes.inForce);
    expect(OFFENCE_LAW[id]!.dates.repealed).toBe(notes.repealed);
  });

  it('records the facts the review and the primary text establish', () => {
    // SHPO: s.345(1) needs a Sch 3 or Sch 5 listing (OSA 2023 Sch 14 para 16(4); SI 2007/296 art 3).
    expect(OFFENCE_LAW['soa2003-s66b-3']!.shpo.status).toBe('listed');
    for (const id of ['soa2003-s66b-1', 'soa2003-s66b-2', 'soa2003-s66b-4', 'soa2003-s66e', 'soa2003-s66f-1', 'cjca2015-s33']) {
      expect(OFFENCE_LAW[id]!.shpo.status, id).toBe('not-listed');
    }
    expect(OFFENCE_LAW['pha1997-s2']!.shpo.paragraph).toBe('Sch 5 para 56A');
    expect(OFFENCE_LAW['soa2003-s67a-2']!.shpo.status).toBe('conditional');
    // Anonymity: SOAA 1992 s.2(1)(da) covers SOA Part 1, not s.33 CJCA 2015; s.6(2B) for 66B(4).
    expect(OFFENCE_LAW['cjca2015-s33']!.anonymity.status).toBe('not-automatic');
    expect(OFFENCE_LAW['soa2003-s66b-4']!.anonymity.protects).toEqual(['person-threatened', 'person-shown']);
    // s.154A: whole image for 66E, only a connected image for 66F.
    expect(OFFENCE_LAW['soa2003-s66e']!.deeming.status).toBe('whole-image');
    expect(OFFENCE_LAW['soa2003-s66f-2']!.deeming.status).toBe('connected-image');
    // The s.33 threats limb from 29 June 2021 (Domestic Abuse Act 2021 ss.69, 90(2)).
    expect(OFFENCE_LAW['cjca2015-s33']!.dates.limbs?.[0]?.from).toBe('2021-06-29');
  });

  it('derives only known tags, and none for an unknown id', () => {
    for (const tag of lawTags(ids)) expect(LAW_TAGS).toContain(tag);
    expect([...lawTags(['soa2003-s66ab'])]).toEqual([]);
  });
});

describe('prompts against the law data (every offence x every role)', () => {
  it.each(table)('%s as %s: no selected prompt contradicts the offence data', (id, role) => {
    expect(contradictions(id, role, PROMPT_DEFINITIONS)).toEqual([]);
  });

  it.each(table)('%s as %s: the other orders cover SHPO, notification and anonymity for this offence', (id, role) => {
    const text = shownText(id, role, 'companion-orders');
    expect(text).not.toBeNull();
    expect(text).toMatch(TOPICS.shpo);
    expect(text).toMatch(TOPICS.notification);
    expect(text).toMatch(/anonymity/i);
    if (OFFENCE_LAW[id]!.anonymity.protects.includes('person-threatened')) {
      expect(text).toMatch(/person threatened[^.]*person shown/);
    }
  });

  it.each(table)('%s as %s: s.154A and the date check appear exactly where the data says', (id, role) => {
    const law = OFFENCE_LAW[id]!;
    const deeming = shownText(id, role, 'deeming-rule-s154a');
    expect(deeming !== null).toBe(law.deeming.status !== 'none');
    if (law.deeming.status === 'connected-image') {
      expect(deeming).toMatch(/connected with the offence/);
      expect(deeming).not.toMatch(/^Creating \(s\.66E\)/m);
    }
    if (law.deeming.status === 'whole-image') expect(deeming).not.toMatch(/^Requesting \(s\.66F\)/m);
    expect(shownText(id, role, 'offence-date-check') !== null).toBe(law.dates.dateCheck);
  });

  it('fails for a prompt that states an SHPO, anonymity or deeming fact without a condition', () => {
    const companion = PROMPT_DEFINITIONS.find((d) => d.id === 'companion-orders')!;
    const bad: PromptDefinition = {
      ...companion,
      text: {
        en: {
          ...companion.text.en,
          detail: [
            { text: 'The victim has anonymity. Never name them.', sources: ['soaa1992-s2'], status: 'statute' },
            { text: 'A sexual harm prevention order can prohibit sharing images.', sources: ['sa2020-s345'], status: 'statute' },
            { text: 'The image and anything containing it are treated as used.', sources: ['sa2020-s154a-1-2'], status: 'statute' },
          ],
        },
      },
    };
    const problems = contradictions('cjca2015-s33', 'legal-adviser', [bad]);
    expect(problems.some((p) => p.includes('anonymity'))).toBe(true);
    expect(problems.some((p) => p.includes('shpo'))).toBe(true);
    expect(problems.some((p) => p.includes('deeming'))).toBe(true);
  });

  it('fails for a line conditioned on a fact the offence does not have', () => {
    const companion = PROMPT_DEFINITIONS.find((d) => d.id === 'companion-orders')!;
    const bad: PromptDefinition = {
      ...companion,
      text: {
        en: {
          ...companion.text.en,
          detail: [
            {
              text: 'SHPO: available on conviction.',
              sources: ['sa2020-s345'],
              status: 'statute',
              when: { anyTag: ['shpo:listed', 'anonymity:automatic'] },
            },
          ],
        },
      },
    };
    // s.66B(2): not listed for an SHPO, but automatic anonymity makes the line show.
    expect(contradictions('soa2003-s66b-2', 'prosecutor', [bad])).not.toEqual([]);
  });
});
