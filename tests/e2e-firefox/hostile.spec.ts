import type { Page } from 'puppeteer-core';
import { expect, test } from './fixtures';
import { recordEntries, setSettings } from './harness';
import { recordDecision, waitForSidebar } from './sidebar-actions';

/**
 * The hostile-page suite's forged clicks, in Firefox: everything tests/fixtures/pages/hostile/forge.js
 * can do from the page (clicks, submits, synthetic key and pointer events on the open shadow root's
 * controls, messages) records nothing; a real click does. Firefox's `isTrusted` and its content-script
 * isolation (Xray wrappers) are what this relies on there.
 */
interface HostileReport {
  done: boolean;
  steps: { step: string; detail: unknown }[];
  errors: { step: string; message: string }[];
}

async function hostileReport(page: Page): Promise<HostileReport> {
  await expect.poll(() => page.evaluate(() => (window as unknown as { __hostile?: HostileReport }).__hostile?.done === true), { timeout: 90_000 }).toBe(true);
  return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __hostile: HostileReport }).__hostile)) as HostileReport);
}

test('forged clicks, submits, key events and messages from the page record nothing; a real click does', async ({ api, tab, server }) => {
  test.setTimeout(180_000);
  // With no role saved the sidebar first asks for one; these tests are about a user who has chosen.
  await setSettings(api, { role: 'legal-adviser' });
  await tab.goto(`${server.url}/fixtures/hostile/forge.html`);
  await waitForSidebar(tab);
  const report = await hostileReport(tab);
  expect(report.errors, 'every attack ran').toEqual([]);
  const step = (name: string) => report.steps.find((s) => s.step === name)?.detail;
  expect(step('sidebar shadow root readable by the page')).toBe(true);
  expect(report.steps.filter((s) => s.step === 'form.requestSubmit()').length, 'the page reached the decision forms').toBeGreaterThan(0);
  // Pages get no runtime.sendMessage to the add-on (no externally_connectable; Firefox has no `chrome` there).
  expect(step('chrome.runtime.sendMessage present in page')).toBe(false);
  const outcomes = async () => (await recordEntries(api)).filter((e) => e.kind !== 'shown');
  expect(await outcomes(), 'no outcome recorded by the page').toEqual([]);

  // The same check sees a real user's decision.
  await tab.goto(`${server.url}/fixtures/hostile/forge.html?peaceful`);
  await waitForSidebar(tab);
  await recordDecision(tab);
  await expect.poll(async () => (await outcomes()).length).toBe(1);
  expect((await outcomes())[0]!.note).toBeNull();
});
