import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { caseSection, outcomeEntries, pressFocusShortcut, recordDecision, recordEntries, setSettings, sidebar, tickPoint } from './helpers';

const CASE = '/training/cp-s66b2.html';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The first appearance waits for the detector and the sidebar to load: slow on a shared, busy machine. */
const LOAD = 30_000;
const SENTENCE = {
  'legal-adviser': /^Advise the bench that it can make a deprivation order/,
  prosecutor: /^Consider, and plan, an application for a deprivation order/,
  trainer: /^Teaching point: deprivation orders are rarely made/,
} as const;
const FIRST_OUTCOME = { 'legal-adviser': 'Raised with the court', prosecutor: 'Applied: order made', trainer: 'Discussed' } as const;

async function axeSidebar(page: Page) {
  const result = await new AxeBuilder({ page }).include('deprivation-order-reminder').withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Focused element, looking through our shadow root. */
function focused(page: Page) {
  return page.evaluate(() => {
    const host = document.activeElement;
    const inner = host?.shadowRoot?.activeElement;
    const el = (inner ?? host) as HTMLElement | null;
    return { inSidebar: Boolean(inner), tag: el?.tagName ?? '', type: (el as HTMLInputElement)?.type ?? '', text: el?.textContent?.trim().slice(0, 60) ?? '' };
  });
}

/** True when the element is entirely inside the viewport (no scrolling needed to see it). */
async function inViewport(page: Page, locator: ReturnType<Page['locator']>) {
  const box = await locator.boundingBox();
  const vp = page.viewportSize()!;
  return Boolean(box && box.y >= 0 && box.x >= 0 && box.y + box.height <= vp.height && box.x + box.width <= vp.width);
}

for (const role of ['legal-adviser', 'prosecutor', 'trainer'] as const) {
  test(`${role}: the decision first, in view at 1366x768; axe clean open, expanded, collapsed`, async ({ page, server, ext }) => {
    test.setTimeout(180_000); // axe runs three times on a shared, busy machine
    await setSettings(ext.serviceWorker, { role });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${server.url}${CASE}`);
    const panel = sidebar(page);
    await expect(panel).toBeVisible({ timeout: LOAD });
    await expect(panel).toHaveAccessibleName(/^Deprivation order reminder/);
    const section = caseSection(page);
    const parts = [
      section.getByRole('heading', { name: 'Case 09TR2510388' }),
      section.getByText(SENTENCE[role]),
      section.getByRole('radio', { name: FIRST_OUTCOME[role], exact: true }),
      section.getByRole('button', { name: 'Record', exact: true }),
    ];
    for (const part of parts) expect(await inViewport(page, part), String(part)).toBe(true);
    await expect(panel.getByRole('textbox')).toHaveCount(1);
    await expect(panel.getByRole('button', { name: 'Record', exact: true })).toHaveCount(1);
    await expect(panel.getByText(new RegExp(`Prompts for: ${role.replace('-', ' ')}`, 'i'))).toBeAttached();
    // The page's content is pushed aside, not covered: its main column ends before the panel.
    const pageRight = await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().right);
    expect(pageRight).toBeLessThanOrEqual((await panel.boundingBox())!.x + 1);
    expect(await axeSidebar(page)).toEqual([]);
    await page.screenshot({ path: `tests/e2e/screenshots/${role}-expanded.png` });

    // A checklist point expanded: its detail, sources and uncertainty.
    const cloud = section.locator('li.dor-task').filter({ hasText: 'Cloud and online copies' });
    await expect(cloud.getByText('Law uncertain')).toBeVisible();
    await cloud.getByRole('button', { name: /^Details/ }).click();
    await expect(cloud.getByText(/Not known: whether any court order reaches copies/)).toBeVisible();
    expect(await axeSidebar(page)).toEqual([]);

    await panel.getByRole('button', { name: 'Deprivation order reminder: hide' }).click();
    await expect(panel.getByRole('button', { name: 'Deprivation order reminder: show' })).toHaveAttribute('aria-expanded', 'false');
    expect(await axeSidebar(page)).toEqual([]);
  });
}

test('why am I seeing this: evidence is listed and highlighted on the page without changing its text', async ({ page, server, ext }) => {
  await setSettings(ext.serviceWorker, { role: 'prosecutor' });
  await page.goto(`${server.url}${CASE}`);
  const panel = sidebar(page);
  await expect(panel.getByRole('button', { name: 'Why am I seeing this?' })).toBeVisible({ timeout: LOAD });
  const before = await page.evaluate(() => document.body.innerText);
  await panel.getByRole('button', { name: 'Why am I seeing this?' }).click();
  await expect(panel.getByText('SX03250').first()).toBeVisible();
  await panel.getByRole('button', { name: /Show on page/ }).first().click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('deprivation-order-reminder-evidence'))).toBe(true);
  // What is highlighted is the evidence itself (formerly only that a highlight existed: test audit 2026-12).
  const highlighted = await page.evaluate(() => [...(CSS.highlights.get('deprivation-order-reminder-evidence') as unknown as Iterable<Range>)].map((r) => r.toString()));
  expect(highlighted.length).toBeGreaterThan(0);
  expect(highlighted).toContain('SX03250');
  for (const text of highlighted) expect(before.replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' '));
  expect(await page.evaluate(() => document.body.innerText)).toBe(before);
});

test('two clicks from load record the decision as one outcome entry; it re-opens quiet, and a later step follows on', async ({ page, server, ext }) => {
  test.setTimeout(120_000);
  await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${server.url}${CASE}`);
  const section = caseSection(page);
  await expect(section).toBeVisible({ timeout: LOAD });
  await section.getByRole('radio', { name: 'Raised with the court', exact: true }).click();
  await section.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(section.getByText(/^Recorded: Raised with the court, \d\d:\d\d/)).toBeVisible();
  await expect.poll(async () => (await outcomeEntries(ext.serviceWorker)).length).toBe(1);
  const [entry] = await outcomeEntries(ext.serviceWorker);
  expect(entry).toMatchObject({ mode: 'live', role: 'legal-adviser', site: server.url, outcome: 'raised-with-court', corrects: null, prompt: { id: 'consider-deprivation-order' }, offence: { id: 'soa2003-s66b-2' } });
  expect((entry!.caseRef as { type: string }).type).toBe('hmac');
  expect(JSON.stringify(await recordEntries(ext.serviceWorker))).not.toContain('09TR2510388'); // never stored in clear
  expect((entry!.prompt as { textHash: string }).textHash).not.toMatch(/^0+$/);

  // A tick is recorded like any outcome.
  await tickPoint(page, /List each device separately/);
  await expect.poll(async () => (await outcomeEntries(ext.serviceWorker)).map((e) => e.outcome)).toEqual(['raised-with-court', 'done']);

  // Next visit: quiet (collapsed), saying what was recorded and when.
  await page.reload();
  const panel = sidebar(page);
  await expect(panel.getByRole('button', { name: 'Deprivation order reminder: show' })).toHaveAttribute('aria-expanded', 'false');
  await panel.getByRole('button', { name: 'Deprivation order reminder: show' }).click();
  await expect(caseSection(page).getByText(/^Recorded: Raised with the court/)).toBeVisible();
  // The order made afterwards is the next step, not a correction.
  await caseSection(page).getByRole('button', { name: 'Record what happened next' }).click();
  await recordDecision(page, { outcome: 'Order made' });
  await expect.poll(async () => (await outcomeEntries(ext.serviceWorker)).length).toBe(3);
  expect((await outcomeEntries(ext.serviceWorker))[2]).toMatchObject({ outcome: 'order-made', corrects: null });
});

test('a reason is asked for, under the answer, before "not raised" is recorded', async ({ page, server, ext }) => {
  test.setTimeout(120_000);
  await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
  await page.goto(`${server.url}${CASE}`);
  const section = caseSection(page);
  await expect(section).toBeVisible({ timeout: LOAD });
  await section.getByRole('radio', { name: 'Not raised', exact: true }).click();
  await section.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(section.getByRole('alert').getByText('There is a problem')).toBeVisible();
  expect(await outcomeEntries(ext.serviceWorker)).toEqual([]);
  expect(await axeSidebar(page)).toEqual([]);
  await recordDecision(page, { outcome: 'Not raised', reason: 'Not for this hearing', note: 'first appearance' });
  await expect.poll(async () => (await outcomeEntries(ext.serviceWorker)).length).toBe(1);
  expect((await outcomeEntries(ext.serviceWorker))[0]).toMatchObject({ outcome: 'not-raised', reason: 'not-this-hearing', note: 'first appearance' });
});

test('keyboard only: the focus shortcut, then no more than five key presses record the decision; Escape returns; no trap', async ({ page, server, ext }) => {
  await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
  await page.goto(`${server.url}${CASE}`);
  await expect(caseSection(page).getByRole('button', { name: 'Record', exact: true })).toBeVisible({ timeout: LOAD });
  await page.getByRole('link', { name: 'Training scenarios', exact: true }).focus();

  // The focus shortcut is a browser command (Alt+Shift+M by default): one key press.
  const keys = [await pressFocusShortcut(ext.serviceWorker, page), 'Tab', 'Space', 'Enter'];
  await expect.poll(async () => (await focused(page)).tag).toBe('H2');
  await page.keyboard.press(keys[1]!);
  expect(await focused(page)).toMatchObject({ tag: 'INPUT', type: 'radio' });
  await page.keyboard.press(keys[2]!);
  await page.keyboard.press(keys[3]!);
  await expect(caseSection(page).getByText(/^Recorded: Raised with the court/)).toBeVisible();
  expect(keys.length).toBeLessThanOrEqual(5);
  await expect.poll(async () => (await outcomeEntries(ext.serviceWorker)).length).toBe(1);

  // Escape goes back to where the user was on the page.
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await focused(page)).inSidebar).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Training scenarios');

  // Collapse with the keyboard: the body becomes inert and Tab no longer enters it.
  await pressFocusShortcut(ext.serviceWorker, page);
  await expect.poll(async () => (await focused(page)).inSidebar).toBe(true);
  const toggle = sidebar(page).getByRole('button', { name: /Deprivation order reminder: (hide|show)/ });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now.inSidebar && now.tag !== 'BUTTON').toBe(false);
  }
});

