import type { Locator, Page } from '@playwright/test';
import { TRAINING_SCENARIOS, trainingPath } from '../../lib/training/scenarios';
import { expect, test } from './fixtures';
import { setSettings, sidebar } from './helpers';

/**
 * Issue 15 acceptance: on every training scenario that opens the sidebar, at 1366x768, the case, the
 * role's sentence, the outcome choice and Record are on screen at load without scrolling, and each case
 * holds at most one note field and one Record control.
 */
// As a legal adviser sees them: a first hearing or a pre-charge review shows only the quiet indicator,
// and a case whose order is already on the page opens collapsed with that status (lib/stage/behaviour.ts).
const OPEN = TRAINING_SCENARIOS.filter(
  (s) => (s.byRole?.['legal-adviser'] ?? s.sidebar) === 'open' && !s.spa && !s.cases.every((c) => c.orderOnPage),
);

async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const vp = page.viewportSize()!;
  return Boolean(box && box.y >= 0 && box.x >= 0 && box.y + box.height <= vp.height && box.x + box.width <= vp.width);
}

// Presenter mode (larger text, for a projector) on the busiest pages: a list of cases and the longest
// single-case page, where the decision has least room.
const PRESENTER = new Set(['stage-mixed-list', 'cp-s66b2']);
const RUNS = [...OPEN.map((s) => ({ s, presenter: false })), ...OPEN.filter((s) => PRESENTER.has(s.id)).map((s) => ({ s, presenter: true }))];

for (const { s, presenter } of RUNS) {
  test(`${s.id}${presenter ? ' (presenter mode)' : ''}: the decision is in view at load at 1366x768`, async ({ sharedPage: page, server, sharedExt: ext }) => {
    test.setTimeout(120_000);
    await setSettings(ext.serviceWorker, { role: 'legal-adviser', presenterMode: presenter });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${server.url}${trainingPath(s)}`);
    const panel = sidebar(page);
    await expect(panel.locator('section.dor-case').first()).toBeVisible({ timeout: 30_000 });
    const open = panel.locator('section.dor-case[data-open="true"]').first();
    const parts = {
      case: open.locator('.dor-case__heading'),
      sentence: open.getByText(/^Advise the bench that it can make a deprivation order/),
      choice: open.getByRole('radio', { name: 'Raised with the court', exact: true }),
      record: open.getByRole('button', { name: 'Record', exact: true }),
    };
    for (const [name, part] of Object.entries(parts)) expect(await inViewport(page, part), `${s.id}: ${name} in view`).toBe(true);
    const sections = panel.locator('section.dor-case');
    for (let i = 0; i < (await sections.count()); i++) {
      expect(await sections.nth(i).getByRole('textbox').count()).toBeLessThanOrEqual(1);
      expect(await sections.nth(i).getByRole('button', { name: 'Record', exact: true }).count()).toBeLessThanOrEqual(1);
    }
  });
}
