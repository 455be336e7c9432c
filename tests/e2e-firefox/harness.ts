import { expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

/**
 * Firefox ESR driven over WebDriver BiDi by puppeteer-core (no browser download: FIREFOX_PATH is found
 * by tests/tools/firefox.mjs). The add-on is installed as a temporary add-on through BiDi's
 * `webExtension.install`, the same as `about:debugging` → *Load Temporary Add-on*.
 *
 * Extension APIs are reached from one of the extension's own pages (moz-extension://…): Firefox's MV3
 * background is an event page that BiDi does not expose, and an extension page has the same APIs.
 */
export const ROOT = resolve(import.meta.dirname, '../..');
export const E2E_BUILD = process.env.DOR_FIREFOX_EXTENSION_DIR || join(ROOT, '.output/firefox-mv3-e2e');
export const RELEASE_BUILD = join(ROOT, '.output/firefox-mv3');
export const GECKO_ID = 'deprivation-order-reminder@courts-tools.example';
/** Fixed by pref so extension pages have a known address (Firefox makes a random one per profile). */
export const EXTENSION_UUID = '6f1d1c2e-5b0a-4f3e-9a7d-2c4b8e0f1a35';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  // Reinstalling between tests gives a fresh extension (storage cleared) at the same address.
  'extensions.webextensions.keepUuidOnUninstall': true,
  // permissions.request() is granted without the door-hanger (headless has nobody to click it). The
  // request still goes through Firefox's real permission manager, from a real (trusted) click.
  'extensions.webextOptionalPermissionPrompts': false,
  // The MV3 event page is suspended after 3 s idle (default 30 s), so tests see it stop and wake.
  'extensions.background.idle.timeout': 3000,
  // Downloads (record export) go straight to a folder the test reads.
  'browser.download.folderList': 2,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.alwaysOpenPanel': false,
  'browser.download.manager.showWhenStarting': false,
};

export interface Firefox {
  browser: Browser;
  profileDir: string;
  downloadDir: string;
  /** Requests made by any page the tests opened (case pages and extension pages). */
  requests: string[];
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  const executablePath = process.env.FIREFOX_PATH;
  if (!executablePath) throw new Error('FIREFOX_PATH is not set: run through `npm test` or tests/tools/run-e2e-firefox.mjs.');
  const profileDir = mkdtempSync(join(tmpdir(), 'dor-ff-profile-'));
  const downloadDir = mkdtempSync(join(tmpdir(), 'dor-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profileDir,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: { ...PREFS, 'browser.download.dir': downloadDir },
    // Firefox 153 lets WebDriver navigate only to http(s), file, blob and about:blank unless it was
    // started with system access: without it every moz-extension:// page (popup, options, record)
    // is "not allowed in this context". (Debian's firefox-esr moved from 140 to 153.)
    args: ['--remote-allow-system-access'],
    protocolTimeout: 180_000,
  });
  const requests: string[] = [];
  browser.on('targetcreated', async (target) => {
    const page = await target.page().catch(() => null);
    page?.on('request', (r: HTTPRequest) => requests.push(r.url()));
  });
  return {
    browser,
    profileDir,
    downloadDir,
    requests,
    async close() {
      await browser.close().catch(() => undefined);
      // Firefox may still be writing to the profile for a moment after it exits.
      for (const dir of [profileDir, downloadDir]) rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
}

/** Requests other than to the extension's own files and the test's page server break the privacy rule. */
export function foreignRequests(requests: string[], serverUrl: string): string[] {
  return requests.filter(
    (u) => !u.startsWith('moz-extension://') && !u.startsWith(serverUrl) && !u.startsWith('data:') && !u.startsWith('blob:') && u !== 'about:blank',
  );
}

/**
 * Opens one of the extension's pages. Puppeteer's navigation wait never settles for a moz-extension
 * page (Firefox loads it in the extension process), so this waits for the page itself instead.
 */
export async function gotoExtensionPage(page: Page, path: string): Promise<void> {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  void page.goto(url, { timeout: 30_000 }).catch(() => undefined);
  await expect
    .poll(
      () =>
        page
          .evaluate((u) => location.href === u && document.readyState === 'complete', url)
          .catch(() => false),
      { timeout: 20_000, message: `${path} loaded` },
    )
    .toBe(true);
}

export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await gotoExtensionPage(page, path);
  return page;
}

type Api = {
  storage: {
    local: { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
    session: { get(k: string | null): Promise<Record<string, unknown>> };
    managed: { get(k: string | null): Promise<Record<string, unknown>> };
  };
  tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  runtime: { reload(): void; sendMessage(m: unknown): Promise<unknown> };
  extension: { getViews(q?: object): { location: { pathname: string } }[] };
};
declare const browser: Api;

/** Installs a build as a temporary add-on; resolves once its background has registered the site scripts. */
export async function installExtension(ff: Firefox, dir: string, { sites = 1 } = {}): Promise<Page> {
  const id = await ff.browser.installExtension(dir);
  expect(id).toBe(GECKO_ID);
  const api = await openExtensionPage(ff.browser, 'popup.html');
  if (sites > 0) await expect.poll(() => registeredMatches(api), { timeout: 20_000 }).toHaveLength(sites * 2);
  return api;
}

export async function uninstallExtension(ff: Firefox): Promise<void> {
  await ff.browser.uninstallExtension(GECKO_ID).catch(() => undefined);
}

export function registeredMatches(api: Page): Promise<string[]> {
  return api.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []).sort());
}