test('no role saved: the sidebar asks once, saves at once, and a role change reaches it without a reload', async ({ page, server, ext }) => {
  test.setTimeout(120_000);
  await page.goto(`${server.url}${CASE}`);
  const panel = sidebar(page);
  await expect(panel.getByRole('group', { name: 'What is your role?' })).toBeVisible({ timeout: LOAD });
  await expect(panel.getByRole('radio')).toHaveCount(0);
  expect(await axeSidebar(page)).toEqual([]);
  await panel.getByRole('button', { name: 'Prosecutor', exact: true }).click();
  await expect(caseSection(page).getByText(SENTENCE.prosecutor)).toBeVisible();
  const stored = await ext.serviceWorker.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { role?: string }>> } } } }).chrome.storage.local.get('settings')).settings?.role);
  expect(stored).toBe('prosecutor');
  expect(await recordEntries(ext.serviceWorker)).not.toContainEqual(expect.objectContaining({ role: 'legal-adviser' }));

  // Settings changed elsewhere (another tab, the options page): the open sidebar follows.
  await setSettings(ext.serviceWorker, { role: 'trainer' });
  await expect(caseSection(page).getByText(SENTENCE.trainer)).toBeVisible();
});

test('a register with two matching cases: two sections named by their references, recorded separately', async ({ page, server, ext }) => {
  test.setTimeout(120_000);
  await setSettings(ext.serviceWorker, { role: 'prosecutor' });
  await page.goto(`${server.url}/fixtures/register-two-cases.html`);
  const panel = sidebar(page);
  await expect(panel.getByText('2 cases on this page matched')).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByRole('heading', { name: 'Case 41YZ1000001' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Case 41YZ1000002' })).toBeVisible();
  expect(await axeSidebar(page)).toEqual([]);
  await recordDecision(page, { outcome: 'Applied: order made', ref: '41YZ1000001' });
  await caseSection(page, '41YZ1000002').getByRole('button', { name: 'Case 41YZ1000002' }).click();
  await recordDecision(page, { outcome: 'Did not apply', reason: 'No evidence the device was used', ref: '41YZ1000002' });
  await expect.poll(async () => (await outcomeEntries(ext.serviceWorker)).length).toBe(2);
  const [a, b] = await outcomeEntries(ext.serviceWorker);
  expect(a).toMatchObject({ outcome: 'applied-order-made', corrects: null });
  expect(b).toMatchObject({ outcome: 'not-applied', reason: 'device-not-linked', corrects: null });
  expect((a!.caseRef as { value: string }).value).not.toBe((b!.caseRef as { value: string }).value);
});

test('training and presenter mode: the trainer\u2019s first teaching point is in the top half at 1024x768; records kept apart', async ({ page, ext }) => {
  test.setTimeout(120_000);
  await setSettings(ext.serviceWorker, { role: 'trainer', presenterMode: true });
  await page.setViewportSize({ width: 1024, height: 768 });
  // A training page is one the extension knows by its address (issue 23): its own bundled copy.
  await page.goto(`chrome-extension://${ext.extensionId}${CASE}`);
  const panel = sidebar(page);
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Training', { timeout: LOAD });
  const point = caseSection(page).getByText(SENTENCE.trainer);
  await expect(point).toBeVisible();
  expect((await point.boundingBox())!.y).toBeLessThan(768 / 2);
  expect(await axeSidebar(page)).toEqual([]);
  await page.screenshot({ path: 'tests/e2e/screenshots/trainer-presenter.png' });
  await recordDecision(page, { outcome: 'Discussed' });
  await expect.poll(async () => (await outcomeEntries(ext.serviceWorker, 'training')).map((e) => e.outcome)).toEqual(['discussed']);
  expect(await recordEntries(ext.serviceWorker, 'live')).toEqual([]);
});

test('320 px wide (400% zoom of 1280 px): opens as a strip that covers nothing, expands with the decision first, no sideways scroll', async ({ page, server, ext }) => {
  test.setTimeout(120_000);
  await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${server.url}${CASE}`);
  const panel = sidebar(page);
  const toggle = panel.getByRole('button', { name: /Deprivation order reminder: (hide|show)/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false', { timeout: LOAD });
  const strip = await page.locator('deprivation-order-reminder').boundingBox();
  expect(strip!.width).toBeLessThanOrEqual(44);
  expect(await page.evaluate(() => document.documentElement.getBoundingClientRect().right)).toBeLessThanOrEqual(320 - strip!.width + 1);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect((await page.locator('deprivation-order-reminder').boundingBox())!.width).toBeLessThanOrEqual(320);
  const overflow = await page.evaluate(() => {
    const body = document.querySelector('deprivation-order-reminder')!.shadowRoot!.querySelector('.dor-body') as HTMLElement;
    return body.scrollWidth - body.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(1);
  // The decision comes before everything else in the panel.
  const section = caseSection(page);
  expect(await inViewport(page, section.getByRole('heading', { name: 'Case 09TR2510388' }))).toBe(true);
  expect(await inViewport(page, section.getByText(SENTENCE['legal-adviser']))).toBe(true);
  await expect(section.getByRole('button', { name: 'Record', exact: true })).toBeVisible();
  expect(await axeSidebar(page)).toEqual([]);
  await page.screenshot({ path: 'tests/e2e/screenshots/narrow-320-expanded.png' });
});
