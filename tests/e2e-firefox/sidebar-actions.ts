import { expect } from '@playwright/test';
import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * Every interaction of the Firefox suite with the sidebar's inside goes through this file, so a
 * change of the sidebar's design is followed here once. Clicks are puppeteer's BiDi input actions:
 * real, trusted pointer events, like a user's.
 */
export const HOST = 'deprivation-order-reminder';
const PANEL = `${HOST} >>> aside`;
/** Outcomes that need no reason, so one click on Record is enough. */
const NO_REASON = /^(Raised with the court|Order made|Done|Prosecution applying)$/;

/** Waits until the sidebar is on the page and visible; returns its panel. */
export async function waitForSidebar(page: Page, timeout = 30_000): Promise<ElementHandle<Element>> {
  const panel = await page.waitForSelector(PANEL, { visible: true, timeout });
  return panel!;
}

export function sidebarPresent(page: Page): Promise<boolean> {
  return page.evaluate((tag) => document.querySelector(tag) !== null, HOST);
}

/** The sidebar's visible text (through its open shadow root). */
export function sidebarText(page: Page): Promise<string> {
  return page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '', HOST);
}

/** The accessible name of the sidebar's landmark. */
export function sidebarLabel(page: Page): Promise<string> {
  return page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('aside')?.getAttribute('aria-label') ?? '', HOST);
}

/** Clicks (a real click) the first sidebar button whose text matches. */
async function clickSidebarButton(page: Page, name: RegExp): Promise<void> {
  for (const button of await page.$$(`${PANEL} button`)) {
    const text = (await button.evaluate((b) => b.textContent ?? '')).trim();
    if (name.test(text) && (await button.isVisible())) {
      await button.click();
      return;
    }
  }
  throw new Error(`no sidebar button ${name}`);
}

/**
 * The labels of the outcome choices of the first decision still open. A case whose decision is
 * already recorded sits collapsed: the user opens the panel and records what happened next (or
 * changes the decision where nothing can follow it).
 */
async function openChoices(page: Page): Promise<ElementHandle<HTMLLabelElement>[]> {
  const open = await page.$(`${PANEL} form`);
  if (!open || !(await open.isVisible())) {
    const collapsed = await page.evaluate(
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('aside')?.getAttribute('data-collapsed') === 'true',
      HOST,
    );
    if (collapsed) await (await page.$(`${PANEL} .dor-tab`))!.click();
    // A next step where the outcome has one (raised, then the order made); otherwise a correction.
    await clickSidebarButton(page, /^Record what happened next$/).catch(() => clickSidebarButton(page, /^Change\b/));
  }
  const form = await page.waitForSelector(`${PANEL} form`, { visible: true });
  return (await form!.$$('label')) as ElementHandle<HTMLLabelElement>[];
}

/**
 * Records one decision with real clicks: picks `outcome` (default: the first outcome that needs no
 * reason) on the first open decision and presses Record; resolves when the sidebar shows it recorded.
 */
export async function recordDecision(page: Page, outcome?: RegExp): Promise<string> {
  const want = outcome ?? NO_REASON;
  const before = await recordedStatuses(page);
  let chosen = '';
  for (const label of await openChoices(page)) {
    const text = (await label.evaluate((l) => l.textContent ?? '')).trim();
    if (want.test(text)) {
      await label.click();
      chosen = text;
      break;
    }
  }
  expect(chosen, 'an outcome to choose').not.toBe('');
  const form = await page.$(`${PANEL} form`);
  const submit = await form!.$('button[type="submit"]');
  await submit!.click();
  // A case shows its latest decision: a follow-on replaces the "Recorded: …" line rather than adding one.
  await expect.poll(async () => { const now = await recordedStatuses(page); return now !== '' && now !== before; }, { message: 'the sidebar shows the decision recorded' }).toBe(true);
  return chosen;
}

/** The sidebar's "Recorded: …" statuses, joined (empty when there are none). */
export function recordedStatuses(page: Page): Promise<string> {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    if (!root) return '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let t = walker.nextNode(); t; t = walker.nextNode()) if (/^\s*Recorded:/.test((t as Text).data)) found.push((t as Text).data.trim());
    return found.join('|');
  }, HOST);
}

/** How many "Recorded: …" statuses the sidebar shows. */
export function recordedCount(page: Page): Promise<number> {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    if (!root) return 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) if (/^\s*Recorded:/.test((t as Text).data)) n++;
    return n;
  }, HOST);
}