export function readStorage(api: Page, key: string | null = null): Promise<Record<string, unknown>> {
  return api.evaluate(async (k) => browser.storage.local.get(k), key);
}

export async function setSettings(api: Page, patch: Record<string, unknown>): Promise<void> {
  await api.evaluate(async (p) => {
    const current = ((await browser.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await browser.storage.local.set({ settings: { ...current, ...p } });
  }, patch);
}

export async function recordEntries(api: Page, mode: 'live' | 'training' = 'live'): Promise<Record<string, unknown>[]> {
  const all = await readStorage(api);
  return Object.entries(all)
    .filter(([k]) => new RegExp(`^record:${mode}:\\d+$`).test(k))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, v]) => v as Record<string, unknown>);
}

/**
 * The positive "page judged" signal: the verdict the case-page script reported to the background for
 * this tab (kept in storage.session). Polls until there is one.
 */
export async function reportedVerdict(api: Page, pageUrl: string): Promise<string> {
  let verdict = '';
  await expect
    .poll(
      async () => {
        verdict = await api.evaluate(async (url) => {
          const tab = (await browser.tabs.query({})).find((t) => t.url === url);
          if (!tab) return '';
          const rec = (await browser.storage.session.get(`tab:${tab.id}`))[`tab:${tab.id}`] as { summary?: { verdict: string } } | undefined;
          return rec?.summary?.verdict ?? '';
        }, pageUrl);
        return verdict;
      },
      { timeout: 20_000, message: `a verdict for ${pageUrl}` },
    )
    .not.toBe('');
  return verdict;
}

/** Sends one message from an extension page, as the extension's own pages do. */
export function sendMessage(api: Page, type: string, payload: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  return api.evaluate(async (t, p) => (await browser.runtime.sendMessage({ type: t, payload: p })) as never, type, payload);
}

/** Whether the add-on's event page is running now (asking does not wake it). */
export function backgroundRunning(api: Page): Promise<boolean> {
  // MV3 Firefox has no getViews({ type: 'background' }); the generated background page is one of the views.
  return api.evaluate(() => browser.extension.getViews().some((w) => w.location.pathname === '/_generated_background_page.html'));
}

/** Clicks (a real click) the first button under `scope` whose text matches. */
export async function clickButton(page: Page, name: RegExp, scope = 'body'): Promise<void> {
  for (const b of await page.$$(`${scope} button`)) {
    if (name.test((await b.evaluate((el) => el.textContent ?? '')).trim())) {
      await b.click();
      return;
    }
  }
  throw new Error(`no button ${name} in ${scope}`);
}

export function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}
