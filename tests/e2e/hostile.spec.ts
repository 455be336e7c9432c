import type { CDPSession, Page, Worker } from '@playwright/test';
import { expect, foreignRequests, test } from './fixtures';
import { recordEntries, reportedVerdict, sidebar } from './helpers';

/**
 * Issue 9: hostile pages. Each fixture page in tests/fixtures/pages/hostile runs its own attack; the
 * extension must not record anything the user did not do, leak nothing, stay legible and usable,
 * stay bounded in CPU, and keep working when the page breaks its own JavaScript built-ins.
 */

interface HostileReport {
  done: boolean;
  steps: { step: string; detail: unknown }[];
  errors: { step: string; message: string }[];
}

declare global {
  interface Window {
    __hostile: HostileReport;
  }
}

/**
 * Exceptions and console errors from the extension's own isolated worlds (content script and
 * sidebar), through CDP: Playwright's pageerror only sees the page's main world.
 */
async function watchExtensionWorlds(page: Page): Promise<{ errors: string[]; contexts: Map<number, string>; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts = new Map<number, string>();
  const errors: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) contexts.set(context.id, context.name);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    if (contexts.has(exceptionDetails.executionContextId ?? -1)) {
      errors.push(`exception: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, executionContextId, args }) => {
    if ((type === 'error' || type === 'warning') && contexts.has(executionContextId)) {
      errors.push(`console.${type}: ${args.map((a) => a.description ?? a.value).join(' ')}`);
    }
  });
  await cdp.send('Runtime.enable');
  return { errors, contexts, cdp };
}

async function hostileReport(page: Page, timeout = 60_000): Promise<HostileReport> {
  await expect.poll(() => page.evaluate(() => window.__hostile?.done === true), { timeout }).toBe(true);
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__hostile)) as HostileReport);
}

function detail(report: HostileReport, step: string): unknown {
  return report.steps.find((s) => s.step === step)?.detail;
}

async function outcomeEntries(sw: Worker): Promise<Record<string, unknown>[]> {
  return (await recordEntries(sw, 'live')).filter((e) => e.event !== 'shown');
}

test('forged clicks, submits, key events and messages from the page record nothing; a real click does', async ({ page, server, ext }) => {
  const worlds = await watchExtensionWorlds(page);
  await page.goto(`${server.url}/fixtures/hostile/forge.html`);
  await expect(sidebar(page)).toBeVisible();
  const report = await hostileReport(page);
  console.log(JSON.stringify(report, null, 1).slice(0, 6000));
  expect(detail(report, 'sidebar shadow root readable by the page')).toBe(true);
  expect(Number(detail(report, 'forms found'))).toBeGreaterThan(0);
  expect(await outcomeEntries(ext.serviceWorker)).toEqual([]);
  console.log(worlds.errors);
});

test('the network guard sees service-worker and page requests to anywhere else', async ({ page, server, ext }) => {
  // A loopback port nothing listens on: the request fails at once and never leaves the machine.
  const elsewhere = 'http://127.0.0.1:9/dor-guard-probe';
  await page.goto(`${server.url}/fixtures/hostile/forge.html`);
  await ext.serviceWorker.evaluate((u) => fetch(u).catch(() => undefined), `${elsewhere}?from=sw`);
  await page.evaluate((u) => fetch(u).catch(() => undefined), `${elsewhere}?from=page`);
  await expect.poll(() => foreignRequests(ext.requests, server.url).length).toBeGreaterThanOrEqual(2);
  console.log(foreignRequests(ext.requests, server.url));
  ext.requests.length = 0;
});
