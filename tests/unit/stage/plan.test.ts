import { describe, expect, it } from 'vitest';
import { DECISION_PROMPT_ID } from '../../../lib/prompts/outcomes';
import { PROMPT_DEFINITIONS } from '../../../lib/prompts';
import { BEHAVIOUR, EARLY_PROMPTS, ORDER_ON_PAGE_PROMPTS } from '../../../lib/stage/behaviour';
import { pageAction } from '../../../lib/stage/inject';
import { planFor, planForStage } from '../../../lib/stage/plan';
import { NO_ORDERS, STAGES, type PageCase, type Stage } from '../../../lib/stage/types';

const pageCase = (stage: Stage, deprivation = false): PageCase => ({
  ref: '01AB2345678',
  key: '01AB2345678',
  offences: [],
  stage,
  orders: { ...NO_ORDERS, deprivation },
});

describe('the behaviour table (lib/stage/behaviour.ts)', () => {
  it('has a row for every stage and the order on the page, and a column for each working role and none', () => {
    expect(Object.keys(BEHAVIOUR).sort()).toEqual([...STAGES, 'order-on-page'].sort());
    for (const row of Object.values(BEHAVIOUR)) expect(Object.keys(row).sort()).toEqual(['any', 'legal-adviser', 'prosecutor']);
  });

  it('names only prompts that exist', () => {
    const ids = new Set(PROMPT_DEFINITIONS.map((p) => p.id));
    for (const id of [...ORDER_ON_PAGE_PROMPTS, ...EARLY_PROMPTS]) expect(ids.has(id), id).toBe(true);
    expect(EARLY_PROMPTS).toContain(DECISION_PROMPT_ID);
  });

  it('order already on the page: collapsed, with its status and the checking prompts, for every role and stage', () => {
    for (const stage of STAGES) {
      for (const role of ['legal-adviser', 'prosecutor', 'trainer', null] as const) {
        const plan = planFor({ case: pageCase(stage, true), role });
        expect(plan.presentation, `${stage} ${role}`).toBe('collapsed');
        expect(plan.status).toBe('order-on-page');
        expect(plan.promptIds).toEqual(['check-result-recorded', 'identify-each-device']);
      }
    }
  });

  it('acquitted, discontinued or withdrawn: nothing, for every role', () => {
    for (const role of ['legal-adviser', 'prosecutor', 'trainer', null] as const) {
      expect(planFor({ case: pageCase('ended'), role }).presentation).toBe('none');
    }
  });

  it('prosecutor before a conviction: the early prompts, open', () => {
    for (const stage of ['pre-charge', 'first-hearing', 'plea-not-guilty'] as const) {
      expect(planFor({ case: pageCase(stage), role: 'prosecutor' })).toMatchObject({ presentation: 'open', promptIds: EARLY_PROMPTS });
    }
    expect(planFor({ case: pageCase('sentence'), role: 'prosecutor' }).promptIds).toBe('all');
  });

  it('legal adviser: quiet before a plea or on a not-guilty plea; open from a guilty plea on', () => {
    const adviser = (stage: Stage) => planFor({ case: pageCase(stage), role: 'legal-adviser' }).presentation;
    expect(adviser('first-hearing')).toBe('indicator');
    expect(adviser('plea-not-guilty')).toBe('indicator');
    for (const stage of ['plea-guilty', 'convicted', 'sentence', 'results-entry', 'trial'] as const) expect(adviser(stage)).toBe('open');
  });

  it('unknown stage or no role: as before stages existed', () => {
    for (const role of ['legal-adviser', 'prosecutor', 'trainer', null] as const) {
      expect(planFor({ case: pageCase('unknown'), role })).toMatchObject({ presentation: 'open', status: null, promptIds: 'all' });
    }
    expect(planFor({ case: pageCase('first-hearing'), role: null }).presentation).toBe('open');
  });

  it('trainer: as the role demonstrated, with the stage shown', () => {
    expect(planFor({ case: pageCase('first-hearing'), role: 'trainer', demonstrating: 'legal-adviser' })).toMatchObject({ presentation: 'indicator', showStage: true });
    expect(planFor({ case: pageCase('first-hearing'), role: 'trainer', demonstrating: 'prosecutor' }).promptIds).toEqual(EARLY_PROMPTS);
    expect(planFor({ case: pageCase('first-hearing'), role: 'trainer' })).toMatchObject({ presentation: 'open', showStage: true });
    expect(planFor({ case: pageCase('first-hearing'), role: 'legal-adviser' }).showStage).toBe(false);
    expect(planForStage('sentence', false, 'prosecutor')).toEqual(planFor({ case: pageCase('sentence'), role: 'prosecutor' }));
  });
});

describe('pageAction: what the background injects, and the badge', () => {
  const c = (stage: Stage, orderOnPage = false) => ({ stage, orderOnPage });
  it('the sidebar if any case opens, the indicator if the strongest is quiet, nothing if every case is none', () => {
    expect(pageAction('match', [c('first-hearing'), c('sentence')], 'legal-adviser', false)).toEqual({ sidebar: true, indicator: false, badge: 'alert' });
    expect(pageAction('match', [c('first-hearing')], 'legal-adviser', false)).toEqual({ sidebar: false, indicator: true, badge: 'quiet' });
    expect(pageAction('match', [c('ended'), c('ended')], 'prosecutor', true)).toEqual({ sidebar: false, indicator: false, badge: null });
    expect(pageAction('match', [c('ended'), c('first-hearing')], 'legal-adviser', false)).toEqual({ sidebar: false, indicator: true, badge: 'quiet' });
    expect(pageAction('match', [c('results-entry', true)], 'legal-adviser', false)).toEqual({ sidebar: true, indicator: false, badge: 'order' });
    // One case with its order, another still to decide: the reminder is still due.
    expect(pageAction('match', [c('results-entry', true), c('sentence')], 'legal-adviser', false)).toEqual({ sidebar: true, indicator: false, badge: 'alert' });
    // An order on one case, the other acquitted: nothing left to remind.
    expect(pageAction('match', [c('results-entry', true), c('ended')], 'prosecutor', false)).toEqual({ sidebar: true, indicator: false, badge: 'order' });
  });
  it('as before stages existed without cases; possible and iioc as before', () => {
    expect(pageAction('match', [], 'legal-adviser', false)).toEqual({ sidebar: true, indicator: false, badge: 'alert' });
    expect(pageAction('possible', [c('unknown')], null, true)).toEqual({ sidebar: false, indicator: true, badge: 'quiet' });
    expect(pageAction('possible', [c('unknown')], null, false)).toEqual({ sidebar: false, indicator: false, badge: 'quiet' });
    expect(pageAction('possible', [c('ended')], null, true)).toEqual({ sidebar: false, indicator: false, badge: null });
    expect(pageAction('iioc', [c('sentence')], null, true)).toEqual({ sidebar: false, indicator: false, badge: null });
    expect(pageAction('none', [], null, true)).toEqual({ sidebar: false, indicator: false, badge: null });
  });
});
