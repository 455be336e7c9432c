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

/** The labels of the outcome choices of the first decision still open. */
async function openChoices(page: Page): Promise<ElementHandle<HTMLLabelElement>[]> {
  const form = await page.waitForSelector(`${PANEL} form`, { visible: true });
  return (await form!.$$('label')) as ElementHandle<HTMLLabelElement>[];
}

/**
 * Records one decision with real clicks: picks `outcome` (default: the first outcome that needs no
 * reason) on the first open decision and presses Record; resolves when the sidebar shows it recorded.
 */
export async function recordDecision(page: Page, outcome?: RegExp): Promise<string> {
  const want = outcome ?? NO_REASON;
  const before = await recordedCount(page);
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
  await expect.poll(() => recordedCount(page), { message: 'the sidebar shows the decision recorded' }).toBeGreaterThan(before);
  return chosen;
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
