import { expect, test } from './fixtures';
import { reportedVerdict, setSettings, sidebar } from './helpers';

// A user who has chosen a role: with none saved, the sidebar first asks for it (issue 15).
test.beforeEach(async ({ ext }) => {
  await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
});

/**
 * Issue 17: text in the page chrome (banner, news ticker, navigation, footer) is not about the case on
 * screen. The same s.66B awareness campaign runs in the chrome of both pages
 * (tests/fixtures/pages/cases): on a burglary case it opens no reminder; on an s.66B case the reminder
 * opens and "Show on page" points at the case's offence in the main content, not at the banner.
 */

test('a burglary case whose chrome runs an s.66B campaign shows no reminder', async ({ page, server, ext }) => {
  await page.goto(`${server.url}/fixtures/cases/chrome-campaign-burglary.html`);
  const verdict = await reportedVerdict(ext.serviceWorker, page);
  expect(verdict).not.toBe('match');
  expect(['possible', 'none']).toContain(verdict);
  await expect(sidebar(page)).toHaveCount(0);
});

test('the same campaign on an s.66B case: the reminder opens and highlighting points at the case, not the banner', async ({ page, server, ext }) => {
  await page.goto(`${server.url}/fixtures/cases/chrome-campaign-s66b.html`);
  expect(await reportedVerdict(ext.serviceWorker, page)).toBe('match');
  const panel = sidebar(page);
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Why am I seeing this?' }).click();
  await panel.getByRole('button', { name: /Show on page/ }).first().click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('deprivation-order-reminder-evidence'))).toBe(true);
  const where = await page.evaluate(() => {
    const highlight = CSS.highlights.get('deprivation-order-reminder-evidence') as unknown as Set<Range>;
    const range = [...highlight][0]!;
    const node = range.startContainer;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement!;
    return { text: range.toString(), inMain: el.closest('main') !== null, inChrome: el.closest('header, footer, [role="marquee"], nav') !== null };
  });
  expect(where).toEqual({ text: 'SX03250', inMain: true, inChrome: false });
});
