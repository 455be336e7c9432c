import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect, test } from './fixtures';
import { gotoExtensionPage, ROOT } from './harness';
import { waitForSidebar } from './sidebar-actions';

/**
 * axe-core (WCAG 2.0/2.1 A and AA, 2.2 AA) in Firefox on every extension page, with a record to show
 * (the frozen v1 storage snapshot), and on the sidebar in its open shadow root. axe is evaluated
 * into the page by the driver (BiDi script evaluation is not subject to the pages' CSP).
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PAGES = ['popup.html', 'options.html', 'record.html', 'training/index.html', 'training/guide.html'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Found = { id: string; targets: string[] }[];

async function axe(page: Page, include?: string): Promise<{ violations: Found; passes: number }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(
    async (tags, sel) => {
      const a = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[]; passes: unknown[] }> } }).axe;
      const r = await a.run(sel ? { include: [[sel]] } : document, { runOnly: { type: 'tag', values: tags } });
      return { violations: r.violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) })), passes: r.passes.length };
    },
    TAGS,
    include ?? null,
  );
}

test('every extension page, and the sidebar, has zero axe violations in Firefox (WCAG 2.2 AA)', async ({ ff, api, tab, server }) => {
  test.setTimeout(240_000);
  const v1 = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/record/v1/storage.json'), 'utf8')) as Record<string, unknown>;
  await api.evaluate(async (items) => (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set(items), v1);

  const found: Record<string, Found> = {};
  const page = await ff.browser.newPage();
  for (const path of PAGES) {
    await gotoExtensionPage(page, path);
    await expect.poll(() => page.evaluate(() => document.querySelector('h1')?.textContent ?? '')).not.toBe('');
    if (path === 'record.html') await expect.poll(() => page.evaluate(() => document.querySelectorAll('table tbody tr').length)).toBeGreaterThan(0);
    const result = await axe(page);
    expect(result.passes, `${path}: axe ran its checks`).toBeGreaterThan(5);
    found[path] = result.violations;
  }

  await tab.goto(`${server.url}/training/cp-s66b2.html`);
  await waitForSidebar(tab);
  const sidebar = await axe(tab, 'deprivation-order-reminder');
  expect(sidebar.passes).toBeGreaterThan(5);
  found['sidebar on a case page'] = sidebar.violations;
  expect(found).toEqual(Object.fromEntries([...PAGES, 'sidebar on a case page'].map((p) => [p, []])));

  // The check can fail: a button without a name put into the sidebar's shadow root is reported.
  await tab.evaluate(() => document.querySelector('deprivation-order-reminder')!.shadowRoot!.querySelector('aside')!.append(document.createElement('button')));
  expect((await axe(tab, 'deprivation-order-reminder')).violations.map((v) => v.id)).toContain('button-name');
});
