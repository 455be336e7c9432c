/**
 * The content script's cost in real Chromium on a ~1 MB court register, measured with the CDP sampling
 * profiler: the time of samples whose stack holds our scripts, on a non-matching page, on a matching
 * page (until the sidebar is shown) and for a ~1 KB DOM change after load; with baselines (one plain
 * TreeWalker text pass, document.body.innerText) measured on the same page in the same run, and the
 * heap the content script adds. Needs the E2E build (DOR_EXTENSION_DIR) and CHROME_PATH.
 */
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeArgs, EXTENSION_DIR, foreignRequests, launchExtension } from '../e2e/fixtures';
import { probeBundle } from '../e2e/probes/bundle';
// @ts-expect-error plain ESM helper shared with `npm start` and the E2E tests
import { startStaticServer } from '../tools/static-server.mjs';
import { median, sumProfile, type CpuProfile } from './cpu-profile';
import { extraRows, registerPages } from './register-page';
import type { ProbeTimes } from './page-probe';

const SAMPLING_US = 50;
const BASELINE_RUNS = 7;
/** About the size of one case's page in a case system. */
const SMALL_PAGE_BYTES = 30_000;

export interface Baselines {
  /** Repeat passes (median of the second and later): the page's text nodes already have JS wrappers. */
  treeWalkerMs: number;
  /** The first pass on the freshly loaded page: it also creates a JS wrapper for every text node, which a
   * content script reading the page once on load cannot avoid either. */
  treeWalkerFirstMs: number;
  /** innerText with layout already clean (the second and later reads). */
  innerTextMs: number;
  /** innerText right after an inline style change on <body> (forces style and layout again). */
  innerTextInvalidatedMs: number;
  textNodes: number;
  innerTextChars: number;
}

/** One load of a non-matching page: the content script's sampled ms, its verdict, the page's baselines. */
interface Loaded {
  ms: number;
  longestMs: number;
  verdict: string;
  treeWalkerMs: number;
  treeWalkerFirstMs: number;
}

export interface BrowserResult {
  pageBytes: { nonMatching: number; matching: number };
  rows: number;
  changeChars: number;
  runs: number;
  /** Medians over runs, ms of samples with our scripts on the stack. */
  nonMatchingMs: number;
  /** A ~1 MB register citing none of the relevant Acts: content-script ms, and its own TreeWalker pass. */
  otherActs: { ms: number; treeWalkerMs: number; bytes: number; verdicts: string[] };
  /** A case page of ordinary size (register rows with look-alike Acts): content-script ms, and the first
   * TreeWalker pass over it. */
  small: { ms: number; treeWalkerFirstMs: number; bytes: number; verdicts: string[] };
  matchingMs: number;
  matchingByScript: Record<string, number>;
  changeMs: number;
  baselines: Baselines;
  baselinesWithout: Baselines;
  ratios: {
    nonMatchingVsTreeWalker: number;
    nonMatchingVsFirstTreeWalker: number;
    /** innerText with clean layout (the text read, no layout). */
    nonMatchingVsInnerText: number;
    /** innerText after an inline style change on <body>: includes a full relayout of the page. */
    nonMatchingVsInnerTextInvalidated: number;
    matchingVsTreeWalker: number;
    matchingVsInnerText: number;
    matchingVsInnerTextInvalidated: number;
    changeVsTreeWalker: number;
    changeVsInnerText: number;
    changeVsFullScan: number;
  };
  /** Page-load ScriptDuration (Performance.getMetrics), ms: all JS on the page's main thread. */
  scriptDuration: { withExtension: number; withoutExtension: number };
  heap: { withExtensionBytes: number; withoutExtensionBytes: number; addedBytes: number; matchingWithExtensionBytes: number };
  /** The same code's full scan split into parts, run in the page without the extension (ms, medians):
   * the first call in a fresh page (cold code, as at page load) and later calls (warm). */
  parts: { cold: ProbeTimes; warm: ProbeTimes };
  /** Where the non-matching load's time went: innermost frame of ours (minified build), ms summed over runs. */
  topFrames: { frame: string; ms: number; code: string }[];
  verdicts: { nonMatching: string[]; matching: string[] };
  scansAfterChange: { full: number; incremental: number; skipped?: number }[];
  raw: { nonMatchingMs: number[]; matchingMs: number[]; changeMs: number[] };
  foreignRequests: string[];
  /** Longest stretch of our scripts on the profiler's stack (cpu-profile.ts longestMs), ms: the median
   * over runs for each page, and the largest of those medians with its page. */
  longestTask: { byPage: Record<string, number>; ms: number; page: string };
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function poll<T>(fn: () => Promise<T>, done: (v: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (done(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Two animation frames and 50 ms: the scanner's rAF work and anything it schedules has run. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 50)))),
  );
}

type Chrome = {
  tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
  storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
};

/** The verdict the content script reported to the background for the tab showing `url`. */
async function reported(sw: Worker, url: string): Promise<string> {
  return sw.evaluate(async (u) => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const tab = (await c.tabs.query({})).find((t) => t.url === u);
    if (!tab) return '';
    const rec = (await c.storage.session.get(`tab:${tab.id}`))[`tab:${tab.id}`] as { summary?: { verdict: string } } | undefined;
    return rec?.summary?.verdict ?? '';
  }, url);
}

async function startProfiler(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
}

async function stopProfiler(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return profile as unknown as CpuProfile;
}

async function scriptDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function measureBaselines(page: Page): Promise<Baselines> {
  // No named inner functions: tsx would wrap them in a helper the page does not have.
  const r = await page.evaluate((runs) => {
    const tw: number[] = [];
    const it: number[] = [];
    const inv: number[] = [];
    let textNodes = 0;
    let chars = 0;
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const values: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) values.push(n.nodeValue ?? '');
      tw.push(performance.now() - t0);
      textNodes = values.length;

      t0 = performance.now();
      chars = document.body.innerText.length;
      it.push(performance.now() - t0);

      document.body.style.paddingLeft = i % 2 ? '1px' : '2px';
      t0 = performance.now();
      chars = document.body.innerText.length;
      inv.push(performance.now() - t0);
    }
    document.body.style.paddingLeft = '';
    return { tw, it, inv, textNodes, chars };
  }, BASELINE_RUNS);
  return {
    treeWalkerMs: median(r.tw.slice(1)),
    treeWalkerFirstMs: r.tw[0]!,
    innerTextMs: median(r.it),
    innerTextInvalidatedMs: median(r.inv),
    textNodes: r.textNodes,
    innerTextChars: r.chars,
  };
}

