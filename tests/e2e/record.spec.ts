import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { PROMPT_DEFINITIONS } from '../../lib/prompts';
import { OUTCOMES_NEEDING_REASON } from '../../lib/prompts/outcomes';
import { entryHash } from '../../lib/record/chain';
import { expect, foreignRequests, launchExtension, test, waitForSiteScripts, type Launched } from './fixtures';
import { caseSection, setSettings, sidebar } from './helpers';

/**
 * Issue 5 acceptance: the acknowledgement record under real use in Chromium. Concurrent tabs, a
 * service worker stopped mid-run, reload, export/import into a fresh profile, and a profile whose
 * storage holds junk before the extension starts.
 */

type Reply = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
type StoredEntry = {
  seq: number;
  kind: 'shown' | 'outcome' | 'purge';
  clientId: string;
  caseRef: unknown;
  prevHash: string;
  hash: string;
  [k: string]: unknown;
};

const ROLE = 'legal-adviser';
const PER_TAB = 20;
/** How often the worker is stopped during the run. */
const STOP_EVERY_MS = 350;
/** Transport failures (worker stopped under the message): the same client id may be sent again. */
const TRANSPORT = new Set(['send-failed', 'no-response']);

function aPrompt() {
  const def = PROMPT_DEFINITIONS.find((d) => d.roles.includes(ROLE));
  if (!def) throw new Error('no prompt for the legal adviser role');
  return { id: def.id, version: def.version, lang: 'en' };
}

function appendPayload(clientId: string, caseRef: string, site: string) {
  return {
    clientId,
    event: 'outcome',
    mode: 'live',
    role: ROLE,
    caseRef,
    site,
    prompt: aPrompt(),
    offence: { id: 'soa2003-s66b-2', evidenceKind: 'cjs-code' },
    outcome: 'raised-with-court',
    reason: null,
    note: null,
    corrects: null,
  };
}

/** Sends one message from an extension page (a legitimate sender), as the extension's own pages do. */
async function sendFrom(page: Page, type: string, payload: unknown): Promise<Reply> {
  return page.evaluate(
    async ([t, p]) => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      try {
        const r = (await c.runtime.sendMessage({ type: t, payload: p })) as Reply | undefined;
        return r ?? { ok: false, error: { code: 'no-response', message: 'no answer' } };
      } catch (e) {
        return { ok: false, error: { code: 'send-failed', message: String(e) } };
      }
    },
    [type, payload] as const,
  );
}

async function storedLive(page: Page): Promise<{ entries: StoredEntry[]; all: Record<string, unknown> }> {
  const all = await page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    return c.storage.local.get(null);
  });
  const entries = Object.entries(all)
    .filter(([k]) => /^record:live:\d{8,}$/.test(k))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, v]) => v as StoredEntry);
  return { entries, all };
}

/** Recomputes the chain in Node, independently of the extension's own verify. */
async function expectValidChain(entries: StoredEntry[], head: unknown) {
  let prev = '0'.repeat(64);
  for (const [i, e] of entries.entries()) {
    expect(e.seq, 'seqs run 1..n without gaps').toBe(i + 1);
    expect(e.prevHash, `entry ${e.seq} follows the one before`).toBe(prev);
    expect(await entryHash(e as unknown as Record<string, unknown>), `entry ${e.seq} hash`).toBe(e.hash);
    prev = e.hash;
  }
  expect(head).toMatchObject({ seq: entries.length, hash: prev });
}

/**
 * Records `times` outcomes through the sidebar with real (trusted) clicks: the first answer, then
 * "Change" + "Record" again (a correction, which is an outcome entry too). A failure the sidebar
 * shows is retried the way a user would: by pressing Record again.
 */
