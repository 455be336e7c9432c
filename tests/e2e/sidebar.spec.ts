import { expect, test } from './fixtures';

test('the sidebar opens on an intimate-image case page served from 127.0.0.1', async ({ page, server }) => {
  await page.goto(`${server.url}/training/cp-s66b2.html`);
  const sidebar = page.getByRole('complementary', { name: /^Deprivation order reminder/ });
  await expect(sidebar).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/screenshots/first.png' });
});
