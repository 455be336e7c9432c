import { test as base, expect } from '@playwright/test';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
// @ts-expect-error plain ESM helper shared with `npm start`
import { startStaticServer } from '../tools/static-server.mjs';
import { E2E_BUILD, foreignRequests, installExtension, launchFirefox, ROOT, uninstallExtension, type Firefox } from './harness';

type TestFixtures = {
  /** A fresh install of the E2E build; an extension page (popup.html) to reach the extension's APIs. */
  api: Page;
  /** A tab for case pages. */
  tab: Page;
};
type WorkerFixtures = { ff: Firefox; server: { url: string } };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startStaticServer({
        '/training/': join(ROOT, 'public/training'),
        '/fixtures/': join(ROOT, 'tests/fixtures/pages'),
      });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // One Firefox for the whole suite: starting it is most of the cost (10-40 s on this machine).
  ff: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const ff = await launchFirefox();
      await use(ff);
      await ff.close();
    },
    { scope: 'worker', timeout: 240_000 },
  ],
  // Each test gets the add-on freshly installed (uninstalling a temporary add-on clears its storage)
  // and fails if any page it opened made a request outside the test server.
  api: async ({ ff, server }, use) => {
    const seen = ff.requests.length;
    const api = await installExtension(ff, E2E_BUILD);
    await use(api);
    const [, ...opened] = await ff.browser.pages();
    for (const p of opened) await p.close().catch(() => undefined);
    await uninstallExtension(ff);
    expect(foreignRequests(ff.requests.slice(seen), server.url), 'the extension must make no network requests').toEqual([]);
  },
  tab: async ({ ff, api }, use) => {
    void api;
    await use(await ff.browser.newPage());
  },
});

export { expect };
