import type { CDPSession, Page } from '@playwright/test';
import { aggregate, totalOf } from '../../lib/record/aggregate';
import { parseExportFile } from '../../lib/record/export-file';
import { buildExportText } from '../bench/record-fixture';
import { expect, test } from './fixtures';

/**
 * Issue 21 item 5: the record page at any size. 30,000 valid entries are imported through the record
 * page, the browser stops the service worker, and the record page is opened again: the summary and the
 * first page of entries must come from the stored index, not from re-reading the whole log.
 *
 * The bound. The target (1 s) is measured by tests/bench/record-bench.ts and stated in the README; this
 * test runs on a shared 2-core machine where even an empty record page has taken 3 s to open under load.
 * Before the index, this open re-read and re-checked every entry: ~86 s at this size under load, and
 * never under 10 s idle. COLD_BOUND_MS sits between the two, so it fails if the whole log is read again
 * and does not fail because the machine is busy. The page's own figure is printed for the report.
 */
const ENTRIES = 30_000;
const COLD_BOUND_MS = 8_000;
const PAGE_SIZE = 50;

/** Milliseconds from navigation start to the summary headline and the first entry row on screen. */
async function openRecord(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.getByTestId('rec-headline').waitFor({ timeout: 120_000 });
  await entryRows(page).first().waitFor({ timeout: 120_000 });
  return page.evaluate(() => performance.now());
}

/** The rows of the entries table (the summary has tables too). */
function entryRows(page: Page) {
  return page.getByRole('region', { name: /^Entries \d+ to \d+ of \d+/ }).locator('tbody > tr');
}

/** Stops every service worker and waits until the extension's own reports it stopped. */
async function stopWorker(cdp: CDPSession, extensionId: string) {
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'stopped') stopped = true;
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => stopped, { timeout: 10_000, message: 'the extension worker was really stopped' }).toBe(true);
}

test('30,000 imported entries, worker stopped: the record page shows the summary and its first page from the index, and holds one page of rows', async ({ ext }) => {
  test.setTimeout(900_000); // importing 30,000 entries checks every hash: minutes on a loaded machine
  const text = await buildExportText(ENTRIES);
  const parsed = await parseExportFile(text);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  const totals = totalOf(aggregate(parsed.value[0]!.entries));
  const shown = parsed.value[0]!.entries.filter((e) => e.kind === 'shown').length;

  const url = `chrome-extension://${ext.extensionId}/record.html`;
  const page = await ext.context.newPage();
  await page.goto(url);
  await expect(page.getByText('No entries match.')).toBeVisible();
  await page.getByLabel('Import a JSON export').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByText(`Import finished: ${ENTRIES} entries added, 0 already here.`)).toBeVisible({ timeout: 840_000 });

  // Positive control for what follows: the imported figures are on screen before the worker stops.
  const headline = `${totals.ordersMade} deprivation orders in ${totals.casesRecognised} recognised cases`;
  await expect(page.getByTestId('rec-headline')).toHaveText(headline);

  const cdp = await ext.context.newCDPSession(page);
  await page.goto('about:blank'); // no extension page keeps the worker busy
  await stopWorker(cdp, ext.extensionId);
  const coldMs = await openRecord(page, url);

  await expect(page.getByTestId('rec-headline')).toHaveText(headline);
  const nonShown = ENTRIES - shown;
  await expect(page.getByText(`Entries 1 to ${PAGE_SIZE} of ${nonShown}, newest first`)).toBeVisible();
  await expect(entryRows(page)).toHaveCount(PAGE_SIZE);
  const firstSeq = Number(await entryRows(page).first().locator('th').textContent());
  expect(firstSeq, 'newest first').toBe(ENTRIES);
  console.log(`record page with ${ENTRIES} entries, worker stopped: summary and first page in ${Math.round(coldMs)} ms (bound ${COLD_BOUND_MS} ms)`);
  expect(coldMs).toBeLessThan(COLD_BOUND_MS);

  // A filter still comes from the background's index (not the page), and the page still holds one page.
  await page.getByLabel('Show "prompt shown" rows').check();
  await expect(page.getByText(`Entries 1 to ${PAGE_SIZE} of ${ENTRIES}, newest first`)).toBeVisible();
  await expect(entryRows(page)).toHaveCount(PAGE_SIZE);
});