async function recordThroughSidebar(page: Page, times: number) {
  // The case's decision: the first answer, then corrections of it.
  const task = caseSection(page);
  await expect(task.getByRole('button', { name: 'Record', exact: true })).toBeVisible();
  const notNeedingReason = OUTCOMES_NEEDING_REASON.map((o) => `:not([value="${o}"])`).join('');
  const change = task.getByRole('button', { name: /^Change/ });
  const failure = task.locator('.dor-failure');
  let confirmed = 0;
  let userRetries = 0;
  for (let i = 0; i < times; i++) {
    if (i === 0) await task.locator(`input[type="radio"]${notNeedingReason}`).first().check();
    else await change.click();
    for (;;) {
      await task.getByRole('button', { name: 'Record', exact: true }).click();
      await change.or(failure).first().waitFor();
      if (await change.isVisible()) break;
      userRetries++;
      expect(userRetries, 'the sidebar kept failing to record').toBeLessThan(5);
    }
    confirmed++;
  }
  return { confirmed, userRetries };
}

/** Stops every service worker (ours included: the session belongs to an extension page). */
async function stopWorkers(cdp: CDPSession) {
  await cdp.send('ServiceWorker.stopAllWorkers');
}

async function exportJson(recordPage: Page): Promise<string> {
  const [download] = await Promise.all([
    recordPage.waitForEvent('download'),
    recordPage.getByRole('button', { name: /^Export as JSON/ }).click(),
  ]);
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

async function verifyOnPage(recordPage: Page): Promise<{ text: string; headHash: string }> {
  await recordPage.getByRole('button', { name: 'Check the record has not been changed' }).click();
  const panel = recordPage.getByRole('region', { name: 'Record check' });
  await expect(panel).toBeVisible();
  const headHash = (await panel.locator('code.rec-hash').first().textContent()) ?? '';
  return { text: (await panel.textContent()) ?? '', headHash };
}

/** The rows of the entries table (the summary is a table too). */
function entryRows(recordPage: Page) {
  return recordPage.getByRole('region', { name: /^Entries \d+ to \d+ of \d+/ }).locator('tbody > tr');
}

/** The table is paged (50 rows) and hides "prompt shown" rows unless asked: show them all. */
async function showAllKinds(recordPage: Page) {
  await recordPage.getByLabel('Show "prompt shown" rows').check();
}

async function openRecordPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/record.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Acknowledgement record' })).toBeVisible();
  return page;
}

