import { existsSync, mkdirSync, readdirSync, realpathSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { EXTENSION_ID, expect, foreignRequests, launchExtension, test, waitForSiteScripts } from './fixtures';
import { sidebar } from './helpers';

/**
 * Issue 6: settings and sites in real Chromium. An organisation policy in Chromium's managed policy
 * folder, adding and removing a site through the options page (content-script registration follows),
 * and the first-run panel for someone with no sites.
 */

type Chrome = {
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  storage: { session: { get(k: null): Promise<Record<string, unknown>> } };
};

/**
 * Where the browser under test reads machine-wide policy on Linux: Debian's chromium reads
 * /etc/chromium/policies (its build's policy path), Google Chrome /etc/opt/chrome/policies, Edge
 * /etc/opt/edge/policies. Unknown browsers: null (the test is skipped, and CI fails on a skip).
 */
function policyDirFor(browser: string | undefined): string | null {
  let real = browser ?? '';
  try {
    real = realpathSync(real);
  } catch {
    // Not a file: judged by its name.
  }
  if (/google-chrome|\/opt\/google\/chrome/i.test(real)) return '/etc/opt/chrome/policies/managed';
  if (/msedge|microsoft-edge/i.test(real)) return '/etc/opt/edge/policies/managed';
  if (/chromium/i.test(real)) return '/etc/chromium/policies/managed';
  return null;
}
const POLICY_DIR = policyDirFor(process.env.CHROME_PATH) ?? '/etc/chromium/policies/managed';
const MANAGED_SITE = 'https://cases.example.gov.uk';

async function registeredMatches(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await c.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []).sort();
  });
}

function siteRow(options: Page, site: string) {
  return options.getByTestId('site-row').filter({ has: options.locator('code', { hasText: new RegExp(`^${site.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`) }) });
}

/** Removes the folders this test created, innermost first, if nothing else was put in them. */
function removeEmpty(dirs: string[]) {
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
}

/** Why the policy test cannot run here, or null if it can (root, and the folder is writable). */
function policyUnavailable(): string | null {
  if (process.platform !== 'linux') return 'managed policy folders are tested on Linux only';
  if (!policyDirFor(process.env.CHROME_PATH)) return `no known policy folder for the browser ${process.env.CHROME_PATH ?? '(CHROME_PATH not set)'}`;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'not running as root: cannot write browser policy under /etc';
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    const probe = join(POLICY_DIR, `.dor-e2e-probe-${process.pid}`);
    writeFileSync(probe, '{}');
    rmSync(probe);
    return null;
  } catch (e) {
    return `cannot write ${POLICY_DIR}: ${e instanceof Error ? e.message : String(e)}`;
  }
}

test('a managed policy in Chromium’s policy folder adds locked sites and sets the role: the options page says “Set by your organisation”', async ({ server }) => {
  test.setTimeout(90_000);
  // Folders this test creates are removed again afterwards (Debian ships without them).
  const createdDirs = [dirname(POLICY_DIR), POLICY_DIR].filter((d) => !existsSync(d));
  const unavailable = policyUnavailable();
  if (unavailable) removeEmpty(createdDirs);
  test.skip(unavailable !== null, unavailable ?? '');
  // Chromium's policy folder is machine-wide: every Chromium started (or re-reading policy) while the
  // file exists sees it. So the policy is kept harmless for other E2E runs (an unreachable site the
  // profile has no permission for; the role the sidebar uses anyway) and the file lives only seconds.
  const file = join(POLICY_DIR, `dor-e2e-${process.pid}.json`);
  const policy = { sites: [MANAGED_SITE], defaultRole: 'legal-adviser', allowedRoles: ['legal-adviser'] };
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
  let launched: Awaited<ReturnType<typeof launchExtension>> | null = null;
  try {
    launched = await launchExtension();
    expect(launched.extensionId).toBe(EXTENSION_ID);
    const options = await launched.context.newPage();
    await options.goto(`chrome-extension://${launched.extensionId}/options.html`);

    // The policy site is listed first, locked, without a Remove button; the user's own sites stay removable.
    const managedRow = siteRow(options, MANAGED_SITE);
    await expect(managedRow).toBeVisible({ timeout: 20_000 });
    await expect(managedRow).toContainText('Set by your organisation');
    await expect(managedRow.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
    await expect(siteRow(options, 'http://127.0.0.1')).not.toContainText('Set by your organisation');
    await expect(siteRow(options, 'http://127.0.0.1').getByRole('button', { name: /^Remove/ })).toBeVisible();

    // The role is set by the policy (defaultRole) and locked (a single allowed role).
    const role = options.getByRole('group', { name: 'What is your role?' });
    await expect(role).toContainText('Set by your organisation');
    await expect(role.getByRole('radio', { name: 'Legal adviser' })).toBeChecked();
    await expect(role.getByRole('radio', { name: 'Legal adviser' })).toBeDisabled();
    await expect(role.getByRole('radio', { name: 'Prosecutor' })).toBeDisabled();
    // It is also what the extension uses: the settings stored by the user are untouched.
    const stored = await options.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> }; managed: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
      return { local: (await c.storage.local.get('settings')).settings as { role: unknown; sites: string[] }, managed: await c.storage.managed.get(null) };
    });
    expect(stored.managed).toEqual(policy);
    expect(stored.local.role).toBeNull();
    expect(stored.local.sites).not.toContain(`${MANAGED_SITE}/*`);
    expect(foreignRequests(launched.requests, server.url)).toEqual([]);
  } finally {
    rmSync(file, { force: true });
    removeEmpty(createdDirs);
    await launched?.context.close();
    if (launched) rmSync(launched.userDataDir, { recursive: true, force: true });
  }
});

