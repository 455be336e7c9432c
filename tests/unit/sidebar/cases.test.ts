import { describe, expect, it } from 'vitest';
import { buildCaseViews, detectionNoteKeys, readCases } from '../../../components/sidebar/cases';
import { sharingOffence } from '../../components/sidebar/fixtures';
import type { DetectResult, RecognisedOffence } from '../../../lib/detect/types';
import { DECISION_PROMPT_ID } from '../../../lib/prompts/outcomes';
import { NO_ORDERS, type PageCase } from '../../../lib/stage/types';

const offence = sharingOffence(40);
const url = 'https://cases.example.gov.uk/list';

describe('readCases', () => {
  it('prefers the page reader\u2019s own cases when the snapshot has them', () => {
    const own: PageCase[] = [{ ref: 'X1', key: 'X1', offences: [offence], stage: 'sentence', orders: NO_ORDERS }];
    const result: DetectResult = { verdict: 'match', confidence: 1, offences: [offence], caseRefs: [] };
    expect(readCases({ url, result, cases: own })).toBe(own);
  });

  it('splits a detection by reference when it has no cases', () => {
    const result: DetectResult = {
      verdict: 'match',
      confidence: 1,
      offences: [{ ...offence, evidence: [{ kind: 'cjs-code', text: 'SX03250', start: 40, end: 47 }, { kind: 'cjs-code', text: 'SX03250', start: 140, end: 147 }] }],
      caseRefs: [
        { kind: 'urn', value: '09TR2510388', start: 10, end: 21 },
        { kind: 'urn', value: '09TR2610226', start: 110, end: 121 },
      ] as DetectResult['caseRefs'],
    };
    expect(readCases({ url, result }).map((c) => c.ref)).toEqual(['09TR2510388', '09TR2610226']);
  });

  it('keeps a "possible" page the user opened as one case without a reference', () => {
    const result: DetectResult = { verdict: 'possible', confidence: 0.4, offences: [], caseRefs: [] };
    const cases = readCases({ url, result });
    expect(cases).toHaveLength(1);
    expect(cases[0]!.ref).toBeNull();
    expect(cases[0]!.key).toMatch(/^PAGE-/);
  });
});

describe('buildCaseViews', () => {
  it('puts the decision apart from the checklist, with the record\u2019s statuses per case', () => {
    const cases: PageCase[] = [
      { ref: 'A', key: 'A', offences: [offence], stage: 'unknown', orders: NO_ORDERS },
      { ref: 'B', key: 'B', offences: [offence], stage: 'unknown', orders: NO_ORDERS },
    ];
    const statuses = new Map([
      ['B', { prompts: [{ promptId: DECISION_PROMPT_ID, promptVersion: '1.0.0', shown: true, outcome: 'order-made' as const, reason: null, seq: 4, recordedAt: '2026-12-02T10:00:00.000Z' }] }],
    ]);
    const [a, b] = buildCaseViews(cases, 'legal-adviser', statuses);
    expect(a!.decision?.id).toBe(DECISION_PROMPT_ID);
    expect(a!.checklist.map((p) => p.id)).not.toContain(DECISION_PROMPT_ID);
    expect(a!.checklist.length).toBeGreaterThan(3);
    expect(a!.statuses).toEqual({});
    expect(b!.statuses[DECISION_PROMPT_ID]).toMatchObject({ outcome: 'order-made' });
  });
});

describe('detectionNoteKeys', () => {
  it('says when indecent images of children are also charged, and when the image is of a 16- or 17-year-old', () => {
    const base: DetectResult = { verdict: 'match', confidence: 1, offences: [offence], caseRefs: [] };
    expect(detectionNoteKeys(base)).toEqual([]);
    expect(detectionNoteKeys({ ...base, alsoIioc: true } as DetectResult)).toEqual(['sidebar_note_also_iioc']);
    expect(detectionNoteKeys({ ...base, under18: true, alsoIioc: true } as DetectResult)).toEqual(['sidebar_note_under18', 'sidebar_note_also_iioc']);
  });
});
