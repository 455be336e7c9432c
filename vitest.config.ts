import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { prefilterDefine } from './lib/detect/prefilter-sources';

export default defineConfig({
  plugins: [WxtVitest()],
  // As in wxt.config.ts: the prefilter's sources are computed at build time.
  define: prefilterDefine(),
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
