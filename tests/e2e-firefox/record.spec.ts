import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { entryHash } from '../../lib/record/chain';
import { expect, test } from './fixtures';
import {
  backgroundRunning,
  clickButton,
  E2E_BUILD,
  installExtension,
  openExtensionPage,
  pageText,
  recordEntries,
  registeredMatches,
  sendMessage,
  setSettings,
  uninstallExtension,
  type Firefox,
} from './harness';
import { recordDecision, recordedCount, waitForSidebar } from './sidebar-actions';

/**
 * The record in Firefox: an outcome recorded in the sidebar goes through the real background (an
 * MV3 event page here, not a service worker) into storage.local, shows on the record page, survives
 * the event page being suspended and the whole add-on being reloaded, and moves to a fresh install by
 * export and import with the same head hash.
 */

type Stored = { seq: number; kind: string; prevHash: string; hash: string; [k: string]: unknown };

async function expectValidChain(entries: Stored[]) {
  let prev = '0'.repeat(64);
  for (const [i, e] of entries.entries()) {
    expect(e.seq).toBe(i + 1);
    expect(e.prevHash).toBe(prev);
    expect(await entryHash(e as unknown as Record<string, unknown>)).toBe(e.hash);
    prev = e.hash;
  }
  return prev;
}

/** The record page lists outcomes by default ("prompt shown" rows only when asked). */
const outcomes = (entries: Stored[]) => entries.filter((e) => e.kind === 'outcome').length;

/** Rows of the record page's entries table (found by its caption; the summary is a table too). */
function entryRowCount(record: Page): Promise<number> {
  return record.evaluate(() => {
    const caption = [...document.querySelectorAll('caption')].find((c) => /^Entries\b.*newest first/.test(c.textContent?.trim() ?? ''));
    return caption?.closest('table')?.querySelectorAll('tbody > tr').length ?? -1;
  });
}

/**
 * Reloads the add-on the way about:debugging's *Reload* does (the temporary add-on installed again
 * over itself): a new background, storage kept. Resolves once its site scripts are registered again.
 */
async function reloadAddOn(ff: Firefox, api: Page): Promise<Page> {
  await api.close();
  await installExtension(ff, E2E_BUILD).then((p) => p.close());
  const again = await openExtensionPage(ff.browser, 'popup.html');
  await expect.poll(() => registeredMatches(again), { timeout: 20_000 }).toHaveLength(2);
  return again;
}

test('an outcome recorded in the sidebar is on the record page, survives the event page stopping and the add-on reloading, and export → import into a fresh install keeps the head hash', async ({
  ff,
  api,
  tab,
  server,
}) => {
  test.setTimeout(240_000);
  await setSettings(api, { role: 'legal-adviser' });
  await tab.goto(`${server.url}/training/cp-s66b2.html`);
  await waitForSidebar(tab);
  await recordDecision(tab);

  // Through the background into storage.local: an outcome with the role, site and offence; the URN
  // only as a keyed hash.
  let entries = (await recordEntries(api)) as Stored[];
  const outcome = entries.find((e) => e.kind === 'outcome')!;
  expect(outcome).toMatchObject({ mode: 'live', role: 'legal-adviser', site: server.url, offence: { id: 'soa2003-s66b-2' } });
  expect((outcome.caseRef as { type: string }).type).toBe('hmac');
  expect(JSON.stringify(entries)).not.toContain('09TR2510388');

  // The record page lists it.
  let record = await openExtensionPage(ff.browser, 'record.html');
  await expect.poll(() => entryRowCount(record)).toBe(outcomes(entries));
  await record.close();

  // 1. The event page is suspended when idle (extensions.background.idle.timeout, 3 s in this
  //    profile); the next decision wakes it and the chain continues.
  await expect.poll(() => backgroundRunning(api), { timeout: 30_000, message: 'the event page was suspended' }).toBe(false);
  await tab.reload();
  await waitForSidebar(tab);
  await expect.poll(() => recordedCount(tab), { message: 'the recorded decision is shown after the reload' }).toBeGreaterThan(0);
  await recordDecision(tab);
  expect(await backgroundRunning(api)).toBe(true);

  // 2. The whole add-on reloads (runtime.reload: a fresh background, extension pages closed).
  api = await reloadAddOn(ff, api);
  await tab.reload();
  await waitForSidebar(tab);
  await recordDecision(tab);
  entries = (await recordEntries(api)) as Stored[];
  expect(entries.filter((e) => e.kind === 'outcome')).toHaveLength(3);
  const head = await expectValidChain(entries);
  const verified = await sendMessage(api, 'record.verify', { mode: 'live' });
  expect(verified).toMatchObject({ ok: true, value: { ok: true, count: entries.length, headHash: head } });

  record = await openExtensionPage(ff.browser, 'record.html');
  await expect.poll(() => entryRowCount(record)).toBe(outcomes(entries));
  await clickButton(record, /^Check the record has not been changed/);
  await expect.poll(() => pageText(record)).toContain(`all ${entries.length} entries are intact`);

  // Export through the page (a real download in this profile's download folder)...
  const before = new Set(readdirSync(ff.downloadDir));
  await clickButton(record, /^Export as JSON/);
  let file = '';
  await expect
    .poll(() => {
      file = readdirSync(ff.downloadDir).find((f) => !before.has(f) && f.endsWith('.json')) ?? '';
      return file !== '' && readFileSync(join(ff.downloadDir, file), 'utf8').trim().endsWith('}');
    }, { message: 'the JSON export was downloaded' })
    .toBe(true);
  const exported = readFileSync(join(ff.downloadDir, file), 'utf8');
  expect(JSON.parse(exported).logs.live.headHash).toBe(head);

  // ... and import it into a fresh install (uninstalling a temporary add-on deletes its storage).
  await record.close();
  await api.close();
  await uninstallExtension(ff);
  api = await installExtension(ff, E2E_BUILD);
  expect(await recordEntries(api)).toEqual([]);
  record = await openExtensionPage(ff.browser, 'record.html');
  await expect.poll(() => pageText(record)).toContain('No entries match.');
  const upload = join(ff.downloadDir, 'to-import.json');
  writeFileSync(upload, exported);
  const input = await record.waitForSelector('input[type="file"]');
  await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(upload);
  await expect.poll(() => pageText(record)).toContain(`Import finished: ${entries.length} entries added, 0 already here.`);
  await expect.poll(() => entryRowCount(record)).toBe(outcomes(entries));
  expect(await sendMessage(api, 'record.verify', { mode: 'live' })).toMatchObject({ ok: true, value: { ok: true, headHash: head } });
});
