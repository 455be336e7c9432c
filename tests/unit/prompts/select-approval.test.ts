// Which wording the sidebar may show, which lines and which sources: found untested by mutation testing
// (npm run mutation -- prompts). Built definitions, so these hold whatever the shipped data says (today
// every prompt is a draft and no line's sources repeat).
import { describe, expect, it } from 'vitest';
import { PROMPT_DEFINITIONS, promptsFor } from '../../../lib/prompts';
import { resolvePrompt } from '../../../lib/prompts/select';
import { SOURCES } from '../../../lib/prompts/sources';
import type { PromptContext, PromptDefinition, PromptLine } from '../../../lib/prompts/types';

const base = PROMPT_DEFINITIONS[0]!;
const s66e: PromptContext = { offenceIds: ['soa2003-s66e'], categories: ['intimate-image'] };
// s.67 is listed for notification and has no s.154A deeming: neither tag below applies.
const s33: PromptContext = { offenceIds: ['cjca2015-s33'], categories: ['intimate-image'] };
const s67: PromptContext = { offenceIds: ['soa2003-s67-3'], categories: ['intimate-image'] };

function def(id: string, approval: unknown, detail: PromptLine[] = base.text.en.detail as PromptLine[]): PromptDefinition {
  return {
    ...base,
    id,
    approval: approval as PromptDefinition['approval'],
    roles: ['legal-adviser'],
    when: undefined,
    roleText: undefined,
    text: { en: { ...base.text.en, detail } },
  };
}

describe('only wording in a known approval state is shown', () => {
  const shown = (approval: unknown) => promptsFor('legal-adviser', s67, [def('p', approval)]).map((p) => p.id);

  it('shows draft wording (labelled as such by the sidebar) and wording approved by a named reviewer on a date', () => {
    expect(shown({ state: 'draft' })).toEqual(['p']);
    expect(shown({ state: 'approved', reviewer: 'A. Lawyer', date: '2026-01-05' })).toEqual(['p']);
  });

  it.each([
    ['a misspelt state', { state: 'aproved', reviewer: 'A. Lawyer', date: '2026-01-05' }],
    ['an empty state', { state: '', reviewer: 'A. Lawyer', date: '2026-01-05' }],
    ['approved with no reviewer', { state: 'approved', date: '2026-01-05' }],
    ['approved by a blank reviewer', { state: 'approved', reviewer: '   ', date: '2026-01-05' }],
    ['approved by a reviewer that is not text', { state: 'approved', reviewer: 7, date: '2026-01-05' }],
    ['approved with no date', { state: 'approved', reviewer: 'A. Lawyer' }],
    ['approved with a date that is not text', { state: 'approved', reviewer: 'A. Lawyer', date: 20260105 }],
    ['no approval at all', undefined],
  ])('never shows wording with %s', (_name, approval) => {
    expect(shown(approval)).toEqual([]);
    // Positive control: the same definition in draft is shown.
    expect(shown({ state: 'draft' })).toEqual(['p']);
  });
});

describe('lines and their sources', () => {
  const always: PromptLine = { text: 'Always.', sources: ['daniels'], status: 'case-law' };
  const deeming: PromptLine = { text: 'Only where s.154A applies.', sources: ['dewey', 'daniels'], status: 'case-law', when: { anyTag: ['deeming:whole-image'] } };
  const either: PromptLine = {
    text: 'Where either tag applies.',
    sources: ['tan'],
    status: 'case-law',
    when: { anyTag: ['notification:not-listed', 'deeming:whole-image'] },
  };
  const d = def('lines', { state: 'draft' }, [always, deeming, either]);

  it('a conditional line shows when any one of its tags applies to the page, and is left out otherwise', () => {
    expect(resolvePrompt(d, 'legal-adviser', s66e).text.en.detail.map((l) => l.text)).toEqual(['Always.', 'Only where s.154A applies.', 'Where either tag applies.']);
    expect(resolvePrompt(d, 'legal-adviser', s67).text.en.detail.map((l) => l.text)).toEqual(['Always.']);
    // s.33 is not listed for notification but has no s.154A deeming: one of the two tags is enough.
    expect(resolvePrompt(d, 'legal-adviser', s33).text.en.detail.map((l) => l.text)).toEqual(['Always.', 'Where either tag applies.']);
  });

  it('without a page context every line is shown', () => {
    const p = resolvePrompt(d, 'legal-adviser');
    expect(p.text.en.detail).toEqual([always, deeming, either]);
    expect(p.content.en.detail).toEqual([always, deeming, either]);
  });

  it('lists the sources of the lines shown, once each, in the order first cited, with label and link', () => {
    const all = resolvePrompt(d, 'legal-adviser', s66e).sources;
    expect(all.map((s) => s.id)).toEqual(['daniels', 'dewey', 'tan']);
    expect(all[0]).toEqual({ id: 'daniels', ...SOURCES.daniels });
    expect(all[0]!.label).toMatch(/Daniels/);
    // A hidden line's sources are not listed.
    expect(resolvePrompt(d, 'legal-adviser', s67).sources.map((s) => s.id)).toEqual(['daniels']);
  });
});
