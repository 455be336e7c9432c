import { test } from './fixtures';
import { setSettings } from './helpers';

test('explore register', async ({ page, server, ext }) => {
  await setSettings(ext.serviceWorker, { role: 'legal-adviser' });
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 300)));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${server.url}/training/register-brackenford.html`);
  await page.waitForTimeout(5000);
  console.log(await page.evaluate(() => { const h = document.querySelector('deprivation-order-reminder'); return h ? (h.shadowRoot?.innerHTML.slice(0, 1500) ?? 'no shadow') + ' style=' + h.getAttribute('style') : 'no host'; }));
  await page.screenshot({ path: `/tmp/sidebar-bench/register.png` });
});