function medianBaselines(list: Baselines[]): Baselines {
  const m = (k: keyof Baselines) => median(list.map((b) => b[k]));
  return {
    treeWalkerMs: m('treeWalkerMs'),
    treeWalkerFirstMs: m('treeWalkerFirstMs'),
    innerTextMs: m('innerTextMs'),
    innerTextInvalidatedMs: m('innerTextInvalidatedMs'),
    textNodes: m('textNodes'),
    innerTextChars: m('innerTextChars'),
  };
}

/** The case-page script's scan counters, read in the extension's isolated world. */
async function scans(cdp: CDPSession, extensionId: string): Promise<{ full: number; incremental: number; skipped?: number } | null> {
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  const onContext = (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => contexts.push(e.context);
  cdp.on('Runtime.executionContextCreated', onContext);
  await cdp.send('Runtime.enable');
  await sleep(100);
  cdp.off('Runtime.executionContextCreated', onContext);
  let out: { full: number; incremental: number; skipped?: number } | null = null;
  for (const c of contexts.filter((x) => x.origin.includes(extensionId) && x.auxData?.type === 'isolated')) {
    const r = await cdp.send('Runtime.evaluate', {
      contextId: c.id,
      returnByValue: true,
      expression: 'globalThis.__deprivationOrderReminderCasePage?.snapshot().scans ?? null',
    });
    if (r.result.value) out = r.result.value as { full: number; incremental: number; skipped?: number };
  }
  await cdp.send('Runtime.disable');
  return out;
}

export async function runBrowserBench(opts: { runs?: number; log?: (s: string) => void } = {}): Promise<BrowserResult> {
  const runs = opts.runs ?? 5;
  const log = opts.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  // launchExtension loads EXTENSION_DIR (DOR_EXTENSION_DIR or .output/chrome-mv3-e2e).
  const extensionDir = EXTENSION_DIR;
  const dir = mkdtempSync(join(tmpdir(), 'dor-bench-pages-'));
  const pages = registerPages(1_000_000);
  writeFileSync(join(dir, 'blank.html'), '<!doctype html><title>blank</title>');
  writeFileSync(join(dir, 'non-matching.html'), pages.nonMatching);
  writeFileSync(join(dir, 'other-acts.html'), pages.otherActs);
  const small = registerPages(SMALL_PAGE_BYTES).nonMatching;
  writeFileSync(join(dir, 'small.html'), small);
  writeFileSync(join(dir, 'matching.html'), pages.matching);
  // Nine different ~1 KB changes per page load: one change is a fraction of a millisecond, a few samples of
  // the 50 us profiler, so single ones scatter widely (and one may catch a garbage collection).
  const changes = [7, 8, 9, 10, 11, 12, 13, 14, 15].map((seed) => extraRows(1_000, seed));
  const changeChars = Math.round(median(changes.map((c) => c.reduce((n, r) => n + r.join('').length, 0))));
  const server = await startStaticServer({ '/bench/': dir });
  const url = (f: string) => `${server.url}/bench/${f}`;
  const probe = await probeBundle('tests/bench/page-probe.ts', '__dorProbe');
  const caseScript = readFileSync(join(extensionDir, 'content-scripts/case-page.js'), 'utf8').split('\n');

  const nonMatchingMs: number[] = [];
  const others: Loaded[] = [];
  const smalls: Loaded[] = [];
  const matchingMs: number[] = [];
  const changeMs: number[] = [];
  const matchingByScript: Record<string, number[]> = {};
  const baselines: Baselines[] = [];
  const baselinesWithout: Baselines[] = [];
  const sdWith: number[] = [];
  const sdWithout: number[] = [];
  const heapWith: number[] = [];
  const heapWithout: number[] = [];
  const heapMatching: number[] = [];
  const verdicts = { nonMatching: [] as string[], matching: [] as string[] };
  const scansAfterChange: { full: number; incremental: number; skipped?: number }[] = [];
  const frames = new Map<string, number>();
  const longest: Record<string, number[]> = {};
  const longestOn = (page: string, ms: number) => (longest[page] ??= []).push(ms);
  const coldProbes: ProbeTimes[] = [];
  const warmProbes: ProbeTimes[] = [];
  let foreign: string[] = [];

  // --- With the extension -------------------------------------------------------------------------
  const launched = await launchExtension();
  const { context, serviceWorker: sw, extensionId } = launched;
  try {
    await poll(
      () => sw.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts()).length),
      (n) => n >= 1,
      15_000,
      'the case-page script to be registered',
    );
    const ours = (u: string) => u.startsWith(`chrome-extension://${extensionId}/`);
    const casePageUrl = `chrome-extension://${extensionId}/content-scripts/case-page.js`;
    /** Loads a non-matching page once and measures it. */
    const loadOnce = async (file: string): Promise<Loaded> => {
      const p = await context.newPage();
      const c = await context.newCDPSession(p);
      await p.goto(url('blank.html'));
      await startProfiler(c);
      await p.goto(url(file), { waitUntil: 'load' });
      const verdict = await poll(() => reported(sw, p.url()), (v) => v !== '', 20_000, `the verdict on ${file}`);
      await settle(p);
      const profile = await stopProfiler(c);
      const ms = sumProfile(profile, (u) => u === casePageUrl).ms;
      const longestMs = sumProfile(profile, ours).longestMs;
      const base = await measureBaselines(p);
      await c.detach();
      await p.close();
      return { ms, longestMs, verdict, treeWalkerMs: base.treeWalkerMs, treeWalkerFirstMs: base.treeWalkerFirstMs };
    };

    // One untimed load of each page first: the first load pays for compiling our scripts once more.
    for (const f of ['non-matching.html', 'matching.html', 'other-acts.html', 'small.html']) {
      const p = await context.newPage();
      await p.goto(url(f));
      await sleep(1000);
      await p.close();
    }

    for (let i = 0; i < runs; i++) {
      log(`  chromium with extension: run ${i + 1}/${runs}`);
      // Non-matching page: load, baselines, heap, then a ~1 KB DOM change.
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(url('blank.html'));
      await cdp.send('Performance.enable');
      const sd0 = await scriptDuration(cdp);
      await startProfiler(cdp);
      await page.goto(url('non-matching.html'), { waitUntil: 'load' });
      const verdict = await poll(() => reported(sw, page.url()), (v) => v !== '', 20_000, 'the non-matching verdict');
      await settle(page);
      const loadProfile = await stopProfiler(cdp);
      const load = sumProfile(loadProfile, (u) => u === casePageUrl, 12);
      longestOn('non-matching ~1 MB register, load', sumProfile(loadProfile, ours).longestMs);
      sdWith.push((await scriptDuration(cdp)) - sd0);
      verdicts.nonMatching.push(verdict);
      nonMatchingMs.push(load.ms);
      for (const f of load.top) frames.set(f.frame, (frames.get(f.frame) ?? 0) + f.ms);
      heapWith.push(await heapUsed(cdp));
      baselines.push(await measureBaselines(page));
      await settle(page);

      for (const change of changes) {
        await startProfiler(cdp);
        await page.evaluate((rows) => {
          const tbody = document.querySelector('#register tbody')!;
          for (const cells of rows) {
            const tr = document.createElement('tr');
            for (const c of cells) tr.appendChild(document.createElement('td')).textContent = c;
            tbody.appendChild(tr);
          }
        }, change);
        await settle(page);
        const changed = sumProfile(await stopProfiler(cdp), ours);
        changeMs.push(changed.ms);
        longestOn('~1 KB DOM change', changed.longestMs);
      }
      const s = await scans(cdp, extensionId);
      if (s) scansAfterChange.push(s);
      await cdp.detach();
      await page.close();

      // A register citing no relevant Act: the prefilter's cost with nothing to check around Acts.
      others.push(await loadOnce('other-acts.html'));
      longestOn('register citing no relevant Act, load', others.at(-1)!.longestMs);
      // A case page of ordinary size: what most page loads cost.
      smalls.push(await loadOnce('small.html'));
      longestOn('ordinary case page, load', smalls.at(-1)!.longestMs);

      // Matching page: until the sidebar is shown.
      const mpage = await context.newPage();
      const mcdp = await context.newCDPSession(mpage);
      await mpage.goto(url('blank.html'));
      await startProfiler(mcdp);
      await mpage.goto(url('matching.html'), { waitUntil: 'load' });
      await mpage.getByRole('complementary', { name: /^Deprivation order reminder/ }).waitFor({ state: 'visible', timeout: 30_000 });
      const matched = sumProfile(await stopProfiler(mcdp), ours);
      matchingMs.push(matched.ms);
      longestOn('matching ~1 MB register, until the sidebar is shown', matched.longestMs);
      for (const [k, v] of Object.entries(matched.byScript)) (matchingByScript[k] ??= []).push(v);
      verdicts.matching.push(await reported(sw, mpage.url()));
      await settle(mpage);
      heapMatching.push(await heapUsed(mcdp));
      await mcdp.detach();
      await mpage.close();
    }
    foreign = foreignRequests(launched.requests, server.url);
  } finally {
    await context.close();
    rmSync(launched.userDataDir, { recursive: true, force: true });
  }

  // --- Without the extension (same flags, no extension) ------------------------------------------------
  const plainDir = mkdtempSync(join(tmpdir(), 'dor-bench-plain-'));
  const plain: BrowserContext = await chromium.launchPersistentContext(plainDir, {
    executablePath: process.env.CHROME_PATH,
    headless: true,
    args: chromeArgs(extensionDir).filter((a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except')),
    viewport: { width: 1280, height: 800 },
  });
  try {
    const warm = await plain.newPage();
    await warm.goto(url('non-matching.html'));
    await warm.close();
    for (let i = 0; i < runs; i++) {
      log(`  chromium without extension: run ${i + 1}/${runs}`);
      const page = await plain.newPage();
      const cdp = await plain.newCDPSession(page);
      await page.goto(url('blank.html'));
      await cdp.send('Performance.enable');
      const sd0 = await scriptDuration(cdp);
      await page.goto(url('non-matching.html'), { waitUntil: 'load' });
      await settle(page);
      sdWithout.push((await scriptDuration(cdp)) - sd0);
      heapWithout.push(await heapUsed(cdp));
      baselinesWithout.push(await measureBaselines(page));
      await page.addScriptTag({ content: probe });
      for (let k = 0; k < 4; k++) {
        const t = await page.evaluate(() => (globalThis as unknown as { __dorProbe: { measure(): ProbeTimes } }).__dorProbe.measure());
        (k === 0 ? coldProbes : warmProbes).push(t);
      }
      await cdp.detach();
      await page.close();
    }
  } finally {
    await plain.close();
    rmSync(plainDir, { recursive: true, force: true });
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const b = medianBaselines(baselines);
  const nm = median(nonMatchingMs);
  const m = median(matchingMs);
  const ch = median(changeMs);
  const heapW = median(heapWith);
  const heapWo = median(heapWithout);
  return {
    pageBytes: { nonMatching: pages.nonMatching.length, matching: pages.matching.length },
    rows: pages.rows,
    changeChars,
    runs,
    nonMatchingMs: nm,
    otherActs: { ms: median(others.map((o) => o.ms)), treeWalkerMs: median(others.map((o) => o.treeWalkerMs)), bytes: pages.otherActs.length, verdicts: others.map((o) => o.verdict) },
    small: { ms: median(smalls.map((o) => o.ms)), treeWalkerFirstMs: median(smalls.map((o) => o.treeWalkerFirstMs)), bytes: small.length, verdicts: smalls.map((o) => o.verdict) },
    matchingMs: m,
    matchingByScript: Object.fromEntries(Object.entries(matchingByScript).map(([k, v]) => [k, median(v)])),
    changeMs: ch,
    baselines: b,
    baselinesWithout: medianBaselines(baselinesWithout),
    ratios: {
      nonMatchingVsTreeWalker: nm / b.treeWalkerMs,
      nonMatchingVsFirstTreeWalker: nm / b.treeWalkerFirstMs,
      nonMatchingVsInnerText: nm / b.innerTextMs,
      nonMatchingVsInnerTextInvalidated: nm / b.innerTextInvalidatedMs,
      matchingVsTreeWalker: m / b.treeWalkerMs,
      matchingVsInnerText: m / b.innerTextMs,
      matchingVsInnerTextInvalidated: m / b.innerTextInvalidatedMs,
      changeVsTreeWalker: ch / b.treeWalkerMs,
      changeVsInnerText: ch / b.innerTextMs,
      changeVsFullScan: ch / nm,
    },
    scriptDuration: { withExtension: median(sdWith), withoutExtension: median(sdWithout) },
    heap: { withExtensionBytes: heapW, withoutExtensionBytes: heapWo, addedBytes: heapW - heapWo, matchingWithExtensionBytes: median(heapMatching) },
    parts: { cold: medianProbe(coldProbes), warm: medianProbe(warmProbes) },
    topFrames: [...frames.entries()]
      .sort((a, b2) => b2[1] - a[1])
      .slice(0, 8)
      .map(([frame, ms]) => ({ frame, ms, code: codeAt(caseScript, frame) })),
    verdicts,
    scansAfterChange,
    raw: { nonMatchingMs, matchingMs, changeMs },
    foreignRequests: foreign,
    longestTask: longestTask(longest),
  };
}

function longestTask(byPageRuns: Record<string, number[]>): BrowserResult['longestTask'] {
  const byPage = Object.fromEntries(Object.entries(byPageRuns).map(([k, v]) => [k, median(v)]));
  const [page, ms] = Object.entries(byPage).sort((a, b) => b[1] - a[1])[0] ?? ['', NaN];
  return { byPage, ms, page };
}

function medianProbe(list: ProbeTimes[]): ProbeTimes {
  const m = (k: Exclude<keyof ProbeTimes, 'verdict' | 'prefilterSays'>) => median(list.map((p) => p[k]));
  return {
    compileMs: m('compileMs'),
    pageTextMs: m('pageTextMs'),
    detectMs: m('detectMs'),
    scannerStartMs: m('scannerStartMs'),
    textChars: m('textChars'),
    segments: m('segments'),
    verdict: [...new Set(list.map((p) => p.verdict))].join('/'),
    nativeTextMs: m('nativeTextMs'),
    prefilterMs: m('prefilterMs'),
    prefilterSays: list.some((p) => p.prefilterSays),
    textContentMs: m('textContentMs'),
    anchorPassMs: m('anchorPassMs'),
    anchorHits: m('anchorHits'),
  };
}

/** A few characters of the (minified) script where a frame starts, to recognise the function. */
function codeAt(lines: string[], frame: string): string {
  const m = /:(\d+):(\d+)$/.exec(frame);
  if (!m) return '';
  const line = lines[Number(m[1]) - 1] ?? '';
  return line.slice(Number(m[2]) - 1, Number(m[2]) + 79);
}
