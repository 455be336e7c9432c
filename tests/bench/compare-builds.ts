/**
 * Two E2E builds of the extension side by side in one run (issue 19: ratios against a baseline measured
 * in the same run): each page is loaded in both browsers in turn, with the CDP sampling profiler on, and
 * the script time of the extension is summed per build, per script and per function. Bench only.
 *   npx tsx tests/bench/compare-builds.ts <label>=<extension dir> [<label>=<dir> ...] [--runs N] [--dump DIR]
 * Builds with readable names: DOR_MINIFY=0 DOR_OUT_DIR=/tmp/x node tests/tools/build-e2e.mjs.
 * --dump writes every profile (.cpuprofile, for DevTools) to DIR.
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeArgs } from '../e2e/fixtures';
// @ts-expect-error plain ESM helper shared with `npm start` and the E2E tests
import { startStaticServer } from '../tools/static-server.mjs';
// @ts-expect-error plain ESM helper shared with the bench runner
import { findChromium, chromiumVersion } from '../tools/chromium.mjs';
import { median, sampleDurationsUs, sumProfile, type CpuProfile } from './cpu-profile';
import { registerPages } from './register-page';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(flag('--runs') ?? 5);
const dump = flag('--dump');
const builds = args.filter((a) => a.includes('=') && !a.startsWith('--')).map((a) => {
  const [label, dir] = a.split('=') as [string, string];
  return { label, dir };
});
if (builds.length === 0) throw new Error('usage: compare-builds.ts <label>=<extension dir> ...');

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

interface Browser {
  label: string;
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  userDataDir: string;
}

async function launch(label: string, dir: string, chrome: string): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), `dor-cmp-${label}-`));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chrome,
    headless: true,
    args: chromeArgs(dir),
    viewport: { width: 1280, height: 800 },
  });
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(sw.url()).host;
  for (let i = 0; i < 300; i++) {
    const n = await sw.evaluate(async () => (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome.scripting.getRegisteredContentScripts()).length);
    if (n >= 1) break;
    await sleep(50);
  }
  return { label, context, sw, extensionId, userDataDir };
}

async function verdict(sw: Worker, url: string): Promise<string> {
  return sw.evaluate(async (u) => {
    type C = { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> }; storage: { session: { get(k: string): Promise<Record<string, { summary?: { verdict: string } }>> } } };
    const c = (globalThis as unknown as { chrome: C }).chrome;
    const tab = (await c.tabs.query({})).find((t) => t.url === u);
    if (!tab) return '';
    return (await c.storage.session.get(`tab:${tab.id}`))[`tab:${tab.id}`]?.summary?.verdict ?? '';
  }, url);
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 300)))));
}

interface Measured {
  ms: number;
  longestMs: number;
  byScript: Record<string, number>;
  /** Self time per function of ours (innermost frame of ours), ms. */
  self: Map<string, number>;
  /** Inclusive time per function of ours, ms (a function counted once per sample). */
  total: Map<string, number>;
  /** Stretches of our samples over 5 ms, with the outermost frame of ours that began each. */
  tasks: { ms: number; root: string }[];
}

function analyse(profile: CpuProfile, ours: (u: string) => boolean): Measured {
  const sum = sumProfile(profile, ours);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anon)'} ${f.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${f.lineNumber + 1}`;
  };
  const stacks = new Map<number, string[]>();
  const stackOf = (id: number) => {
    let s = stacks.get(id);
    if (s) return s;
    s = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      if (f.url && ours(f.url)) s.push(name(cur));
    }
    stacks.set(id, s);
    return s;
  };
  // Leaf non-JS frames ((garbage collector), (program)) under our code, for the self time.
  const leaf = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return f.url ? null : f.functionName;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const tasks: { ms: number; root: string }[] = [];
  const d = sampleDurationsUs(profile);
  let run = 0;
  let root = '';
  (profile.samples ?? []).forEach((id, i) => {
    const s = stackOf(id);
    if (s.length === 0) {
      if (run > 5000) tasks.push({ ms: run / 1000, root });
      run = 0;
      return;
    }
    if (run === 0) root = s.at(-1)!;
    run += d[i]!;
    const ms = d[i]! / 1000;
    const l = leaf(id);
    const key = l && l !== '(program)' ? `${s[0]} > ${l}` : s[0]!;
    self.set(key, (self.get(key) ?? 0) + ms);
    for (const fn of new Set(s)) total.set(fn, (total.get(fn) ?? 0) + ms);
  });
  if (run > 5000) tasks.push({ ms: run / 1000, root });
  return { ms: sum.ms, longestMs: sum.longestMs, byScript: sum.byScript, self, total, tasks };
}

