// `npm run test:e2e:firefox [-- playwright args]`: the Firefox E2E suite only, against fresh Firefox
// builds (the E2E build and the release build, which the optional-permission test installs).
import { spawnSync } from 'node:child_process';
import { findFirefox } from './firefox.mjs';

const firefox = findFirefox();
for (const args of [['tests/tools/build-e2e.mjs', '--firefox']]) {
  const r = spawnSync('node', args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const release = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
if (release.status !== 0) process.exit(release.status ?? 1);
const r = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.firefox.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FIREFOX_PATH: firefox },
});
process.exit(r.status ?? 1);
