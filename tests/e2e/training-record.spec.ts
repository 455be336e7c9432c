import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { recordEntries, setSettings, sidebar } from './helpers';

/** Issue 7: training records never reach the live summary or export; reset clears only them. */
async function recordFirstPrompt(page: Page, url: string) {
  await page.goto(url);
  const form = sidebar(page).locator('form').first();
  await expect(form).toBeVisible({ timeout: 45_000 });
  await form.getByLabel('Raised with the court', { exact: true }).check();
  await form.getByRole('button', { name: 'Record' }).click();
  await expect(sidebar(page).getByText(/^Recorded:/).first()).toBeVisible();
}

function figure(page: Page, label: string) {
  return page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
}

test('training entries stay out of the live summary and export, and reset clears only them', async ({ page, server, ext }) => {
  await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
  await recordFirstPrompt(page, `${server.url}/training/cp-s66b2.html`); // live
  await setSettings(ext.serviceWorker, { trainingMode: true });
  await recordFirstPrompt(page, `${server.url}/training/cp-s67a-upskirting.html`); // training
  await recordFirstPrompt(page, `chrome-extension://${ext.extensionId}/training/cp-s66b4.html`); // bundled: always training

  const live = await recordEntries(ext.serviceWorker, 'live');
  const training = await recordEntries(ext.serviceWorker, 'training');
  expect(live.filter((e) => e.kind === 'outcome')).toHaveLength(1);
  expect(training.filter((e) => e.kind === 'outcome')).toHaveLength(2);

  await page.goto(`chrome-extension://${ext.extensionId}/record.html`);
  await expect(page.getByText('Live entries only. Training entries are not counted.')).toBeVisible();
  await expect(figure(page, 'Cases recognised').first()).toHaveText('1');
  await expect(figure(page, 'Cases with a decision recorded').first()).toHaveText('1');

  // The JSON export the page makes, through its Export button (formerly the test sent the message itself,
  // so the button's own choice was never checked: test audit 2026-12). Without "include training": no
  // training log; with it: the training entries too.
  const exportFile = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export as JSON/ }).click()]);
    return JSON.parse(readFileSync(await download.path(), 'utf8')) as { includesTraining: boolean; logs: Record<string, { entries: unknown[] } | undefined> };
  };
  const plain = await exportFile();
  expect(plain.includesTraining).toBe(false);
  expect(plain.logs.training?.entries ?? []).toHaveLength(0);
  expect(plain.logs.live!.entries.length).toBe(live.length);
  await page.getByRole('checkbox', { name: /^Include training entries/ }).check();
  const withTraining = await exportFile();
  expect(withTraining.includesTraining).toBe(true);
  expect(withTraining.logs.training!.entries.length).toBe(training.length);
  expect(withTraining.logs.live!.entries.length).toBe(live.length);
  await page.getByRole('checkbox', { name: /^Include training entries/ }).uncheck();

  await page.getByRole('button', { name: 'Clear training entries' }).click();
  await page.getByRole('button', { name: 'Yes, clear training entries' }).click();
  await expect(page.getByText(/training entries cleared/)).toBeVisible();
  expect(await recordEntries(ext.serviceWorker, 'training')).toEqual([]);
  expect(await recordEntries(ext.serviceWorker, 'live')).toEqual(live);
});
