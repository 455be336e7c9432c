import { defineConfig } from '@playwright/test';

// The E2E suite loads the built extension (.output/chrome-mv3-e2e) into real Chromium. The browser
// is found by tests/tools/chromium.mjs (CHROME_PATH); Playwright never downloads one.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1, // each test launches its own browser profile; two cores
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'tests/results/playwright.json' }]],
  outputDir: 'tests/results/playwright',
  use: { trace: 'retain-on-failure' },
});