test('3 tabs × 20 outcomes with the worker stopped mid-run: nothing confirmed is lost, no duplicates, a valid chain; reload shows them; export → import into a fresh profile keeps the head hash', async ({
  ext,
  page,
  server,
}) => {
  test.setTimeout(180_000);
  const started = Date.now();
  const { context, extensionId } = ext;
  await setSettings(ext.serviceWorker, { role: ROLE });

  // Tabs 1 and 2: two case pages with the sidebar, driven by real clicks.
  const tabA = page;
  const tabB = await context.newPage();
  await tabA.goto(`${server.url}/training/cp-s66b2.html`);
  await tabB.goto(`${server.url}/training/cp-s66b1.html`);
  // The first appearance waits for the detector and the sidebar to load: slow on a shared, busy machine.
  await expect(sidebar(tabA)).toBeVisible({ timeout: 30_000 });
  await expect(sidebar(tabB)).toBeVisible({ timeout: 30_000 });
  // Tab 3: the record page, appending through the real message path as fast as it can.
  const tabC = await openRecordPage(context, extensionId);
  const cdp = await context.newCDPSession(tabC);
  await cdp.send('ServiceWorker.enable');
  const workerStates: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) workerStates.push(v.runningStatus);
  });

  const msgCase = 'E2E-MSG-CASE-1';
  const okIds: string[] = [];
  let transportRetries = 0;
  let stops = 0;
  const messaging = (async () => {
    for (let i = 0; i < PER_TAB; i++) {
      const clientId = `e2e-msg-${String(i).padStart(4, '0')}`;
      const payload = appendPayload(clientId, msgCase, server.url);
      let r = await sendFrom(tabC, 'record.append', payload);
      while (!r.ok && TRANSPORT.has(r.error?.code ?? '')) {
        transportRetries++;
        expect(transportRetries, 'the worker never came back').toBeLessThan(20);
        r = await sendFrom(tabC, 'record.append', payload);
      }
      expect(r, `append ${i}`).toMatchObject({ ok: true });
      okIds.push(clientId);
    }
  })();
  // Meanwhile, stop the worker again and again while the three tabs' appends are in flight.
  let running = true;
  const stopper = (async () => {
    while (running) {
      await new Promise((r) => setTimeout(r, STOP_EVERY_MS));
      if (!running) break;
      await stopWorkers(cdp);
      stops++;
    }
  })();
  const recordingStarted = Date.now();
  let uiA: { confirmed: number; userRetries: number };
  let uiB: typeof uiA;
  try {
    [uiA, uiB] = await Promise.all([recordThroughSidebar(tabA, PER_TAB), recordThroughSidebar(tabB, PER_TAB), messaging]);
  } finally {
    running = false;
    await stopper;
  }
  const recordedMs = Date.now() - recordingStarted;

  expect(stops).toBeGreaterThanOrEqual(2);
  expect(workerStates, 'the extension worker was really stopped').toContain('stopped');
  expect(uiA.confirmed).toBe(PER_TAB);
  expect(uiB.confirmed).toBe(PER_TAB);
  expect(okIds).toHaveLength(PER_TAB);

  // Storage: exactly 60 outcomes (20 per tab), every confirmed one present once, and a valid chain.
  const { entries, all } = await storedLive(tabC);
  const outcomes = entries.filter((e) => e.kind === 'outcome');
  expect(outcomes).toHaveLength(3 * PER_TAB);
  const clientIds = entries.map((e) => e.clientId);
  expect(new Set(clientIds).size, 'no entry is stored twice').toBe(clientIds.length);
  for (const id of okIds) expect(clientIds).toContain(id);
  const perCase = new Map<string, number>();
  for (const e of outcomes) perCase.set(JSON.stringify(e.caseRef), (perCase.get(JSON.stringify(e.caseRef)) ?? 0) + 1);
  expect([...perCase.values()].sort()).toEqual([PER_TAB, PER_TAB, PER_TAB]);
  await expectValidChain(entries, all['record:head:live']);
  const verified = await sendFrom(tabC, 'record.verify', { mode: 'live' });
  expect(verified).toMatchObject({ ok: true, value: { ok: true, count: entries.length, headSeq: entries.length } });
  const headHash = (verified.value as { headHash: string }).headHash;
  expect(headHash).toBe(entries.at(-1)!.hash);

  // A reload of the record page shows every entry.
  await tabC.reload();
  await showAllKinds(tabC);
  const rows = entryRows(tabC);
  await expect(rows).toHaveCount(Math.min(50, entries.length));
  await expect(tabC.getByText(`Entries 1 to ${Math.min(50, entries.length)} of ${entries.length}, newest first`)).toBeVisible();
  const shownHere = await verifyOnPage(tabC);
  expect(shownHere.text).toContain(`all ${entries.length} entries are intact`);
  expect(shownHere.headHash).toBe(headHash);

  // Export through the page, import into a fresh profile through its page: same head hash.
  const exported = await exportJson(tabC);
  expect(JSON.parse(exported).logs.live.headHash).toBe(headHash);
  const fresh = await launchExtension();
  try {
    await waitForSiteScripts(fresh.serviceWorker);
    const importPage = await openRecordPage(fresh.context, fresh.extensionId);
    await expect(importPage.getByText('No entries match.')).toBeVisible();
    await importPage.getByLabel('Import a JSON export').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect(importPage.getByText(`Import finished: ${entries.length} entries added, 0 already here.`)).toBeVisible();
    await showAllKinds(importPage);
    await expect(importPage.getByText(`Entries 1 to ${Math.min(50, entries.length)} of ${entries.length}, newest first`)).toBeVisible();
    await expect(entryRows(importPage)).toHaveCount(Math.min(50, entries.length));
    const shownThere = await verifyOnPage(importPage);
    expect(shownThere.text).toContain(`all ${entries.length} entries are intact`);
    expect(shownThere.headHash).toBe(headHash);
    expect(foreignRequests(fresh.requests, server.url)).toEqual([]);
  } finally {
    await fresh.context.close();
    rmSync(fresh.userDataDir, { recursive: true, force: true });
  }

  console.log(
    `record E2E: ${entries.length} entries (${outcomes.length} outcomes) recorded in ${recordedMs} ms across 3 tabs; ` +
      `${stops} worker stops; ${transportRetries} transport retries (page), ${uiA.userRetries + uiB.userRetries} user retries (sidebar); total ${Date.now() - started} ms`,
  );
});

