import type { Locator, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';

type Chrome = {
  tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { session: { get(k: string | null): Promise<Record<string, unknown>> }; local: { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};

export function sidebar(page: Page) {
  return page.getByRole('complementary', { name: /^Deprivation order reminder/ });
}

export function indicator(page: Page) {
  return page.locator('deprivation-order-reminder-indicator button');
}

/** What the case-page script reported to the background for this page (polls until it has). */
export async function reportedVerdict(sw: Worker, page: Page): Promise<string> {
  let verdict = '';
  await expect
    .poll(
      async () => {
        verdict = await sw.evaluate(async (url) => {
          const c = (globalThis as unknown as { chrome: Chrome }).chrome;
          const tabs = await c.tabs.query({});
          const tab = tabs.find((t) => t.url === url);
          if (!tab) return '';
          const rec = (await c.storage.session.get(`tab:${tab.id}`))[`tab:${tab.id}`] as { summary?: { verdict: string } } | undefined;
          return rec?.summary?.verdict ?? '';
        }, page.url());
        return verdict;
      },
      { timeout: 15_000 },
    )
    .not.toBe('');
  return verdict;
}

/** The toolbar badge's text for this page's tab, as the browser holds it. */
export async function badgeText(sw: Worker, page: Page): Promise<string | null> {
  return sw.evaluate(async (url) => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const tab = (await c.tabs.query({})).find((t) => t.url === url);
    return tab ? c.action.getBadgeText({ tabId: tab.id }) : null;
  }, page.url());
}

export async function setSettings(sw: Worker, patch: Record<string, unknown>): Promise<void> {
  await sw.evaluate(async (p) => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const current = ((await c.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await c.storage.local.set({ settings: { ...current, ...p } });
  }, patch);
}

export async function recordEntries(sw: Worker, mode: 'live' | 'training' = 'live'): Promise<Record<string, unknown>[]> {
  return sw.evaluate(async (m) => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const all = await c.storage.local.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith(`record:${m}:`))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, v]) => v as Record<string, unknown>);
  }, mode);
}

/** One matching case's section in the sidebar, by the reference the page prints (the only one when omitted). */
export function caseSection(page: Page, ref?: string) {
  const sections = sidebar(page).locator('section.dor-case');
  return ref ? sections.filter({ has: page.getByRole('heading', { name: `Case ${ref}` }) }) : sections.first();
}

/**
 * Records a case's decision the way a user does: a real click on an outcome, a reason when it asks for
 * one, and a real click on Record (two clicks when no reason is needed). Shared by the Chromium and
 * Firefox suites. Waits for the sidebar to confirm it.
 */
export async function recordDecision(page: Page, options: { outcome: string | RegExp; reason?: string; ref?: string; note?: string }) {
  const section = caseSection(page, options.ref);
  await section.getByRole('radio', { name: options.outcome, exact: typeof options.outcome === 'string' }).click();
  if (options.reason) await chooseWithKeys(page, section.getByRole('combobox', { name: /Reason/ }), options.reason);
  if (options.note) await section.getByRole('textbox', { name: /Private note/ }).fill(options.note);
  await section.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(section.getByText(/^Recorded: /).first()).toBeVisible();
}

/**
 * Picks an option of a closed <select> as a keyboard user does (focus, then arrow keys), so its input
 * and change events are the browser's own. (`selectOption` dispatches synthetic ones, which the
 * sidebar refuses like any other page-made event: lib/content/trusted-events.ts.)
 */
export async function chooseWithKeys(page: Page, select: Locator, label: string) {
  const labels = await select.locator('option').allTextContents();
  const target = labels.findIndex((l) => l.trim() === label);
  expect(target, `option "${label}" in ${JSON.stringify(labels)}`).toBeGreaterThanOrEqual(0);
  await select.focus();
  const current = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
  for (let i = current; i !== target; i += target > current ? 1 : -1) await page.keyboard.press(target > current ? 'ArrowDown' : 'ArrowUp');
  await expect.poll(() => select.evaluate((el) => (el as HTMLSelectElement).selectedIndex)).toBe(target);
}

/** Ticks a checklist point ("done", or "discussed" for trainers) with a real click. */
export async function tickPoint(page: Page, summary: RegExp, ref?: string) {
  const box = caseSection(page, ref).getByRole('checkbox', { name: summary });
  await box.click();
  await expect(box).toHaveAttribute('aria-checked', 'true');
}

/** The outcome entries of the record, oldest first. */
export async function outcomeEntries(sw: Worker, mode: 'live' | 'training' = 'live') {
  return (await recordEntries(sw, mode)).filter((e) => e.kind === 'outcome');
}

/**
 * The focus shortcut, as the browser delivers it: checks the browser has a key for the
 * `focus-sidebar` command, then fires the background's real onCommand listener for this page's tab.
 * (A key pressed through Playwright goes to the page, not to the browser's shortcut handling, so it
 * cannot trigger an extension command in headless Chromium.) Returns the key.
 */
export async function pressFocusShortcut(sw: Worker, page: Page): Promise<string> {
  return sw.evaluate(async (url) => {
    const c = (globalThis as unknown as {
      chrome: Chrome & {
        commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]>; onCommand: { dispatch(name: string, tab: unknown): void } };
      };
    }).chrome;
    const shortcut = (await c.commands.getAll()).find((cmd) => cmd.name === 'focus-sidebar')?.shortcut;
    if (!shortcut) throw new Error('the focus-sidebar command has no shortcut');
    const tab = (await c.tabs.query({})).find((t) => t.url === url);
    if (!tab) throw new Error(`no tab at ${url}`);
    c.commands.onCommand.dispatch('focus-sidebar', tab);
    return shortcut;
  }, page.url());
}

/**
 * Records an outcome on the first prompt of the sidebar (the deprivation-order decision) the way a
 * user does. The sidebar's recording UI is being redesigned: this is the one place to adapt.
 */
export async function recordOutcomeInSidebar(page: Page, url: string, outcomeLabel: string): Promise<void> {
  await page.goto(url);
  const form = sidebar(page).locator('form').first();
  // The sidebar is injected after detection; on a loaded shared machine that can take a while.
  await expect(form).toBeVisible({ timeout: 45_000 });
  await form.getByLabel(outcomeLabel, { exact: true }).check();
  await form.getByRole('button', { name: 'Record' }).click();
  await expect(sidebar(page).getByText(/^Recorded:/).first()).toBeVisible();
}

/** Sends a message to the background from an extension page, as the record page does. */
export async function sendFromPage<T = unknown>(page: Page, type: string, payload: object): Promise<{ ok: boolean; value: T; error?: { message: string } }> {
  return page.evaluate(
    async ([t, p]) => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome;
      return c.runtime.sendMessage({ type: t, payload: p });
    },
    [type, payload] as const,
  ) as Promise<{ ok: boolean; value: T; error?: { message: string } }>;
}
