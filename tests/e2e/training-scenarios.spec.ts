import { TRAINING_SCENARIOS, trainingPath, type TrainingScenario } from '../../lib/training/scenarios';
import { expect, test } from './fixtures';
import { indicator, reportedVerdict, sidebar } from './helpers';
import type { Page } from '@playwright/test';

/** Issue 7: every scenario in the one table behaves as the table says, on both ways of using it. */
const pages = TRAINING_SCENARIOS.filter((s) => !s.spa);
const spaViews = TRAINING_SCENARIOS.filter((s) => s.spa && s.spa.linkText);

async function expectBehaviour(page: Page, s: TrainingScenario) {
  if (s.sidebar === 'open') {
    await expect(sidebar(page)).toBeVisible();
    await expect(indicator(page)).toHaveCount(0);
  } else if (s.sidebar === 'indicator') {
    await expect(indicator(page)).toBeVisible();
    await expect(sidebar(page)).toHaveCount(0);
  } else {
    await expect(sidebar(page)).toHaveCount(0);
    await expect(indicator(page)).toHaveCount(0);
  }
}

test.describe('training scenarios served on localhost (content script)', () => {
  for (const s of pages) {
    test(`${s.id}: ${s.sidebar}`, async ({ sharedPage: page, server, sharedExt: ext }) => {
      await page.goto(`${server.url}${trainingPath(s)}`);
      expect(await reportedVerdict(ext.serviceWorker, page)).toBe(s.verdict);
      await expectBehaviour(page, s);
    });
  }

  test('single-page app: offences rendered late and views changed without reload', async ({ page, server, ext }) => {
    await page.goto(`${server.url}/training/spa.html`);
    for (const s of spaViews) {
      await page.getByRole('link', { name: s.spa!.linkText! }).click();
      await expect(page).toHaveURL(new RegExp(`${s.spa!.search.replace('?', '\\?')}$`));
      await expect(page.getByText(s.spa!.readyText).first()).toBeVisible();
      await expectBehaviour(page, s);
      await page.goBack();
      await expect(page.getByRole('link', { name: s.spa!.linkText! })).toBeVisible();
    }
    void ext;
  });
});

test.describe('training scenarios bundled in the extension (extension pages)', () => {
  for (const s of pages) {
    test(`${s.id}: ${s.sidebar}`, async ({ sharedPage: page, sharedExt: ext }) => {
      await page.goto(`chrome-extension://${ext.extensionId}${trainingPath(s)}`);
      await page.waitForLoadState('load');
      // The mount script runs on load; give a late verdict the same chance as on the site.
      if (s.sidebar === 'none') await page.waitForTimeout(500);
      await expectBehaviour(page, s);
    });
  }
});
