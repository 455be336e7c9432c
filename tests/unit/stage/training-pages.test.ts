/**
 * The stage reader over every training page: each scenario's cases, stages and orders on the page are
 * what lib/training/scenarios.ts says (the SPA views as spa.js renders them).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { pageText } from '../../../lib/detect/page-text';
import { readCases } from '../../../lib/stage/read';
import { pageStructure } from '../../../lib/stage/structure';
import { TRAINING_SCENARIOS, type TrainingScenario } from '../../../lib/training/scenarios';
import { loadTrainingPage, type LoadedPage } from '../training/page-harness';
import { parseTraining } from '../training/training-files';

function casesOf(doc: Document, url: string) {
  const text = pageText(doc.body).text;
  return readCases(text, detect(text), url, pageStructure(doc.body)).map((c) => ({ ref: c.ref, stage: c.stage, orderOnPage: c.orders.deprivation }));
}

describe('stage reader on the training pages', () => {
  it.each(TRAINING_SCENARIOS.filter((s) => !s.spa))('$id', (s: TrainingScenario) => {
    expect(casesOf(parseTraining(s.file), `http://127.0.0.1:8123/training/${s.file}`)).toEqual(s.cases);
  });

  let page: LoadedPage | undefined;
  afterAll(async () => page?.close());
  it.each(TRAINING_SCENARIOS.filter((s) => s.spa))('$id (SPA view)', async (s: TrainingScenario) => {
    await page?.close();
    page = loadTrainingPage('spa.html', `http://127.0.0.1:8123/training/spa.html${s.spa!.search}`);
    page.run('spa.js');
    await page.settle();
    expect(casesOf(page.document as unknown as Document, `http://127.0.0.1:8123/training/spa.html${s.spa!.search}`)).toEqual(s.cases);
  });
});
