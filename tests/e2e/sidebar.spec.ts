import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pressFocusShortcut, recordEntries, setSettings, sidebar } from './helpers';

const CASE = '/training/cp-s66b2.html';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const NO_REASON = /^(Raised with the court|Order made|Done|Prosecution applying)$/;

async function axeSidebar(page: Page) {
  const result = await new AxeBuilder({ page }).include('deprivation-order-reminder').withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Records an outcome that needs no reason for one prompt form, with real (trusted) clicks. */
async function recordOne(form: Locator) {
  const labels = await form.locator('label').allInnerTexts();
  const choice = labels.find((l) => NO_REASON.test(l.trim()));
  expect(choice, `a no-reason outcome in ${labels.join(' | ')}`).toBeTruthy();
  await form.getByLabel(choice!.trim(), { exact: true }).check();
  await form.getByRole('button', { name: 'Record' }).click();
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

for (const role of ['legal-adviser', 'prosecutor', 'trainer'] as const) {
  test(`${role}: sidebar opens with role prompts, passes axe expanded and collapsed`, async ({ page, server, ext }) => {
    await setSettings(ext.serviceWorker, { role });
    await page.goto(`${server.url}${CASE}`);
    const panel = sidebar(page);
    await expect(panel).toBeVisible();
    await expect(panel).toHaveAccessibleName(/^Deprivation order reminder/);
    await expect(panel.getByText('SOA 2003 s.66B(2)').first()).toBeVisible();
    const roleLine = { 'legal-adviser': 'legal adviser', prosecutor: 'prosecutor', trainer: 'trainer' }[role];
    await expect(panel.getByText(new RegExp(`Prompts for: ${roleLine}`, 'i'))).toBeVisible();
    // The page's content is pushed aside, not covered: its main column ends before the panel.
    const pageRight = await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().right);
    const panelLeft = (await panel.boundingBox())!.x;
    expect(pageRight).toBeLessThanOrEqual(panelLeft + 1);
    expect(await axeSidebar(page)).toEqual([]);
    await page.screenshot({ path: `tests/e2e/screenshots/${role}-expanded.png` });

    await panel.getByRole('button', { name: 'Deprivation order reminder: hide' }).click();
    await expect(panel.getByRole('button', { name: 'Deprivation order reminder: show' })).toHaveAttribute('aria-expanded', 'false');
    expect(await axeSidebar(page)).toEqual([]);
    await page.screenshot({ path: `tests/e2e/screenshots/${role}-collapsed.png` });
  });
}

test('why am I seeing this: evidence is listed and highlighted on the page without changing its text', async ({ page, server }) => {
  await page.goto(`${server.url}${CASE}`);
  const panel = sidebar(page);
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

test('an outcome is recorded through the real background, and the case re-opens collapsed once all are recorded', async ({ page, server, ext }) => {
  await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
  await page.goto(`${server.url}${CASE}`);
  const panel = sidebar(page);
  const forms = panel.locator('form');
  await expect(forms.first()).toBeVisible();
  const count = await forms.count();
  expect(count).toBeGreaterThan(5);

  await recordOne(forms.first());
  await expect(panel.getByText(/^Recorded:/).first()).toBeVisible();
  const entries = await recordEntries(ext.serviceWorker, 'live');
  const outcome = entries.find((e) => e.kind === 'outcome')!;
  expect(outcome).toMatchObject({ mode: 'live', role: 'legal-adviser', site: server.url, offence: { id: 'soa2003-s66b-2' } });
  expect((outcome.caseRef as { type: string }).type).toBe('hmac');
  expect(JSON.stringify(entries)).not.toContain('09TR2510388'); // the URN is never stored in clear
  expect((outcome.prompt as { textHash: string }).textHash).not.toMatch(/^0+$/);

  for (let i = 1; i < count; i++) {
    // Each recorded prompt replaces its form with a status, so the next open form is always first.
    await recordOne(panel.locator('form').first());
    await expect(panel.locator('form')).toHaveCount(count - i - 1);
  }
  await page.reload();
  await expect(panel.getByRole('button', { name: 'Deprivation order reminder: show' })).toHaveAttribute('aria-expanded', 'false');
  await expect(panel.getByText(`All ${count} prompts recorded for this case`)).toBeAttached();
});

test('keyboard only: focus the sidebar, record, collapse, return to the page, no trap', async ({ page, server, ext }) => {
  await page.goto(`${server.url}${CASE}`);
  await expect(sidebar(page)).toBeVisible();
  await page.getByRole('link', { name: 'Training scenarios', exact: true }).focus();
  await expect(sidebar(page).locator('form').first()).toBeVisible();

  expect(await pressFocusShortcut(ext.serviceWorker, page)).toBe('Alt+Shift+M');
  await expect.poll(async () => (await focused(page)).inSidebar).toBe(true);
  // First focus is on the heading, never on the control that hides the panel.
  const first = await focused(page);
  expect(first.tag).toMatch(/^H[1-6]$/);
  await expect(sidebar(page).getByText('Alt+Shift+M: jump here')).toBeVisible();

  // Tab to the first outcome radio, choose it with the arrow/space keys, Tab to Record, press Enter.
  let f = await focused(page);
  for (let i = 0; i < 60 && !(f.tag === 'INPUT' && f.type === 'radio'); i++) {
    await page.keyboard.press('Tab');
    f = await focused(page);
  }
  expect(f.type).toBe('radio');
  await page.keyboard.press('Space');
  for (let i = 0; i < 20 && f.text !== 'Record'; i++) {
    await page.keyboard.press('Tab');
    f = await focused(page);
  }
  expect(f.text).toBe('Record');
  await page.keyboard.press('Enter');
  await expect(sidebar(page).getByText(/^Recorded:/).first()).toBeVisible();

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

test('training mode: TRAINING banner, records kept apart from live', async ({ page, server, ext }) => {
  await setSettings(ext.serviceWorker, { role: 'trainer', trainingMode: true, presenterMode: true });
  await page.goto(`${server.url}${CASE}`);
  const panel = sidebar(page);
  await expect(panel.getByRole('note').getByText('TRAINING')).toBeVisible();
  await recordOne(panel.locator('form').first());
  await expect(panel.getByText(/^Recorded:/).first()).toBeVisible();
  expect((await recordEntries(ext.serviceWorker, 'training')).some((e) => e.kind === 'outcome')).toBe(true);
  expect(await recordEntries(ext.serviceWorker, 'live')).toEqual([]);
  await page.screenshot({ path: 'tests/e2e/screenshots/trainer-presenter.png' });
});

test('320 px wide (400% zoom of 1280 px): opens as a strip that covers nothing, expands to fit, no sideways scroll', async ({ page, server }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${server.url}${CASE}`);
  const panel = sidebar(page);
  const toggle = panel.getByRole('button', { name: /Deprivation order reminder: (hide|show)/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const strip = await page.locator('deprivation-order-reminder').boundingBox();
  expect(strip!.width).toBeLessThanOrEqual(44);
  // The page keeps the rest of the width: its content is not under the strip.
  expect(await page.evaluate(() => document.documentElement.getBoundingClientRect().right)).toBeLessThanOrEqual(320 - strip!.width + 1);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const box = await page.locator('deprivation-order-reminder').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(320);
  const overflow = await page.evaluate(() => {
    const body = document.querySelector('deprivation-order-reminder')!.shadowRoot!.querySelector('.dor-body') as HTMLElement;
    return body.scrollWidth - body.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(1);
  await expect(panel.locator('form').first().getByRole('button', { name: 'Record' })).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/screenshots/narrow-320-expanded.png' });
});