test('removing and adding a site on the options page unregisters and registers the case-page script; with no sites the first-run panel explains what to do', async ({
  ext,
  page,
  server,
}) => {
  test.setTimeout(90_000);
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.getByTestId('site-row')).toHaveCount(2);
  expect(await registeredMatches(options)).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  // The E2E profile has sites but no role yet: only the role step of the first-run panel shows.
  await expect(options.getByTestId('first-run')).not.toContainText('Add the address of your case system');

  // Remove 127.0.0.1 → its script is unregistered and a case page there gets no sidebar.
  await siteRow(options, 'http://127.0.0.1').getByRole('button', { name: /^Remove/ }).click();
  await expect(siteRow(options, 'http://127.0.0.1')).toHaveCount(0);
  await expect.poll(() => registeredMatches(options)).toEqual(['http://localhost/*']);
  await page.goto(`${server.url}/training/cp-s66b2.html`);
  await expect(page.getByText('09TR2510388').first()).toBeVisible();
  await page.waitForTimeout(1_500); // time the script would have needed to report and open the sidebar
  await expect(sidebar(page)).toHaveCount(0);
  const reported = await options.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    return Object.keys(await c.storage.session.get(null)).filter((k) => k.startsWith('tab:'));
  });
  expect(reported, 'no case-page script ran, so nothing was reported').toEqual([]);

  // Remove the last site → first-run panel: how to add the case system.
  await siteRow(options, 'http://localhost').getByRole('button', { name: /^Remove/ }).click();
  await expect(options.getByTestId('sites-empty')).toHaveText('No case-system sites have been added yet.');
  await expect.poll(() => registeredMatches(options)).toEqual([]);
  const firstRun = options.getByRole('region', { name: 'Get started' });
  await expect(firstRun).toBeVisible();
  await expect(firstRun).toContainText('The extension only runs on the case-system sites you add here. Until then it does nothing.');
  await expect(firstRun.getByRole('link', { name: 'Add the address of your case system' })).toHaveAttribute('href', '#site-input');
  await expect(firstRun).toContainText('copy it from your browser');
  await expect(firstRun).toContainText('Check this page');
  await firstRun.getByRole('link', { name: 'Add the address of your case system' }).click();
  await expect(options.getByLabel('Add a case-system site')).toBeFocused();

  // Add 127.0.0.1 back → registered again and the sidebar returns.
  await options.getByLabel('Add a case-system site').fill('http://127.0.0.1');
  await options.getByRole('button', { name: 'Add site' }).click();
  await expect(options.getByTestId('site-added-status')).toHaveText('Added http://127.0.0.1.');
  await expect(siteRow(options, 'http://127.0.0.1')).toContainText('Yes');
  await expect.poll(() => registeredMatches(options)).toEqual(['http://127.0.0.1/*']);
  await expect(options.getByTestId('first-run')).not.toContainText('Add the address of your case system');
  await page.reload();
  await expect(sidebar(page)).toBeVisible();
});
