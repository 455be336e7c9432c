/**
 * The record page, the popup's figures, the summary export and the managers' page at size (issue 21):
 *   node tests/tools/build-e2e.mjs && CHROME_PATH=/usr/bin/chromium npx tsx tests/bench/record-bench.ts [--sizes 1000,10000,30000] [--runs 3]
 * Needs only the E2E build (not the whole `npm run bench`). For each size: a fresh profile, a valid
 * chained record written to storage.local, then (median of runs):
 * - first open: the record was written straight to storage, so the background builds its index from a
 *   full read (what the first open after updating to a version with the index costs, once);
 * - record page, warm: the background is running and idle; from navigation start to the summary
 *   headline and the first table row on screen (performance.now() in the page);
 * - record page, cold: the same after the extension's service worker was stopped (confirmed by the
 *   DevTools protocol): the new worker answers from the stored index;
 * - rows in the DOM (at most one page);
 * - summary export round trip (record.summaryExport from the page);
 * - managers' page: load that summary file and show the charts.
 */
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchExtension, waitForSiteScripts } from '../e2e/fixtures';
import { median } from './cpu-profile';
import { buildRecordItems } from './record-fixture';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};
const sizes = arg('--sizes', '0,1000,10000,30000').split(',').map(Number);
const runs = Number(arg('--runs', '3'));

async function openRecord(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page
    .getByTestId('rec-headline')
    .waitFor({ timeout: 180_000 })
    .catch(async (e: unknown) => {
      console.error((await page.locator('body').textContent())?.slice(0, 600));
      throw e;
    });
  if (!(await page.getByText('No entries match.').isVisible())) await page.locator('table tbody tr').first().waitFor();
  return page.evaluate(() => performance.now());
}

async function main() {
  const results: { size: number; first: number; warm: number; cold: number; rows: number; exportMs: number; managersMs: number }[] = [];
  for (const size of sizes) {
    const items = await buildRecordItems(size);
    const launched = await launchExtension();
    try {
      await waitForSiteScripts(launched.serviceWorker);
      const sw = launched.serviceWorker;
      const keys = Object.keys(items);
      for (let i = 0; i < keys.length; i += 2000) {
        const chunk = Object.fromEntries(keys.slice(i, i + 2000).map((k) => [k, items[k]]));
        await sw.evaluate(async (c) => {
          await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(c);
        }, chunk);
      }
      const page = await launched.context.newPage();
      const url = `chrome-extension://${launched.extensionId}/record.html`;
      const first = await openRecord(page, url); // the worker indexes the record written behind its back
      const warm: number[] = [];
      const cold: number[] = [];
      const cdp = await page.context().newCDPSession(page);
      let status = '';
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://${launched.extensionId}/`)) status = v.runningStatus;
      });
      await cdp.send('ServiceWorker.enable');
      for (let r = 0; r < runs; r++) {
        await new Promise((done) => setTimeout(done, 2000)); // the worker idle (its check after a cold open done)
        warm.push(await openRecord(page, url));
        await page.goto('about:blank');
        await cdp.send('ServiceWorker.stopAllWorkers');
        for (let i = 0; i < 100 && status !== 'stopped'; i++) await new Promise((done) => setTimeout(done, 100));
        if (status !== 'stopped') throw new Error(`the worker did not stop (${status})`);
        cold.push(await openRecord(page, url));
      }
      const rows = await page.getByRole('region', { name: /^Entries \d+ to/ }).locator('tbody tr').count();
      const exportTimes: number[] = [];
      let summary = '';
      for (let r = 0; r < runs; r++) {
        const out = await page.evaluate(async () => {
          const t0 = performance.now();
          const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; value: unknown }> } } }).chrome;
          const res = await c.runtime.sendMessage({ type: 'record.summaryExport', payload: { organisation: null, smallNumbers: 'protected' } });
          return { ms: performance.now() - t0, text: JSON.stringify(res.value) };
        });
        exportTimes.push(out.ms);
        summary = out.text;
      }
      const mgrTimes: number[] = [];
      for (let r = 0; r < runs; r++) {
        await page.goto(`chrome-extension://${launched.extensionId}/managers.html`);
        const t0 = Date.now();
        await page.getByLabel('Load summary files').setInputFiles({ name: 's.json', mimeType: 'application/json', buffer: Buffer.from(summary) });
        await page.getByTestId('mi-chart-month').waitFor();
        mgrTimes.push(Date.now() - t0);
      }
      results.push({ size, first, warm: median(warm), cold: median(cold), rows, exportMs: median(exportTimes), managersMs: median(mgrTimes) });
      console.error(`  ${size} entries: cold ${cold.map(Math.round).join(", ")} ms; warm ${warm.map(Math.round).join(", ")} ms`);
    } finally {
      await launched.context.close();
      rmSync(launched.userDataDir, { recursive: true, force: true });
    }
  }
  console.log('| entries | record page (worker stopped) | record page (worker running) | first open (index built) | rows in the page | summary export | managers page, load + charts |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    console.log(
      `| ${r.size} | ${Math.round(r.cold)} ms | ${Math.round(r.warm)} ms | ${Math.round(r.first)} ms | ${r.rows} | ${Math.round(r.exportMs)} ms | ${Math.round(r.managersMs)} ms |`,
    );
  }
}

await main();