async function loadOnce(b: Browser, url: string, until: 'verdict' | 'sidebar', dumpAs?: string): Promise<Measured & { verdict: string }> {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  await page.goto(url.replace(/[^/]+$/, 'blank.html'));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  let v = '';
  for (let i = 0; i < 400 && !v; i++) {
    v = await verdict(b.sw, page.url());
    if (!v) await sleep(50);
  }
  if (until === 'sidebar') {
    await page.getByRole('complementary', { name: /^Deprivation order reminder/ }).waitFor({ state: 'visible', timeout: 30_000 });
  }
  await settle(page);
  const { profile } = await cdp.send('Profiler.stop');
  if (dumpAs && dump) writeFileSync(join(dump, dumpAs), JSON.stringify(profile));
  await cdp.detach();
  await page.close();
  const prefix = `chrome-extension://${b.extensionId}/`;
  return { ...analyse(profile as unknown as CpuProfile, (u) => u.startsWith(prefix)), verdict: v };
}

function top(maps: Map<string, number>[], n: number): [string, number][] {
  const sum = new Map<string, number>();
  for (const m of maps) for (const [k, v] of m) sum.set(k, (sum.get(k) ?? 0) + v / maps.length);
  return [...sum.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

async function main(): Promise<void> {
  const chrome = process.env.CHROME_PATH || findChromium({ install: false });
  if (dump) mkdirSync(dump, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'dor-cmp-pages-'));
  const big = registerPages(1_000_000);
  writeFileSync(join(dir, 'blank.html'), '<!doctype html><title>blank</title>');
  writeFileSync(join(dir, 'small.html'), registerPages(30_000).nonMatching);
  writeFileSync(join(dir, 'non-matching.html'), big.nonMatching);
  writeFileSync(join(dir, 'matching.html'), big.matching);
  const server = await startStaticServer({ '/bench/': dir });
  const pages = [
    { file: 'small.html', until: 'verdict' as const },
    { file: 'non-matching.html', until: 'verdict' as const },
    { file: 'matching.html', until: 'sidebar' as const },
  ];
  const browsers: Browser[] = [];
  try {
    for (const b of builds) browsers.push(await launch(b.label, b.dir, chrome));
    // One untimed load of each page per browser: the first pays for compiling our scripts once more.
    for (const b of browsers) for (const p of pages) await loadOnce(b, `${server.url}/bench/${p.file}`, p.until);
    const results = new Map<string, (Measured & { verdict: string })[]>();
    for (let r = 0; r < runs; r++) {
      process.stderr.write(`run ${r + 1}/${runs} (load ${loadavg()[0]!.toFixed(2)})\n`);
      for (const p of pages) {
        // Alternate which build goes first, so neither always follows the other.
        const order = r % 2 ? [...browsers].reverse() : browsers;
        for (const b of order) {
          const m = await loadOnce(b, `${server.url}/bench/${p.file}`, p.until, `${b.label}-${p.file}-${r}.cpuprofile`);
          const key = `${b.label} ${p.file}`;
          (results.get(key) ?? results.set(key, []).get(key)!).push(m);
        }
      }
    }
    const f = (x: number) => x.toFixed(2);
    console.log(`Chromium ${chromiumVersion(chrome)}; ${runs} runs; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    for (const p of pages) {
      console.log(`\n## ${p.file}`);
      for (const b of browsers) {
        const ms = results.get(`${b.label} ${p.file}`)!;
        const scripts = [...new Set(ms.flatMap((m) => Object.keys(m.byScript)))];
        console.log(
          `${b.label}: ours ${f(median(ms.map((m) => m.ms)))} ms (runs ${ms.map((m) => f(m.ms)).join(', ')}); longest stretch ${f(median(ms.map((m) => m.longestMs)))} ms; ` +
            scripts.map((s) => `${s} ${f(median(ms.map((m) => m.byScript[s] ?? 0)))}`).join(', ') +
            `; verdicts ${[...new Set(ms.map((m) => m.verdict))].join('/')}`,
        );
        console.log(`  stretches over 5 ms (run 1): ${ms[0]!.tasks.map((t) => `${f(t.ms)} [${t.root}]`).join('; ') || 'none'}`);
        console.log('  self (mean ms):');
        for (const [k, v] of top(ms.map((m) => m.self), 14)) console.log(`    ${f(v).padStart(8)}  ${k}`);
        console.log('  inclusive (mean ms):');
        for (const [k, v] of top(ms.map((m) => m.total), 14)) console.log(`    ${f(v).padStart(8)}  ${k}`);
      }
    }
  } finally {
    for (const b of browsers) {
      await b.context.close();
      rmSync(b.userDataDir, { recursive: true, force: true });
    }
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
