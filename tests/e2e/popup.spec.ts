import { rmSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, foreignRequests, launchExtension, test, waitForSiteScripts } from './fixtures';
import { sidebar } from './helpers';

/**
 * Issue 6: the toolbar popup reports the state of the current tab. Playwright cannot click the
 * toolbar button, so the real popup.html is opened as a BACKGROUND tab in the case page's window:
 * its own `tabs.query({active: true, currentWindow: true})` then finds the case page, exactly as
 * when it opens over that tab. No test-only code path in the product.
 */

type Chrome = {
  tabs: {
    query(q: object): Promise<{ id?: number; windowId: number; url?: string }[]>;
    create(p: object): Promise<unknown>;
  };
  runtime: { getURL(p: string): string };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};

async function worker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Opens the popup over `target` (which becomes the active tab of its window) and returns its status text. */
async function popupFor(context: BrowserContext, target: Page): Promise<Page> {
  await target.bringToFront();
  const opened = context.waitForEvent('page', (p) => p.url().endsWith('/popup.html'));
  const sw = await worker(context);
  await sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [active] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    if (!active) throw new Error('no active tab');
    await c.tabs.create({ windowId: active.windowId, url: c.runtime.getURL('/popup.html'), active: false });
  });
  const popup = await opened;
  await popup.waitForLoadState();
  return popup;
}

async function expectPopupStatus(context: BrowserContext, target: Page, text: string | RegExp) {
  const popup = await popupFor(context, target);
  const status = popup.getByTestId('popup-status');
  await expect(status).not.toHaveText('Looking at this page…');
  await expect(status).toHaveText(text);
  await popup.close();
}

test('the popup reports match (with the offence), no match, not a case-system site, and unsupported pages', async ({ server }) => {
  test.setTimeout(90_000);
  const launched = await launchExtension();
  const { context } = launched;
  try {
    await waitForSiteScripts(launched.serviceWorker, 2);
    // localhost stops being a case-system site (127.0.0.1 stays).
    await launched.serviceWorker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const settings = (await c.storage.local.get('settings')).settings as Record<string, unknown>;
      await c.storage.local.set({ settings: { ...settings, sites: ['http://127.0.0.1/*'] } });
    });
    await expect
      .poll(async () =>
        (await worker(context)).evaluate(async () => {
          const c = (globalThis as unknown as { chrome: Chrome }).chrome;
          return (await c.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
        }),
      )
      .toEqual(['http://127.0.0.1/*']);

    // One tab, navigated from page to page as a user would.
    const tab = context.pages()[0] ?? (await context.newPage());
    await tab.goto(`${server.url}/training/cp-s66b2.html`);
    await expect(sidebar(tab)).toBeVisible();
    await expectPopupStatus(context, tab, /^Intimate-image offence: .+ \(SOA 2003 s\.66B\(2\)\)\. Consider a deprivation order\.$/);

    // A look-alike (harassment, no images): checked, no match.
    await tab.goto(`${server.url}/training/cp-harassment.html`);
    await expectPopupStatus(context, tab, 'Checked: no intimate-image offence found on this page.');

    // The same matching page on an origin that is not configured: the extension does not read it.
    const localhost = server.url.replace('127.0.0.1', 'localhost');
    await tab.goto(`${localhost}/training/cp-s66b2.html`);
    await expect(tab.getByText('09TR2510388').first()).toBeVisible();
    await expectPopupStatus(context, tab, 'This page is not on one of your case-system sites.');
    await expect(sidebar(tab)).toHaveCount(0);

    // Not a web page at all.
    await tab.goto('data:text/html,<title>x</title><p>Sharing intimate photograph or film, s.66B(2)</p>');
    await expectPopupStatus(context, tab, 'This kind of page cannot be checked. Open a case in your case system.');
  } finally {
    await context.close();
    rmSync(launched.userDataDir, { recursive: true, force: true });
  }
  const localhost = server.url.replace('127.0.0.1', 'localhost');
  const foreign = foreignRequests(launched.requests, server.url).filter((u) => !u.startsWith(localhost));
  expect(foreign, 'the extension must make no network requests').toEqual([]);
});
