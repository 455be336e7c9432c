import { expect, test } from './fixtures';
import { badgeText, indicator, recordEntries, reportedVerdict, setSettings, sidebar } from './helpers';

/**
 * Issue 16 in real Chromium: the reminder follows where the case is (lib/stage/behaviour.ts) and what
 * is already on the page. The order-present screen records one observation entry and no outcome; an
 * acquittal shows nothing; a legal adviser at a first hearing sees only the indicator; a sentence
 * hearing opens the sidebar.
 */

const observations = (entries: Record<string, unknown>[]) => entries.filter((e) => e.kind === 'observation');

test('order already entered on Enter results: one observation entry, no outcome, also after a reload', async ({ page, server, ext }) => {
  await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
  await page.goto(`${server.url}/training/cp-results-depo.html`);
  expect(await reportedVerdict(ext.serviceWorker, page)).toBe('match');
  await expect(sidebar(page)).toBeVisible();
  // It opens collapsed; a real click on its tab shows the status instead of the decision.
  await expect(sidebar(page)).toHaveAttribute('data-collapsed', 'true');
  await sidebar(page).locator('.dor-tab').click();
  await expect(sidebar(page).getByText('Deprivation order entered on this page').first()).toBeVisible();
  // Defendant 2 of the case has no order on the screen: the status says so.
  await expect(sidebar(page).getByText('Deprivation order entered on this page for 1 of 2 defendants. Check the others.').first()).toBeVisible();
  // The toolbar says so too: a tick, not the reminder's "!".
  await expect.poll(() => badgeText(ext.serviceWorker, page)).toBe('\u2713');
  await expect.poll(async () => observations(await recordEntries(ext.serviceWorker)).length, { timeout: 10_000 }).toBe(1);
  const [entry] = observations(await recordEntries(ext.serviceWorker));
  expect(entry).toMatchObject({
    kind: 'observation',
    observation: 'deprivation-order-on-page',
    stage: 'results-entry',
    role: 'legal-adviser',
    mode: 'live',
    site: server.url,
    offence: { id: 'soa2003-s67-3' },
  });
  // The reference is stored as a keyed hash, never as written.
  expect(JSON.stringify(entry)).not.toContain('09TR2610212');

  await page.reload();
  expect(await reportedVerdict(ext.serviceWorker, page)).toBe('match');
  await expect(sidebar(page)).toBeVisible();
  await page.waitForTimeout(1000);
  const entries = await recordEntries(ext.serviceWorker);
  expect(observations(entries)).toHaveLength(1);
  expect(entries.filter((e) => e.kind === 'outcome')).toHaveLength(0);
});

test('a register with a deprivation order on a fly-tipping case records no observation for the intimate-image cases', async ({ page, server, ext }) => {
  await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
  await page.goto(`${server.url}/training/register-mixed-stages.html`);
  expect(await reportedVerdict(ext.serviceWorker, page)).toBe('match');
  // One of its cases is listed for sentence: the sidebar opens.
  await expect(sidebar(page)).toBeVisible();
  await page.waitForTimeout(1000);
  expect(observations(await recordEntries(ext.serviceWorker))).toHaveLength(0);
});

test.describe('what shows, by stage and role', () => {
  test('acquittal: nothing at all', async ({ sharedPage: page, server, sharedExt: ext }) => {
    await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
    await page.goto(`${server.url}/training/cp-acquittal.html`);
    expect(await reportedVerdict(ext.serviceWorker, page)).toBe('match');
    await page.waitForTimeout(1000);
    await expect(sidebar(page)).toHaveCount(0);
    await expect(indicator(page)).toHaveCount(0);
    // Not even a badge: an acquittal has nothing to remind.
    expect(await badgeText(ext.serviceWorker, page)).toBe('');
  });

  test('legal adviser at a first hearing (not-guilty plea): the indicator only; it opens the sidebar on request', async ({ sharedPage: page, server, sharedExt: ext }) => {
    await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
    await page.goto(`${server.url}/training/cp-pleas-first-hearing.html`);
    expect(await reportedVerdict(ext.serviceWorker, page)).toBe('match');
    await expect(indicator(page)).toBeVisible();
    await expect(sidebar(page)).toHaveCount(0);
    await indicator(page).click();
    await expect(sidebar(page)).toBeVisible();
  });

  test('prosecutor at the same first hearing: the sidebar', async ({ sharedPage: page, server, sharedExt: ext }) => {
    await setSettings(ext.serviceWorker, { role: 'prosecutor' });
    await page.goto(`${server.url}/training/cp-pleas-first-hearing.html`);
    expect(await reportedVerdict(ext.serviceWorker, page)).toBe('match');
    await expect(sidebar(page)).toBeVisible();
    await expect(indicator(page)).toHaveCount(0);
  });

  test('legal adviser at a sentence hearing: the sidebar, in full', async ({ sharedPage: page, server, sharedExt: ext }) => {
    await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
    await page.goto(`${server.url}/training/cp-sentence-hearing.html`);
    expect(await reportedVerdict(ext.serviceWorker, page)).toBe('match');
    await expect(sidebar(page)).toBeVisible();
    await expect(indicator(page)).toHaveCount(0);
    await expect.poll(() => badgeText(ext.serviceWorker, page)).toBe('!');
  });
});

test('bundled training page with the order entered: a training observation, and an acquittal shows nothing', async ({ page, ext }) => {
  await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
  await page.goto(`chrome-extension://${ext.extensionId}/training/cp-results-depo.html`);
  await expect(sidebar(page)).toBeVisible();
  await expect.poll(async () => observations(await recordEntries(ext.serviceWorker, 'training')).length, { timeout: 10_000 }).toBe(1);
  expect(observations(await recordEntries(ext.serviceWorker, 'live'))).toHaveLength(0);
  await page.goto(`chrome-extension://${ext.extensionId}/training/cp-acquittal.html`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(1000);
  await expect(sidebar(page)).toHaveCount(0);
  await expect(indicator(page)).toHaveCount(0);
});
