import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { recordEntries, setSettings, sidebar } from './helpers';

// A user who has chosen a role: with none saved, the sidebar first asks for it (issue 15).
test.beforeEach(async ({ ext }) => {
  await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
});

/**
 * Issue 15 item 6: the reminder never stands between the user and the case system's own controls.
 * A results screen with a fixed header and a fixed bottom toolbar, right-aligned controls in both
 * ("Save" at the bottom right): with the reminder shown, a real click at the centre of each control
 * reaches it, and the case reference stays on screen.
 */

const BAR_CONTROLS = ['help', 'sign-out', 'cancel', 'save-next', 'save'];

/** For each control: is it the topmost element at its centre, and does a real mouse click reach it? */
async function reachability(page: Page, ids: string[]) {
  const out: Record<string, { top: boolean; clicked: boolean; hit: string }> = {};
  for (const id of ids) {
    const el = page.locator(`#${id}`);
    const box = (await el.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const hit = await page.evaluate(
      ([px, py, want]) => {
        const at = document.elementFromPoint(px as number, py as number);
        return { top: at !== null && (at.id === want || at.closest(`#${want}`) !== null), hit: at ? `${at.tagName}#${at.id}` : 'none' };
      },
      [x, y, id],
    );
    await page.evaluate(() => ((window as unknown as { __clicks: string[] }).__clicks.length = 0));
    await page.mouse.click(x, y);
    const clicked = await page.evaluate((want) => (window as unknown as { __clicks: string[] }).__clicks.includes(want), id);
    out[id] = { ...hit, clicked };
  }
  return out;
}

/** The page's case reference and the sidebar's heading: both inside the window, neither covered. */
async function referenceOnScreen(page: Page) {
  return page.evaluate(() => {
    const inView = (r: DOMRect) => r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.width > 0;
    const urn = document.getElementById('urn')!;
    const u = urn.getBoundingClientRect();
    const host = document.querySelector('deprivation-order-reminder')!;
    const heading = host.shadowRoot!.querySelector('h1, h2, h3');
    const h = heading?.getBoundingClientRect();
    return {
      urnInView: inView(u),
      urnUncovered: document.elementFromPoint(u.x + u.width / 2, u.y + u.height / 2) === urn,
      sidebarHeadingInView: h ? inView(h) : false,
    };
  });
}

for (const [label, viewport] of [
  ['1366x768', { width: 1366, height: 768 }],
  ['1280x800', { width: 1280, height: 800 }],
  ['200% zoom of 1366x768', { width: 683, height: 384 }],
] as const) {
  test(`fixed header and toolbar at ${label}: every bar control is reachable with the reminder shown`, async ({ page, server }) => {
    await page.setViewportSize(viewport);
    await page.goto(`${server.url}/fixtures/layout/fixed-bars.html`);
    const panel = sidebar(page);
    await expect(panel).toBeVisible();
    const wide = viewport.width >= 720;
    await expect(panel.getByRole('button', { name: /Deprivation order reminder: (hide|show)/ })).toHaveAttribute('aria-expanded', wide ? 'true' : 'false');
    const reach = await reachability(page, BAR_CONTROLS);
    const host = await page.locator('deprivation-order-reminder').boundingBox();
    console.log(`fixed bars ${label}:`, JSON.stringify({ host, reach }));
    for (const id of BAR_CONTROLS) {
      expect(reach[id]!.top, `${id} is on top at its centre (hit ${reach[id]!.hit})`).toBe(true);
      expect(reach[id]!.clicked, `a real click reaches ${id}`).toBe(true);
    }
    const ref = await referenceOnScreen(page);
    expect(ref.urnInView && ref.urnUncovered).toBe(true);
    if (wide) {
      expect(ref.sidebarHeadingInView).toBe(true);
      // Docked between the bars, not behind them.
      expect(host!.y).toBeGreaterThanOrEqual(56);
      expect(host!.y + host!.height).toBeLessThanOrEqual(viewport.height - 64);
    }
  });
}

test('fixed bars: recording takes two real clicks from page load, with the bars still reachable', async ({ page, server, ext }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${server.url}/fixtures/layout/fixed-bars.html`);
  const form = sidebar(page).locator('form').first();
  await form.getByRole('radio').first().click();
  await form.getByRole('button', { name: 'Record', exact: true }).click();
  await expect.poll(async () => (await recordEntries(ext.serviceWorker, 'live')).filter((e) => e.kind === 'outcome').length).toBe(1);
  const reach = await reachability(page, BAR_CONTROLS);
  for (const id of BAR_CONTROLS) expect(reach[id]!.clicked, id).toBe(true);
});

test('a fixed column of controls down the right: the reminder opens as its tab, covering nothing; three real clicks record', async ({ page, server, ext }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${server.url}/fixtures/layout/fixed-column.html`);
  const panel = sidebar(page);
  const toggle = panel.getByRole('button', { name: /Deprivation order reminder: (hide|show)/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const ids = [...BAR_CONTROLS, 'rail-notes', 'rail-docs', 'rail-history'];
  const reach = await reachability(page, ids);
  console.log('fixed column, tab only:', JSON.stringify({ host: await page.locator('deprivation-order-reminder').boundingBox(), reach }));
  for (const id of ids) expect(reach[id]!.clicked, `a real click reaches ${id} (hit ${reach[id]!.hit})`).toBe(true);
  // The user opens it (one click), chooses (two), records (three).
  await toggle.click();
  const form = panel.locator('form').first();
  await form.getByRole('radio').first().click();
  await form.getByRole('button', { name: 'Record', exact: true }).click();
  await expect.poll(async () => (await recordEntries(ext.serviceWorker, 'live')).filter((e) => e.kind === 'outcome').length).toBe(1);
});
