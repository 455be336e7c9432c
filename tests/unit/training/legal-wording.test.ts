import { describe, expect, it } from 'vitest';
import sidebarMessages from '../../../lib/i18n/messages/en/sidebar.json';
import trainingMessages from '../../../lib/i18n/messages/en/training.json';
import { TRAINING_SCENARIOS } from '../../../lib/training/scenarios';
import { TEACHING_POINTS } from '../../../lib/training/teaching-points';
import { listTrainingFiles, parseTraining, readTraining } from './training-files';

/**
 * The legal wording of the training material and of the sidebar's notes, against the December 2026
 * legal review (findings 16, 17, 19, 20) and the primary text (Sentencing Act 2020 ss.2, 153;
 * Voyeurism (Offences) Act 2019 s.1).
 */
const training = trainingMessages as Record<string, { message: string }>;
const sidebar = sidebarMessages as Record<string, { message: string }>;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('training pages', () => {
  it.each(listTrainingFiles('.html'))('%s: the banner says the newest offences\u2019 legislation lines are inferred (finding 19)', (file) => {
    const banner = squash(parseTraining(file).querySelector('.training-banner')?.textContent);
    expect(banner).toMatch(/legislation lines follow the official form, which for the newest offences is inferred, not taken from charge data/);
    expect(readTraining(file)).not.toMatch(/legislation are real/i);
  });

  it('s.67A(2) particulars state the s.67A(2)(c) intention ("that A or another person will look at the image"), not the s.67A(1) one (finding 20)', () => {
    const html = squash(readTraining('cp-s67a-upskirting.html'));
    expect(html).toMatch(/recorded an image beneath the clothing[^<]*with the intention that he or another person would look at the image/);
    expect(html).not.toMatch(/intention of enabling himself[^<]*to observe/);
  });

  it('the s.66B(2) charge cites its penalty subsection (10) (finding 19)', () => {
    expect(readTraining('cp-s66b2.html')).toContain('Contrary to section 66B(2) and (10) of the Sexual Offences Act 2003.');
  });
});

describe('the trainer\u2019s guide', () => {
  it.each(TEACHING_POINTS.map((p) => p.id))('%s: the guide prints the teaching point exactly as training.json words it', (id) => {
    const point = TEACHING_POINTS.find((p) => p.id === id)!;
    const row = parseTraining('guide.html').getElementById(`tp-${id}`);
    expect(squash(row?.querySelector('th')?.textContent)).toBe(squash(training[point.messageKey]!.message));
  });
});

describe('the law the training material states', () => {
  it('harassment: outside the product\u2019s scope, not outside the power; a phone used to harass was used for an offence (s.153(3)) (finding 17)', () => {
    const scope = training['training_tp_harassment_scope']!.message;
    expect(scope).toMatch(/outside this reminder\u2019s scope, not outside the power/);
    expect(scope).toMatch(/if it was seized or held at arrest \(s\.153\(2\)\), a deprivation order is available \(s\.153\(3\)\)/);
    expect(TEACHING_POINTS.find((p) => p.id === 'harassment-scope')!.sources).toEqual(['sa2020-s153-2', 'sa2020-s153-3', 'sa2020-s360']);
    const scenario = TRAINING_SCENARIOS.find((s) => s.id === 'neg-harassment')!;
    expect(JSON.stringify(scenario)).toMatch(/outside this reminder\\u2019s scope, not outside the power|outside this reminder\u2019s scope, not outside the power/);
    expect(JSON.stringify(scenario)).not.toMatch(/a restraining order, not a deprivation order/);
    expect(JSON.stringify(scenario)).toMatch(/if it was seized or held at arrest \(s\.153\(2\)\)/);
    expect(readTraining('index.html')).not.toMatch(/a restraining order, not a deprivation order/);
  });

  it('images of children: the orders reported as routine are deprivation orders (s.153), and the sidebar never calls that a different route (finding 16)', () => {
    for (const key of ['sidebar_note_also_iioc', 'sidebar_also_iioc']) {
      const message = sidebar[key]!.message;
      expect(message, key).toMatch(/deprivation order \(s\.153\) is just as available/);
      expect(message, key).not.toMatch(/own forfeiture route|own reminders/);
    }
    const point = TEACHING_POINTS.find((p) => p.id === 'iioc-contrast')!;
    expect(point.status).toBe('secondary');
    expect(training[point.messageKey]!.message).toMatch(/deprivation orders, the same s\.153 power/);
  });

  it('the guide\u2019s scripts never state an open question as decided (cloud copies) and give an SHPO only with its necessity test', () => {
    const html = squash(readTraining('guide.html'));
    expect(html).not.toMatch(/no court has decided/i);
    expect(html).toMatch(/no court decision is known on whether a deprivation order reaches online copies/);
    expect(html).toMatch(/s\.66B\(3\) is in Schedule 3, if one is necessary to protect against sexual harm/);
  });

  it('the earlier power applies by date of conviction (Sentencing Act 2020 s.2(1)), not by the date of the order', () => {
    const point = TEACHING_POINTS.find((p) => p.id === 'result-recorded')!;
    expect(point.sources).toContain('sa2020-s2');
    expect(training[point.messageKey]!.message).toMatch(/Where the conviction was before 1 December 2020, the order is under s\.143/);
    expect(training[point.messageKey]!.message).not.toMatch(/Orders from before 1 December 2020/);
  });
});
