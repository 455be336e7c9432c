// `npm test`: every check the project has, in one command, failing on any failure.
//   1. wxt prepare (generated types)   2. TypeScript typecheck   3. unit + component tests (vitest)
//   4. release builds (Chrome/Edge and Firefox): the E2E suite checks their manifests and bundle budgets
//   5. the E2E build   6. end-to-end tests in real Chromium (Playwright), browser found or installed
//   7. the Firefox E2E build and end-to-end tests in real Firefox ESR (puppeteer-core over WebDriver BiDi)
// It ends with the skipped tests per part (with the reason for skipped corpus suites: a plain clone has no
// ../shared) and one summary line: "total: N passed, N failed, N skipped". With CI set (`.ci/run`), any
// skipped test fails the run: CI has ../shared, runs as root and must run every test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumVersion, findChromium } from './chromium.mjs';
import { findFirefox, firefoxVersion } from './firefox.mjs';

const root = new URL('../..', import.meta.url).pathname;
const reports = join(root, 'tests', 'results'); // git-ignored
// Fresh results each run; the mutation run's reports and incremental files (tests/results/mutation/, from
// `npm run mutation`, which may be running beside this) are left alone.
mkdirSync(reports, { recursive: true });
for (const f of readdirSync(reports)) if (f !== 'mutation' && f !== 'stryker-tmp') rmSync(join(reports, f), { recursive: true, force: true });

const only = process.argv.slice(2); // e.g. `npm test -- unit` or `npm test -- e2e`
const want = (name) => only.length === 0 || only.includes(name);
const steps = [];
let passed = 0;
let failed = 0;
/** Skipped tests per part, each as a readable path ("file › suite › test"). */
const skipped = { vitest: [], Playwright: [] };
const inCI = Boolean(process.env.CI) && process.env.CI !== 'false';

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
    for (const file of json.testResults ?? []) {
      for (const t of file.assertionResults ?? []) {
        if (['pending', 'skipped', 'todo'].includes(t.status)) skipped.vitest.push([file.name.replace(root, ''), ...t.ancestorTitles, t.title].join(' › '));
      }
    }
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
    const report = readJson(out);
    const stats = report?.stats;
    const walk = (suite, path) => {
      for (const spec of suite.specs ?? []) {
        for (const t of spec.tests ?? []) {
          if (t.status === 'skipped') {
            const why = (t.annotations ?? []).filter((a) => a.type === 'skip' && a.description).map((a) => ` [skipped: ${a.description}]`).join('');
            skipped.Playwright.push([...path, spec.title].join(' › ') + why);
          }
        }
      }
      for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
    };
    for (const suite of report?.suites ?? []) walk(suite, [suite.title]);
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
    const report = readJson(out);
    const stats = report?.stats;
    // Skipped Firefox tests (the policy test without root) are listed and counted with Playwright's.
    const walk = (suite, path) => {
      for (const spec of suite.specs ?? []) {
        for (const t of spec.tests ?? []) {
          if (t.status !== 'skipped') continue;
          const why = (t.annotations ?? []).filter((a) => a.type === 'skip' && a.description).map((a) => ` [skipped: ${a.description}]`).join('');
          skipped.Playwright.push(['Firefox', ...path, spec.title].join(' › ') + why);
        }
      }
      for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
    };
    for (const suite of report?.suites ?? []) walk(suite, [suite.title]);
    if (stats) {
      passed += stats.expected ?? 0;
      failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0) + (ok || stats.unexpected ? 0 : 1);
    } else if (!ok) failed += 1;
  }
}

console.log('\n=== summary');
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds.toFixed(1)} s)`);
const skipCount = skipped.vitest.length + skipped.Playwright.length;
console.log(`skipped: vitest ${skipped.vitest.length}, Playwright ${skipped.Playwright.length}`);
// Corpus suites say why in their title (tests/unit/corpus/load.ts): one line per reason.
const byReason = new Map();
for (const [part, list] of Object.entries(skipped)) {
  for (const name of list) {
    const reason = /\[skipped: ([^\]]+)\]/.exec(name)?.[1] ?? 'no reason given';
    const where = name.replace(/ \[skipped: [^\]]+\]/, '').replace(/ › every test of this suite$/, '');
    if (!byReason.has(reason)) byReason.set(reason, []);
    byReason.get(reason).push(`${part}: ${where}`);
  }
}
for (const [reason, names] of byReason) console.log(`  skipped (${reason}): ${names.join('; ')}`);
if (inCI && skipCount > 0) {
  console.log(`FAIL CI runs every test, but ${skipCount} were skipped (see above)`);
  failed += 1;
}
console.log(`total: ${passed} passed, ${failed} failed, ${skipCount} skipped`);
process.exit(failed === 0 && steps.every((s) => s.ok) ? 0 : 1);
