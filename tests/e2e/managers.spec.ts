import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { emptyRow } from '../../lib/record/aggregate';
import { buildSummaryFile } from '../../lib/record/summary-file';
import { DECISION_PROMPT_ID, ORDER_MADE_OUTCOMES } from '../../lib/prompts/outcomes';
import { expect, foreignRequests, launchExtension, test, waitForSiteScripts } from './fixtures';
import { recordEntries, recordOutcomeInSidebar, sendFromPage, setSettings } from './helpers';

/**
 * Issue 21: outcomes recorded on training pages → "Export summary for managers" → loaded with a
 * second file into the managers' page of a fresh profile: combined figures, charts and tables; the
 * file holds no case reference (plain or hashed) and no note.
 */
const NOTE = 'Phone belongs to the defendant mother';
const TRAINING = join(import.meta.dirname, '../../public/training');
// Pages where a legal adviser gets the open decision (cp-s66b4 is a first hearing: the quiet indicator only).
const PAGES = ['cp-s66b2.html', 'cp-s67a-upskirting.html', 'cp-s66b1.html'];

async function exportSummary(recordPage: Page): Promise<string> {
  await recordPage.getByLabel('Your court or team (optional)').fill('Anytown Magistrates');
  const [download] = await Promise.all([
    recordPage.waitForEvent('download'),
    recordPage.getByRole('button', { name: 'Export summary for managers' }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

test('record outcomes, export the summary, combine it with a second file in a fresh profile', async ({ page, server, ext }) => {
  test.setTimeout(180_000);
  await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
  await recordOutcomeInSidebar(page, `${server.url}/training/${PAGES[0]}`, 'Order made');
  await recordOutcomeInSidebar(page, `${server.url}/training/${PAGES[1]}`, 'Raised with the court');
  await recordOutcomeInSidebar(page, `${server.url}/training/${PAGES[2]}`, 'Raised with the court');

  // The follow-on for the second case, with a private note (through the background, as the sidebar sends it).
  const live = await recordEntries(ext.serviceWorker, 'live');
  const decisions = live.filter((e) => e.kind === 'outcome');
  expect(decisions.map((e) => (e.prompt as { id: string }).id)).toEqual([DECISION_PROMPT_ID, DECISION_PROMPT_ID, DECISION_PROMPT_ID]);
  await page.goto(`chrome-extension://${ext.extensionId}/record.html`);
  const second = decisions[1]!;
  // The prompt by name only: the background adds the hash of its text.
  const { textHash: _stored, ...secondPrompt } = second.prompt as Record<string, unknown>;
  const urns = PAGES.flatMap((p) => readFileSync(join(TRAINING, p), 'utf8').match(/\b\d{2}[A-Z]{2}\d{7}\b/g) ?? []);
  const urn = [...new Set(urns)][1]!;
  const appended = await sendFromPage(page, 'record.append', {
    clientId: 'e2e-follow-on-0001',
    event: 'outcome',
    mode: 'live',
    role: 'legal-adviser',
    caseRef: urn,
    site: server.url,
    prompt: secondPrompt,
    offence: second.offence,
    outcome: ORDER_MADE_OUTCOMES[0],
    reason: null,
    note: NOTE,
    corrects: null,
  });
  expect(appended.ok, appended.error?.message).toBe(true);

  // The record page opens on the answer.
  await page.reload();
  await expect(page.getByTestId('rec-headline')).toHaveText('2 deprivation orders in 3 recognised cases');
  const summary = await exportSummary(page);
  const file = JSON.parse(summary) as { rows: { ordersMade: unknown; casesRecognised: unknown }[]; organisation: string; smallNumbers: string };
  expect(file).toMatchObject({ format: 'deprivation-order-reminder/summary', formatVersion: 1, organisation: 'Anytown Magistrates', smallNumbers: 'protected' });
  expect(file.rows.every((r) => r.casesRecognised === 'fewer-than-5')).toBe(true);

  // No case reference, plain or hashed, and no note text anywhere in the file.
  const stored = await recordEntries(ext.serviceWorker, 'live');
  expect(urns.length).toBeGreaterThan(0);
  for (const ref of new Set(urns)) expect(summary).not.toContain(ref);
  for (const e of stored) {
    const ref = e.caseRef as { value: string } | null;
    if (ref) {
      expect(summary).not.toContain(ref.value);
      expect(summary).not.toContain(ref.value.slice(0, 8));
    }
    expect(summary).not.toContain(e.hash as string);
  }
  expect(stored.some((e) => e.note === NOTE)).toBe(true);
  expect(summary).not.toContain(NOTE);
  expect(summary).not.toContain(server.url);
  expect(summary).not.toMatch(/T\d\d:\d\d/);

  // The popup shows this month's figures.
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(page.getByTestId('popup-figures')).toContainText('2 deprivation orders in 3 recognised cases');

  // A second court's file (exact counts, for its own use), and a fresh profile for the manager.
  const month = (JSON.parse(summary) as { rows: { month: string }[] }).rows[0]!.month;
  const other = JSON.stringify(
    buildSummaryFile(
      [{ ...emptyRow(month, 'sharing', 'prosecutor'), casesRecognised: 40, casesWithDecision: 20, ordersMade: 6, outcomes: { [DECISION_PROMPT_ID]: { 'order-made': 6, declined: 14 } }, declinesByReason: { disproportionate: 14 } }],
      { exportId: 'b'.repeat(32), extensionVersion: '0.1.0', exportedMonth: month, organisation: 'Othertown Crown Court', smallNumbers: 'exact', caseRefKey: 'this-browser' },
    ),
  );
  const fresh = await launchExtension();
  try {
    await waitForSiteScripts(fresh.serviceWorker);
    const mgr = await fresh.context.newPage();
    await mgr.goto(`chrome-extension://${fresh.extensionId}/managers.html`);
    await expect(mgr.getByRole('heading', { level: 1, name: 'Summary for managers' })).toBeVisible();
    await expect(mgr.getByTestId('mi-same-case')).toContainText('cannot tell that two of them saw the same case');
    const input = mgr.getByLabel('Load summary files');
    await input.setInputFiles([
      { name: 'anytown.json', mimeType: 'application/json', buffer: Buffer.from(summary) },
      { name: 'othertown.json', mimeType: 'application/json', buffer: Buffer.from(other) },
    ]);
    // Ours: 3 cases and 2 orders over n rows (offence groups), each count "fewer than 5" (1 to 4); theirs: 40 and 6.
    const n = file.rows.length;
    const m = file.rows.filter((r) => r.ordersMade === 'fewer-than-5').length;
    expect([n, m]).toEqual([2, 2]); // sharing (two cases, one order) and upskirting (one case, one order)
    const headline = `${6 + m} to ${6 + 4 * m} deprivation orders in ${40 + n} to ${40 + 4 * n} recognised cases`;
    await expect(mgr.getByTestId('mi-headline')).toHaveText(headline);
    await expect(mgr.getByTestId('mi-chart-month')).toBeVisible();
    await expect(mgr.getByTestId('mi-outcomes-chart')).toBeVisible();
    await expect(mgr.getByTestId('mi-reasons-chart')).toBeVisible();
    await expect(mgr.getByTestId('mi-table-role')).toContainText('Prosecutor');
    await expect(mgr.getByTestId('mi-files')).toContainText('Anytown Magistrates');

    // Bad files: a repeat, a record export, a newer version, a damaged file. Nothing already loaded changes.
    await input.setInputFiles([
      { name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(summary) },
      { name: 'record.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"deprivation-order-reminder/record","formatVersion":1}') },
      { name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(other.replace('"formatVersion":1', '"formatVersion":2')) },
      { name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(other.slice(0, 100)) },
    ]);
    const problems = mgr.getByTestId('mi-problems');
    await expect(problems).toContainText('again.json was not loaded: it is the same export as one already loaded (anytown.json)');
    await expect(problems).toContainText('record.json was not loaded: This is a full acknowledgement record');
    await expect(problems).toContainText('newer.json was not loaded: The file was made by a newer version');
    await expect(problems).toContainText('damaged.json was not loaded: The file is damaged');
    await expect(mgr.getByTestId('mi-headline')).toHaveText(headline);

    const axe = await new AxeBuilder({ page: mgr }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(axe.passes.length).toBeGreaterThan(5);

    const [csv] = await Promise.all([mgr.waitForEvent('download'), mgr.getByRole('button', { name: /CSV/ }).click()]);
    const csvText = readFileSync(await csv.path(), 'utf8');
    expect(csvText.split('\r\n')[0]).toContain('"Deprivation orders made"');
    expect(csvText).toContain('"Prosecutor"');
    expect(foreignRequests(fresh.requests, server.url)).toEqual([]);
  } finally {
    await fresh.context.close();
    rmSync(fresh.userDataDir, { recursive: true, force: true });
  }
});
