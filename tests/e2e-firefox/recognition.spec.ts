import { expect, test } from './fixtures';
import { reportedVerdict, setSettings } from './harness';
import { sidebarLabel, sidebarPresent, sidebarText, waitForSidebar } from './sidebar-actions';

/** Recognition in Firefox: the case-page script registered for the site, the detector, the sidebar. */

test('a matching training page: the page is judged a match and the sidebar opens with the offence and pushes the page aside', async ({ api, tab, server }) => {
  // With no role saved the sidebar first asks for one; these tests are about a user who has chosen.
  await setSettings(api, { role: 'legal-adviser' });
  const url = `${server.url}/training/cp-s66b2.html`;
  await tab.goto(url);
  expect(await reportedVerdict(api, url)).toBe('match');
  await waitForSidebar(tab);
  expect(await sidebarLabel(tab)).toMatch(/^Deprivation order reminder/);
  const text = await sidebarText(tab);
  expect(text).toContain('SOA 2003 s.66B(2)');
  expect(text).toContain('Deprivation order');
  // Pushed aside, not covered: the page's main column ends where the panel begins.
  const layout = await tab.evaluate(() => {
    const host = document.querySelector('deprivation-order-reminder')!;
    return { mainRight: document.querySelector('main')!.getBoundingClientRect().right, panelLeft: host.getBoundingClientRect().left };
  });
  expect(layout.mainRight).toBeLessThanOrEqual(layout.panelLeft + 1);
});

for (const [file, why] of [
  ['cp-fly-tipping.html', 'fly-tipping under s.33 EPA 1990'],
  ['cp-exposure.html', 'exposure under s.66 SOA 2003'],
] as const) {
  test(`a look-alike (${why}): judged, and no sidebar`, async ({ api, tab, server }) => {
    const url = `${server.url}/training/${file}`;
    await tab.goto(url);
    // Waits for the positive signal that the page was judged, then checks nothing was shown.
    const verdict = await reportedVerdict(api, url);
    expect(verdict).not.toBe('match');
    expect(verdict).not.toBe('possible');
    expect(await sidebarPresent(tab)).toBe(false);
    expect(await tab.evaluate(() => document.querySelector('deprivation-order-reminder-indicator'))).toBeNull();
  });
}
