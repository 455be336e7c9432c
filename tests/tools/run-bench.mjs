// `npm run bench [-- --runs N] [-- --no-build] [-- --no-browser]`: performance figures for issue 19, not
// part of `npm test`. Builds the release extension (sizes) and the E2E build (it treats 127.0.0.1 as a
// configured site), finds Chromium, then runs tests/bench/bench.ts, which prints tables with the targets
// and writes bench-results.json at the repo root. DOR_OUT_DIR builds elsewhere than .output/.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { chromiumVersion, findChromium } from './chromium.mjs';

const root = new URL('../..', import.meta.url).pathname;
const args = process.argv.slice(2);
const outDir = process.env.DOR_OUT_DIR || join(root, '.output');

function run(cmd, cmdArgs, env = {}) {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`${cmd} ${cmdArgs.join(' ')} failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}

const wantsBrowser = !args.includes('--no-browser');
const chrome = wantsBrowser ? findChromium() : '';
if (!args.includes('--no-build')) {
  console.error('=== release build (sizes): npx wxt build');
  run('npx', ['wxt', 'build']);
  if (wantsBrowser) {
    console.error('=== E2E build: node tests/tools/build-e2e.mjs');
    run('node', ['tests/tools/build-e2e.mjs']);
  }
}
const env = {
  DOR_EXTENSION_DIR: process.env.DOR_EXTENSION_DIR || join(outDir, 'chrome-mv3-e2e'),
  DOR_RELEASE_DIR: process.env.DOR_RELEASE_DIR || join(outDir, 'chrome-mv3'),
  ...(chrome ? { CHROME_PATH: chrome, DOR_CHROMIUM_VERSION: chromiumVersion(chrome) } : {}),
};
run('npx', ['tsx', 'tests/bench/bench.ts', ...args.filter((a) => a !== '--no-build')], env);
