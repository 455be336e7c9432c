/**
 * The detector against every training scenario: the verdict and offence ids in lib/training/scenarios.ts
 * are what a trainer will see, so they must be what the detector returns. (Formerly imported dynamically
 * from process.cwd() behind a skipIf, so all of it vanished from another working directory: test audit
 * 2026-12.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { pageText } from '../../../lib/detect/page-text';
import type { DetectResult } from '../../../lib/detect/types';
import { TRAINING_SCENARIOS, type TrainingScenario } from '../../../lib/training/scenarios';
import { parseTraining, visibleText } from './training-files';
import { loadTrainingPage, type LoadedPage } from './page-harness';

function textOf(doc: Document): string {
  return pageText(doc.body).text;
}

const WEAK = new Set(['wording', 'prose']);
const isWeak = (o: DetectResult['offences'][number]) => o.evidence.every((e) => WEAK.has(e.kind));

/**
 * The verdict must be exact. Every expected offence must be reported; anything else reported may only
 * rest on weak evidence (wording or prose), never on a code, citation or title, because the sidebar
 * names those offences to the user.
 */
function expectScenario(s: TrainingScenario, result: DetectResult) {
  expect(result.verdict, s.id).toBe(s.verdict);
  const reported = result.offences.map((o) => o.id);
  for (const id of s.offenceIds) expect(reported, s.id).toContain(id);
  const extras = result.offences.filter((o) => !s.offenceIds.includes(o.id) && !isWeak(o));
  expect(
    extras.map((o) => `${o.id} (${o.evidence.map((e) => `${e.kind}: ${e.text}`).join('; ')})`),
    `${s.id}: offences reported on strong evidence but not expected`,
  ).toEqual([]);
}

describe('detector on the training pages', () => {
  it.each(TRAINING_SCENARIOS.filter((s) => s.system !== 'spa'))('$id → $verdict', (s) => {
    expectScenario(s, detect(textOf(parseTraining(s.file))));
  });

  it('finds the fictional URN on single-case pages', () => {
    for (const s of TRAINING_SCENARIOS.filter((x) => x.urn && x.system !== 'spa')) {
      const refs = detect(textOf(parseTraining(s.file))).caseRefs.map((r) => r.value);
      expect(refs, s.id).toContain(s.urn);
    }
  });

});

describe('detector on the SPA views (rendered by spa.js)', () => {
  let page: LoadedPage | undefined;
  afterAll(async () => page?.close());

  it.each(TRAINING_SCENARIOS.filter((s) => s.system === 'spa'))('$id → $verdict', async (s) => {
    await page?.close();
    page = loadTrainingPage('spa.html', `http://127.0.0.1:8123/training/spa.html${s.spa!.search}`);
    page.run('spa.js');
    await page.settle();
    const doc = page.document as unknown as Document;
    expect(visibleText(doc)).toContain(s.spa!.readyText);
    expectScenario(s, detect(textOf(doc)));
  });
});
