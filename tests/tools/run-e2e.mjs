// `npm run test:e2e [-- playwright args]`: E2E only, against a fresh E2E build.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const chrome = findChromium();
const build = spawnSync('node', ['tests/tools/build-e2e.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
process.exit(r.status ?? 1);