test('junk and corrupt values under record keys before start: the extension starts, keeps the valid entries and the record page shows the quarantine notice', async ({
  server,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'dor-e2e-junk-'));
  let launched: Launched | null = null;
  const requests: string[] = [];
  try {
    // First run: one valid entry through the background, then junk written straight into storage.
    launched = await launchExtension(dir);
    await waitForSiteScripts(launched.serviceWorker);
    let recordPage = await openRecordPage(launched.context, launched.extensionId);
    const first = await sendFrom(recordPage, 'record.append', appendPayload('e2e-valid-0001', 'E2E-JUNK-CASE', server.url));
    expect(first).toMatchObject({ ok: true });
    const junk: Record<string, unknown> = {
      'record:live:00000002': 'not an entry at all',
      'record:live:00000003': { v: 1, kind: 'outcome', seq: 3, hash: 'not-a-hash' },
      'record:live:garbage-key': 42,
      'record:training:00000001': [1, 2, 3],
      'record:head:training': { seq: 'x' },
      'unrelated-junk': { deeply: { nested: [null, true] } },
    };
    await recordPage.evaluate(async (items) => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await c.storage.local.set(items);
    }, junk);
    requests.push(...launched.requests);
    await launched.context.close();
    launched = null;

    // Restart on the same profile.
    launched = await launchExtension(dir);
    await waitForSiteScripts(launched.serviceWorker);
    recordPage = await openRecordPage(launched.context, launched.extensionId);
    const notice = recordPage.getByRole('alert').filter({ hasText: 'stored items could not be read' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('5 stored items could not be read.');
    for (const key of ['record:live:00000002', 'record:live:00000003', 'record:live:garbage-key', 'record:training:00000001', 'record:head:training']) {
      await expect(notice).toContainText(key);
    }
    await expect(entryRows(recordPage)).toHaveCount(1);

    // Nothing was wiped: the junk is still in place, copied aside, and the valid entry is intact.
    const { entries, all } = await storedLive(recordPage);
    expect(entries.map((e) => e.clientId)).toEqual(['e2e-valid-0001']);
    for (const [key, value] of Object.entries(junk)) expect(all[key]).toEqual(value);
    expect(Object.keys(all).filter((k) => k.startsWith('record:quarantine:'))).toHaveLength(5);

    // And it still works: a new entry goes after the unreadable ones, never over them.
    const next = await sendFrom(recordPage, 'record.append', appendPayload('e2e-valid-0002', 'E2E-JUNK-CASE', server.url));
    expect(next).toMatchObject({ ok: true, value: { duplicate: false, entry: { seq: 4 } } });
    expect((await storedLive(recordPage)).all['record:live:00000002']).toBe('not an entry at all');
    const casePage = await launched.context.newPage();
    await casePage.goto(`${server.url}/training/cp-s66b2.html`);
    await expect(sidebar(casePage)).toBeVisible();
    requests.push(...launched.requests);
  } finally {
    await launched?.context.close();
    rmSync(dir, { recursive: true, force: true });
  }
  expect(foreignRequests(requests, server.url), 'the extension must make no network requests').toEqual([]);
});

