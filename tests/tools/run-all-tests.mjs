// `npm test`: every check the project has, in one command, failing on any failure.
//   1. wxt prepare (generated types)   2. TypeScript typecheck   3. unit + component tests (vitest)
//   4. release builds (Chrome/Edge and Firefox): the E2E suite checks their manifests and bundle budgets
//   5. the E2E build   6. end-to-end tests in real Chromium (Playwright), browser found or installed
//   7. the Firefox E2E build and end-to-end tests in real Firefox ESR (puppeteer-core over WebDriver BiDi)
// It ends with one summary line: "total: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumVersion, findChromium } from './chromium.mjs';
import { findFirefox, firefoxVersion } from './firefox.mjs';

const root = new URL('../..', import.meta.url).pathname;
const reports = join(root, 'tests', 'results'); // git-ignored
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const only = process.argv.slice(2); // e.g. `npm test -- unit` or `npm test -- e2e`
const want = (name) => only.length === 0 || only.includes(name);
const steps = [];
let passed = 0;
let failed = 0;

function step(name, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  const ok = r.status === 0;
  steps.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

step('prepare', 'npx', ['wxt', 'prepare']);
if (want('typecheck')) {
  if (step('typecheck', 'npx', ['tsc', '--noEmit'])) passed += 1;
  else failed += 1;
}

if (want('unit')) {
  const out = join(reports, 'vitest.json');
  const ok = step('unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const json = readJson(out);
  if (json) {
    passed += json.numPassedTests ?? 0;
    failed += (json.numFailedTests ?? 0) + (ok || json.numFailedTests ? 0 : 1);
  } else if (!ok) failed += 1;
}

if (want('e2e')) {
  let chrome = null;
  try {
    chrome = findChromium();
    console.log(`\nUsing ${chrome} (${chromiumVersion(chrome)})`);
  } catch (e) {
    console.error(`\n${e.message}`);
    failed += 1;
  }
  const built =
    step('release build (Chrome/Edge)', 'npx', ['wxt', 'build']) &&
    step('release build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']) &&
    step('E2E build', 'node', ['tests/tools/build-e2e.mjs']);
  if (!built) failed += 1;
  if (chrome && built) {
    const out = join(reports, 'playwright.json'); // written by the json reporter in playwright.config.ts
    const ok = step('end-to-end tests (Chromium)', 'npx', ['playwright', 'test'], { CHROME_PATH: chrome });
    const stats = readJson(out)?.stats;
    if (stats) {
      passed += stats.expected ?? 0;
      failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0) + (ok || stats.unexpected ? 0 : 1);
    } else if (!ok) failed += 1;
  }
}

// Firefox: its own suite (tests/e2e-firefox), counted apart from Chromium's.
if (want('e2e') || want('e2e-firefox')) {
  let firefox = null;
  try {
    firefox = findFirefox();
    console.log(`\nUsing ${firefox} (${firefoxVersion(firefox)})`);
  } catch (e) {
    console.error(`\n${e.message}`);
    failed += 1;
  }
  const built =
    (want('e2e') || step('release build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox'])) &&
    step('E2E build (Firefox)', 'node', ['tests/tools/build-e2e.mjs', '--firefox']);
  if (!built) failed += 1;
  if (firefox && built) {
    const out = join(reports, 'playwright-firefox.json'); // written by playwright.firefox.config.ts
    const ok = step('end-to-end tests (Firefox)', 'npx', ['playwright', 'test', '-c', 'playwright.firefox.config.ts'], { FIREFOX_PATH: firefox });
    const stats = readJson(out)?.stats;
    if (stats) {
      passed += stats.expected ?? 0;
      failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0) + (ok || stats.unexpected ? 0 : 1);
    } else if (!ok) failed += 1;
  }
}

console.log('\n=== summary');
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds.toFixed(1)} s)`);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && steps.every((s) => s.ok) ? 0 : 1);
