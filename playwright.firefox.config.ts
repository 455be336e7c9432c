import { defineConfig } from '@playwright/test';

// The Firefox E2E suite: the built add-on (.output/firefox-mv3-e2e, and the release build for the
// optional-permission test) in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
// Playwright is only the test runner here (its own Firefox cannot load add-ons). FIREFOX_PATH is
// found by tests/tools/firefox.mjs; nothing is downloaded.
export default defineConfig({
  testDir: 'tests/e2e-firefox',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1, // one Firefox for the suite (its start-up is the slow part); two cores
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'tests/results/playwright-firefox.json' }]],
  outputDir: 'tests/results/playwright-firefox',
});
