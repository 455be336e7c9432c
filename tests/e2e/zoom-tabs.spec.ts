import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { TRAINING_SCENARIOS, trainingPath } from '../../lib/training/scenarios';
import { expect, test } from './fixtures';
import { indicator, sidebar } from './helpers';

/**
 * Issue 15 item 7 (UX walkthrough problem 8): the collapsed tab and the possible-case tab stay legible
 * at 200% and 400% zoom. Browser zoom divides the window's CSS pixels by the zoom factor, so a laptop
 * window of 1366x768 at 200% is a 683x384 CSS px viewport and at 400% 341x192 (Playwright's
 * deviceScaleFactor only sharpens pixels; it is not zoom).
 */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ZOOMS = [
  { zoom: '100%', width: 1366, height: 768 },
  { zoom: '200%', width: 683, height: 384 },
  { zoom: '400%', width: 341, height: 192 },
];
const CASE = '/training/cp-s66b2.html';
// axe on a shared, loaded machine can take a while.
test.describe.configure({ timeout: 150_000 });
const POSSIBLE = TRAINING_SCENARIOS.find((s) => s.sidebar === 'indicator' && !s.spa)!;

/** The button's visible label: whole inside the button and the window, not wrapped, at least 14 px. */
async function labelFit(button: Locator) {
  return button.evaluate((b) => {
    const range = document.createRange();
    const textNode = document.createTreeWalker(b, NodeFilter.SHOW_TEXT).nextNode()!;
    range.selectNodeContents(textNode);
    const text = range.getBoundingClientRect();
    const box = b.getBoundingClientRect();
    const lines = range.getClientRects().length; // one box per line of text
    const style = getComputedStyle(b.querySelector('span') ?? b);
    return {
      text: b.textContent!.trim(),
      name: b.getAttribute('aria-label') ?? '',
      insideButton: text.left >= box.left - 1 && text.right <= box.right + 1 && text.top >= box.top - 1 && text.bottom <= box.bottom + 1,
      insideWindow: box.left >= 0 && box.top >= 0 && box.right <= innerWidth + 0.5 && box.bottom <= innerHeight + 0.5,
      lines,
      fontPx: parseFloat(style.fontSize),
      writingMode: style.writingMode,
      box: [Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)],
    };
  });
}

async function axe(page: Page, selector: string) {
  const result = await new AxeBuilder({ page }).include(selector).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const z of ZOOMS) {
  test(`collapsed tab at ${z.zoom} zoom: a short label, whole and legible; full phrase as its name; axe clean`, async ({ page, server }) => {
    await page.setViewportSize({ width: z.width, height: z.height });
    await page.goto(`${server.url}${CASE}`);
    const toggle = sidebar(page).getByRole('button', { name: /Deprivation order reminder: (hide|show)/ });
    await expect(toggle).toBeVisible({ timeout: 30_000 }); // a loaded shared machine
    if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const fit = await labelFit(toggle);
    console.log(`collapsed tab ${z.zoom}:`, JSON.stringify(fit));
    expect(fit.text).toBe('Reminder');
    expect(fit.name.toLowerCase()).toContain(fit.text.toLowerCase()); // WCAG 2.5.3 label in name
    expect(fit.insideButton).toBe(true);
    expect(fit.insideWindow).toBe(true);
    expect(fit.lines).toBe(1);
    expect(fit.fontPx).toBeGreaterThanOrEqual(14);
    expect(await axe(page, 'deprivation-order-reminder')).toEqual([]);
    await page.screenshot({ path: `tests/e2e/screenshots/collapsed-tab-${z.zoom.replace('%', '')}.png` });
  });

  test(`possible-case tab at ${z.zoom} zoom: "Possible case", whole and legible, horizontal when zoomed; axe clean`, async ({ page, server }) => {
    await page.setViewportSize({ width: z.width, height: z.height });
    await page.goto(`${server.url}${trainingPath(POSSIBLE)}`);
    await expect(indicator(page)).toBeVisible();
    const fit = await labelFit(indicator(page));
    console.log(`possible-case tab ${z.zoom}:`, JSON.stringify(fit));
    expect(fit.text).toBe('Possible case');
    expect(fit.name.startsWith(fit.text)).toBe(true);
    expect(fit.insideButton).toBe(true);
    expect(fit.insideWindow).toBe(true);
    expect(fit.lines).toBe(1);
    expect(fit.fontPx).toBeGreaterThanOrEqual(14);
    expect(fit.writingMode).toBe(z.zoom === '100%' ? 'vertical-rl' : 'horizontal-tb');
    expect(await axe(page, 'deprivation-order-reminder-indicator')).toEqual([]);
    await page.screenshot({ path: `tests/e2e/screenshots/possible-tab-${z.zoom.replace('%', '')}.png` });
  });
}
