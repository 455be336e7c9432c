import type { Page } from '@playwright/test';
import { TRAINING_SCENARIOS, trainingPath } from '../../lib/training/scenarios';
import { expect, test } from './fixtures';
import { indicator, recordEntries, setSettings, sidebar } from './helpers';

/**
 * Issue 15 item 5: only the user moves the sidebar. A page script can reach every control through the
 * open shadow root; for three seconds it clicks, fires mouse, pointer, key, input and change events
 * at each and calls requestSubmit() on each form (tests/fixtures/pages/hostile/scripted-controls.js).
 * Nothing the user sees and nothing in the record may change. The same state taken the same way does
 * change under a real click (the positive control), so the comparison can fail.
 */

/** What the user sees of the sidebar: its markup, every form control's state, whether it pushes the page. */
function sidebarState(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('deprivation-order-reminder')!;
    const root = host.shadowRoot!;
    const controls = [...root.querySelectorAll<HTMLInputElement>('input, select, textarea, details')].map((el) => ({
      tag: el.tagName,
      checked: 'checked' in el ? el.checked : null,
      value: 'value' in el ? el.value : null,
      open: 'open' in el ? (el as unknown as HTMLDetailsElement).open : null,
    }));
    return {
      state: host.getAttribute('data-state'),
      html: root.innerHTML,
      controls,
      pushed: getComputedStyle(document.documentElement).marginRight,
      focusInSidebar: root.activeElement !== null,
    };
  });
}

async function allEntries(page: Page, sw: Parameters<typeof recordEntries>[0]) {
  return { live: await recordEntries(sw, 'live'), training: await recordEntries(sw, 'training') };
}

test('a page scripting every sidebar control for 3 s changes nothing the user sees or the record holds; a real click does', async ({ page, server, ext }) => {
  test.setTimeout(90_000);
  // A user with a role (with none saved the sidebar asks for one first, and has no outcome radios yet).
  await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
  await page.goto(`${server.url}/fixtures/hostile/scripted-controls.html`);
  const panel = sidebar(page);
  await expect(panel.getByRole('radio').first()).toBeVisible();
  // Let the "shown" entries settle before taking the record as it was.
  await expect.poll(async () => (await recordEntries(ext.serviceWorker, 'live')).length).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  const before = await sidebarState(page);
  const recordBefore = await allEntries(page, ext.serviceWorker);
  expect(before.state).toBe('expanded');

  type Counts = { rounds: number; actions: number; submits: number; controls: number; errors: string[] };
  const counts = await page.evaluate(() => (window as unknown as { startScripting(ms: number): Promise<Counts> }).startScripting(3000));
  console.log('scripted controls, 3 s:', JSON.stringify({ ...counts, errors: counts.errors.length }));
  expect(counts.errors).toEqual([]);
  expect(counts.controls).toBeGreaterThan(10);
  expect(counts.rounds).toBeGreaterThanOrEqual(3); // each round drives every control (hundreds of events)
  expect(counts.submits).toBeGreaterThan(0);
  await page.waitForTimeout(500);

  expect(await sidebarState(page)).toEqual(before);
  expect(await allEntries(page, ext.serviceWorker)).toEqual(recordBefore);
  expect(page.url()).toContain('scripted-controls.html'); // no scripted link click navigated away

  // Positive control: a real click on the same kind of control changes the state just compared...
  await panel.getByRole('button', { name: 'Deprivation order reminder: hide' }).click();
  const collapsed = await sidebarState(page);
  expect(collapsed.state).toBe('collapsed');
  expect(collapsed).not.toEqual(before);
  await panel.getByRole('button', { name: 'Deprivation order reminder: show' }).click();
  // ...and a real choice and a real click on Record change the record.
  const form = panel.locator('form').first();
  await form.getByRole('radio').first().check();
  await form.getByRole('button', { name: 'Record', exact: true }).click();
  await expect.poll(async () => (await recordEntries(ext.serviceWorker, 'live')).filter((e) => e.kind === 'outcome').length).toBe(1);
});

test('the possible-case tab opens only for the user: scripted clicks and keys on it do nothing', async ({ page, server }) => {
  const possible = TRAINING_SCENARIOS.find((s) => s.sidebar === 'indicator' && !s.spa)!;
  await page.goto(`${server.url}${trainingPath(possible)}`);
  await expect(indicator(page)).toBeVisible();
  await page.evaluate(async () => {
    const button = document.querySelector('deprivation-order-reminder-indicator')!.shadowRoot!.querySelector('button')!;
    const until = Date.now() + 1500;
    while (Date.now() < until) {
      button.click();
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        button.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true }));
      }
      for (const key of ['Enter', ' ']) {
        for (const type of ['keydown', 'keypress', 'keyup']) button.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true }));
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  await page.waitForTimeout(500);
  await expect(sidebar(page)).toHaveCount(0);
  await expect(indicator(page)).toBeVisible();
  // A real click opens it.
  await indicator(page).click();
  await expect(sidebar(page)).toBeVisible();
});
