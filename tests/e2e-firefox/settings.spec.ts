import { expect, test } from './fixtures';
import { clickButton, GECKO_ID, installExtension, openExtensionPage, pageText, RELEASE_BUILD, registeredMatches, reportedVerdict, uninstallExtension } from './harness';
import { waitForSidebar } from './sidebar-actions';

/**
 * Settings in Firefox with the release build (no sites, no host permission at install): adding a
 * site on the options page asks Firefox for that optional host permission, registers the case-page
 * script, and the sidebar then works there; removing it undoes both.
 *
 * How the grant is given in a test profile: the pref `extensions.webextOptionalPermissionPrompts`
 * is false (tests/e2e-firefox/harness.ts), so Firefox grants a `permissions.request()` made from a
 * real click without showing its door-hanger; the grant itself is Firefox's own, and is checked
 * with `permissions.getAll()`.
 */

type Api = { permissions: { getAll(): Promise<{ origins?: string[] }> } };

function grantedOrigins(page: import('puppeteer-core').Page): Promise<string[]> {
  return page.evaluate(async () => ((await (globalThis as unknown as { browser: Api }).browser.permissions.getAll()).origins ?? []).sort());
}

test('release build: adding a site on the options page grants it, registers the case-page script and the sidebar opens; removing it unregisters', async ({ ff, server }) => {
  test.setTimeout(180_000);
  const api = await installExtension(ff, RELEASE_BUILD, { sites: 0 });
  try {
    expect(await grantedOrigins(api)).toEqual([]);
    expect(await registeredMatches(api)).toEqual([]);

    const options = await openExtensionPage(ff.browser, 'options.html');
    await expect.poll(() => pageText(options)).toContain('The extension only runs on the case-system sites you add here.');
    await options.waitForSelector('#site-input', { visible: true });
    await options.type('#site-input', 'http://127.0.0.1');
    await clickButton(options, /^Add site$/);
    await expect.poll(() => options.$eval('[data-testid="site-added-status"]', (e) => e.textContent)).toBe('Added http://127.0.0.1.');
    await expect.poll(() => grantedOrigins(api)).toEqual(['http://127.0.0.1/*']);
    await expect.poll(() => registeredMatches(api)).toEqual(['http://127.0.0.1/*']);

    const tab = await ff.browser.newPage();
    const url = `${server.url}/training/cp-s66b2.html`;
    await tab.goto(url);
    expect(await reportedVerdict(api, url)).toBe('match');
    await waitForSidebar(tab);

    await clickButton(options, /^Remove/, '[data-testid="site-row"]');
    await expect.poll(() => options.$$eval('[data-testid="site-row"]', (rows) => rows.length)).toBe(0);
    await expect.poll(() => registeredMatches(api)).toEqual([]);
    await expect.poll(() => grantedOrigins(api)).toEqual([]);
  } finally {
    for (const p of (await ff.browser.pages()).slice(1)) await p.close().catch(() => undefined);
    await uninstallExtension(ff);
  }
  void GECKO_ID;
});
