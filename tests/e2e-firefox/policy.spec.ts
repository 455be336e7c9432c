import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
// @ts-expect-error plain ESM helper
import { firefoxDistributionDir } from '../tools/firefox.mjs';
import { expect, test } from './fixtures';
import { E2E_BUILD, foreignRequests, GECKO_ID, installExtension, launchFirefox, openExtensionPage, pageText, type Firefox } from './harness';

/**
 * Managed configuration through a real policies.json: Firefox reads it at start-up from the
 * `distribution/` folder next to its binary (/usr/lib/firefox-esr/distribution/ for Debian's ESR) and
 * gives `3rdparty.Extensions.<add-on id>` to the add-on as `storage.managed`. The file is installed
 * for this test only, and only as root; it is removed as soon as this Firefox has started (it has read
 * it by then), so other Firefox processes on the machine are exposed to it for seconds at most.
 */
const MANAGED_SITE = 'https://cases.example.gov.uk';
const POLICY = { sites: [MANAGED_SITE], defaultRole: 'legal-adviser', allowedRoles: ['legal-adviser'] };

function policyUnavailable(file: string): string | null {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return `not running as root: cannot write ${file}`;
  if (existsSync(file)) return `${file} already exists (an administrator's policy is never overwritten)`;
  return null;
}

/** The options page's row for one site, as text ('' when absent). */
function siteRowText(options: Page, site: string): Promise<string> {
  return options.$$eval(
    '[data-testid="site-row"]',
    (rows, s) => rows.find((r) => r.querySelector('code')?.textContent === s)?.textContent ?? '',
    site,
  );
}

test('a policies.json in Firefox’s distribution folder adds a locked site and sets the role: storage.managed and the options page show it', async ({ server }) => {
  test.setTimeout(180_000);
  const file = join(firefoxDistributionDir(process.env.FIREFOX_PATH), 'policies.json');
  const unavailable = policyUnavailable(file);
  test.skip(unavailable !== null, unavailable ?? '');
  let ff: Firefox | null = null;
  writeFileSync(file, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: POLICY } } } }));
  try {
    ff = await launchFirefox();
  } finally {
    rmSync(file, { force: true });
  }
  try {
    const api = await installExtension(ff, E2E_BUILD);
    const managed = await api.evaluate(async () => (globalThis as unknown as { browser: { storage: { managed: { get(k: null): Promise<unknown> } } } }).browser.storage.managed.get(null));
    expect(managed).toEqual(POLICY);

    const options = await openExtensionPage(ff.browser, 'options.html');
    await expect.poll(() => siteRowText(options, MANAGED_SITE)).toContain('Set by your organisation');
    expect(await options.$$eval('[data-testid="site-row"]', (rows) => rows.map((r) => r.querySelector('code')?.textContent))).toContain('http://127.0.0.1');
    // The policy's site has no Remove button; the user's own site has one.
    const removable = await options.$$eval('[data-testid="site-row"]', (rows) =>
      rows.filter((r) => [...r.querySelectorAll('button')].some((b) => /^Remove/.test(b.textContent ?? ''))).map((r) => r.querySelector('code')?.textContent),
    );
    expect(removable).not.toContain(MANAGED_SITE);
    expect(removable).toContain('http://127.0.0.1');
    // The role is set and locked by the policy.
    const role = await options.evaluate(() => {
      const radios = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name.toLowerCase().includes('role'));
      return radios.map((r) => ({ value: r.value, checked: r.checked, disabled: r.disabled }));
    });
    expect(role.find((r) => r.value === 'legal-adviser')).toMatchObject({ checked: true, disabled: true });
    expect(role.every((r) => r.disabled)).toBe(true);
    expect(await pageText(options)).toContain('Set by your organisation');
    expect(foreignRequests(ff.requests, server.url)).toEqual([]);
  } finally {
    await ff.close();
  }
});
