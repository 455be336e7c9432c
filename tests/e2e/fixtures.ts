import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error plain ESM helper shared with `npm start`
import { startStaticServer } from '../tools/static-server.mjs';

const root = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = process.env.DOR_EXTENSION_DIR || join(root, '.output/chrome-mv3-e2e');
export const EXTENSION_ID = 'jkodjhcojeaeipphociphnaihenmingg';

export function chromeArgs(extensionDir = EXTENSION_DIR): string[] {
  return [
    '--headless=new',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    // No background traffic of Chromium's own: the network guard below must see only ours.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-first-run',
    '--no-default-browser-check',
  ];
}

export interface Launched {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  userDataDir: string;
  /** Every request the browser made, for the no-network check. */
  requests: string[];
}

export async function launchExtension(userDataDir?: string): Promise<Launched> {
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'dor-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROME_PATH,
    headless: true,
    args: chromeArgs(),
    viewport: { width: 1280, height: 800 },
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  let [serviceWorker] = context.serviceWorkers();
  serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, serviceWorker, extensionId, userDataDir: dir, requests };
}

/** The E2E build registers the case-page script for 127.0.0.1 on install; wait until it has. */
export async function waitForSiteScripts(sw: Worker, count = 1): Promise<void> {
  await expect
    .poll(
      () =>
        sw.evaluate(async () => {
          const c = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome;
          return (await c.scripting.getRegisteredContentScripts()).length;
        }),
      { timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(count);
}

/** Requests other than to the extension's own files and the test's page server break the privacy rule. */
export function foreignRequests(requests: string[], serverUrl: string): string[] {
  return requests.filter(
    (u) =>
      !u.startsWith(`chrome-extension://`) &&
      !u.startsWith(serverUrl) &&
      !u.startsWith('data:') &&
      !u.startsWith('blob:') &&
      u !== 'about:blank',
  );
}

/** A fresh profile with the extension, torn down after use; fails if anything left the machine. */
async function withGuardedExtension(serverUrl: string, use: (l: Launched) => Promise<void>): Promise<void> {
  const launched = await launchExtension();
  await waitForSiteScripts(launched.serviceWorker);
  await use(launched);
  const foreign = foreignRequests(launched.requests, serverUrl);
  await launched.context.close();
  rmSync(launched.userDataDir, { recursive: true, force: true });
  expect(foreign, 'the extension must make no network requests').toEqual([]);
}

type Fixtures = { ext: Launched; page: Page; sharedPage: Page };
type WorkerFixtures = { server: { url: string }; sharedExt: Launched };

export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startStaticServer({
        '/training/': join(root, 'public/training'),
        '/fixtures/': join(root, 'tests/fixtures/pages'),
      });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // One browser for read-only checks (e.g. the scenario table): a fresh page per test, same profile.
  sharedExt: [
    async ({ server }, use) => withGuardedExtension(server.url, use),
    { scope: 'worker' },
  ],
  sharedPage: async ({ sharedExt }, use) => {
    const page = await sharedExt.context.newPage();
    await use(page);
    await page.close();
  },
  ext: async ({ server }, use) => withGuardedExtension(server.url, use),
  page: async ({ ext }, use) => {
    const page = ext.context.pages()[0] ?? (await ext.context.newPage());
    await use(page);
  },
});

export { expect };
