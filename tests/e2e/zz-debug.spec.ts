import { test } from './fixtures';
test('debug', async ({ page, server, ext }) => {
  ext.serviceWorker.on('console', (m) => console.log('SW:', m.text()));
  page.on('console', (m) => console.log('PAGE:', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('PAGEERR:', e.message));
  await page.goto(`${server.url}/training/cp-s66b2.html`);
  await page.waitForTimeout(3000);
  console.log(JSON.stringify(await ext.serviceWorker.evaluate(async () => (globalThis as any).chrome.storage.session.get(null))));
  console.log(await page.evaluate(() => document.documentElement.lastElementChild?.tagName));
});
