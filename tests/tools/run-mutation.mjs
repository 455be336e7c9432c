// `npm run mutation [-- folder...] [--budget-minutes N] [--chunk-lines N] [--concurrency N]`: mutation testing (StrykerJS)
// over the code whose mistakes hurt users most, one source file per Stryker run (or chunks of N lines
// with --chunk-lines), so a run stopped by the time budget keeps every file it finished (each has its own
// incremental file) and prints a score per folder with exactly what was and was not run. Not part of `npm test`: it is slow (tens of minutes per folder on a shared machine).
//   folders: detect, record, messaging, prompts (selection), settings (merge); default all, in that order.
//   --summary: no run, only the scores from the reports already written.
//   --recheck: rerun only the mutants that survived in the reports already written (after adding
//     tests): Stryker's incremental mode keeps a survivor's result unless a test known to cover it
//     changed, and without per-test coverage (stryker.config.mjs) it knows none. The fresh results
//     (reports/<folder>/<file>.recheck.json) override the old ones for the same mutants where their
//     lines are unchanged; a file whose lines moved needs a full run instead (delete its incremental file).
// Reports: tests/results/mutation/ (git-ignored; `npm test` leaves that folder alone).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const out = join(root, 'tests', 'results', 'mutation');

/** What is mutated. Type-only files have nothing to mutate; prefilter-sources.ts runs at build time
 * inside vitest.config.ts itself (a mutant there would change the test harness, not the extension). */
const FOLDERS = {
  // The verdict logic first: a time-boxed run covers what matters most.
  detect: ['lib/detect/detect.ts', 'lib/detect/bind.ts', 'lib/detect/sections.ts', ...listTs('lib/detect', ['types.ts', 'prefilter-sources.ts', 'detect.ts', 'bind.ts', 'sections.ts'])],
  // The record's integrity first (store, chain, schema), then the rest.
  record: ['lib/record/store.ts', 'lib/record/chain.ts', 'lib/record/schema.ts', ...listTs('lib/record', ['kv.ts', 'result.ts', 'store.ts', 'chain.ts', 'schema.ts'])],
  messaging: listTs('lib/messaging', []),
  prompts: ['lib/prompts/select.ts'],
  settings: ['lib/settings/merge.ts'],
};
/** The tests that judge each folder (its mirror under tests/unit, and the fuzzers that target it). */
const TESTS = {
  // The fuzzers (tests/unit/fuzz) are left out: each takes tens of seconds and would run for every mutant
  // they reach; the detector's own tests, the corpus and the training scenarios judge it. The page-text
  // and prefilter tests judge their own files only: each reads whole pages and megabyte registers through
  // the detector, and every mutant of the verdict logic that survived reran them (minutes per mutant).
  detect: ['tests/unit/detect/**/*.test.ts', 'tests/unit/training/scenarios-detect.test.ts', '!tests/unit/detect/page-text*.test.ts', '!tests/unit/detect/prefilter.test.ts'],
  record: ['tests/unit/record/**/*.test.ts', 'tests/unit/fuzz/storage-faults.test.ts'],
  messaging: ['tests/unit/messaging/**/*.test.ts', 'tests/unit/fuzz/messaging.test.ts', 'tests/unit/background/**/*.test.ts'],
  prompts: ['tests/unit/prompts/**/*.test.ts'],
  settings: ['tests/unit/settings/**/*.test.ts'],
};
/** Files judged by other tests than their folder's. */
const FILE_TESTS = {
  'lib/detect/page-text.ts': ['tests/unit/detect/page-text*.test.ts', 'tests/unit/training/scenarios-detect.test.ts'],
  'lib/detect/prefilter.ts': ['tests/unit/detect/prefilter.test.ts'],
};

function listTs(dir, skip) {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !skip.includes(f))
    .sort()
    .map((f) => `${dir}/${f}`);
}

const args = process.argv.slice(2);
/** `--summary`: only tally the reports already written (no Stryker run). */
const summaryOnly = args.includes('--summary');
const recheck = args.includes('--recheck');
const budgetAt = args.indexOf('--budget-minutes');
const budgetMinutes = budgetAt >= 0 ? Number(args[budgetAt + 1]) : 240;
const concurrencyAt = args.indexOf('--concurrency');
const valueAt = new Set([budgetAt, concurrencyAt, args.indexOf('--chunk-lines')].filter((i) => i >= 0).map((i) => i + 1));
const chosen = args.filter((a, i) => !a.startsWith('--') && !valueAt.has(i));
const folders = chosen.length ? chosen : Object.keys(FOLDERS);
console.log(`[mutation] folders: ${folders.join(', ')}; time budget ${budgetMinutes} min`);
for (const f of folders) if (!FOLDERS[f]) throw new Error(`unknown folder ${f}; one of ${Object.keys(FOLDERS).join(', ')}`);
const deadline = Date.now() + budgetMinutes * 60_000;

/** Line ranges of at most CHUNK lines (0, the default: the whole file): each is one Stryker run, so a
 * time-boxed run keeps finished parts. Whole files by default: each run starts with a dry run of every
 * test that imports the file (about a minute for the detector), too much to repeat per 60 lines. */
const chunkAt = args.indexOf('--chunk-lines');
const CHUNK = chunkAt >= 0 ? Number(args[chunkAt + 1]) : 0;
function chunks(file) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n').length;
  if (!(CHUNK > 0)) return [{ file, start: 1, end: lines, whole: true }];
  const out = [];
  for (let start = 1; start <= lines; start += CHUNK) out.push({ file, start, end: Math.min(lines, start + CHUNK - 1) });
  return out;
}

const partName = ({ file, start, whole }) => (whole ? basename(file, '.ts') : `${basename(file, '.ts')}-L${start}`);

function runStryker(folder, part, ranges = null) {
  const { file, start, end, whole } = part;
  const name = partName(part) + (ranges ? '.recheck' : '');
  const incremental = join(out, 'incremental', folder, `${name}.json`);
  const report = join(out, 'reports', folder, `${name}.json`);
  mkdirSync(join(out, 'incremental', folder), { recursive: true });
  mkdirSync(join(out, 'reports', folder), { recursive: true });
  const mutate = ranges ? ranges.join(',') : whole ? file : `${file}:${start}-${end}`;
  const argv = ['stryker', 'run', 'stryker.config.mjs', '--mutate', mutate, '--incrementalFile', incremental];
  if (ranges) argv.push('--force');
  if (concurrencyAt >= 0) argv.push('--concurrency', args[concurrencyAt + 1]);
  const env = {
    ...process.env,
    // The sandbox is a copy of the repo under tests/results/: the corpus loader finds ../shared this way.
    DOR_SHARED_DIR: process.env.DOR_SHARED_DIR ?? resolve(root, '..', 'shared'),
    STRYKER_JSON_REPORT: report, // read by stryker.config.mjs
    MUTATION_TESTS: (FILE_TESTS[file] ?? TESTS[folder]).join(','), // read by vitest.mutation.config.ts
    MUTATION_FOLDER: ranges ? `${folder}-recheck` : folder, // the temp folder (stryker.config.mjs)
    DOR_TIME_FACTOR: '10', // instrumented code is slower: unit-test time bounds scaled (tests/unit/time-factor.ts)
    DOR_MUTATION: '1', // megabyte inputs cut down (tests/unit/time-factor.ts)
  };
  return new Promise((done) => {
    const left = deadline - Date.now();
    const child = spawn('npx', argv, { cwd: root, env, stdio: 'inherit', detached: true });
    const timer = setTimeout(() => {
      console.log(`\n[mutation] time budget reached during ${file}: stopping it`);
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
    }, Math.max(0, left));
    child.on('exit', (code) => {
      clearTimeout(timer);
      done(code === 0 && existsSync(report) ? report : null);
    });
  });
}

const mutantKey = (file, m) => `${file}|${m.mutatorName}|${m.replacement}|${m.location.start.line}:${m.location.start.column}`;

/** Survivors of a report as --mutate ranges (the report's columns count from 1, --mutate's from 0). */
function survivorRanges(reportFile) {
  const json = JSON.parse(readFileSync(reportFile, 'utf8'));
  const ranges = [];
  for (const [file, { mutants }] of Object.entries(json.files)) {
    for (const m of mutants) {
      if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
      const { start, end } = m.location;
      ranges.push(`${file}:${start.line}:${start.column - 1}-${end.line}:${end.column}`);
    }
  }
  return [...new Set(ranges)];
}

/** Counts from a mutation-testing-report-schema JSON (Stryker's json reporter), with the fresher
 * results of a recheck report (if any) in place of the same mutants' old ones. */
function tally(reportFile) {
  const json = JSON.parse(readFileSync(reportFile, 'utf8'));
  const recheckFile = reportFile.replace(/\.json$/, '.recheck.json');
  const fresh = new Map();
  if (existsSync(recheckFile)) {
    const again = JSON.parse(readFileSync(recheckFile, 'utf8'));
    for (const [file, { source, mutants }] of Object.entries(again.files)) {
      const before = (json.files[file]?.source ?? '').split('\n');
      const now = source.split('\n');
      // A fresh verdict counts only where the mutant's lines read as they did (a fix elsewhere in the
      // file leaves them comparable; where the code itself changed, the old verdict stands).
      const same = (m) => before.slice(m.location.start.line - 1, m.location.end.line).join('\n') === now.slice(m.location.start.line - 1, m.location.end.line).join('\n');
      for (const m of mutants) if (same(m)) fresh.set(mutantKey(file, m), m);
    }
  }
  const t = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0, survivors: [] };
  for (const [file, { mutants }] of Object.entries(json.files)) {
    for (const old of mutants) {
      const m = fresh.get(mutantKey(file, old)) ?? old;
      if (m.status === 'Killed') t.killed++;
      else if (m.status === 'Timeout') t.timeout++;
      else if (m.status === 'Survived') t.survived++;
      else if (m.status === 'NoCoverage') t.noCoverage++;
      else if (m.status === 'Ignored') t.ignored++;
      else t.errors++;
      if (m.status === 'Survived' || m.status === 'NoCoverage')
        t.survivors.push(`${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${m.status}: ${JSON.stringify(m.replacement ?? '')}`);
    }
  }
  return t;
}

const score = (t) => {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid ? ((100 * (t.killed + t.timeout)) / valid).toFixed(1) : 'n/a';
};

const lines = [];
for (const folder of folders) {
  const sum = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0, survivors: [] };
  const done = [];
  const missing = [];
  for (const part of FOLDERS[folder].flatMap(chunks)) {
    const label = part.whole ? part.file : `${part.file}:${part.start}-${part.end}`;
    const existing = join(out, 'reports', folder, `${partName(part)}.json`);
    if (summaryOnly || Date.now() >= deadline) {
      if (summaryOnly && existsSync(existing)) {
        done.push(label);
        const t = tally(existing);
        for (const k of Object.keys(sum)) if (k !== 'survivors') sum[k] += t[k];
        sum.survivors.push(...t.survivors);
      } else missing.push(label);
      continue;
    }
    if (recheck) {
      const ranges = existsSync(existing) ? survivorRanges(existing) : [];
      if (!existsSync(existing)) missing.push(label);
      else {
        if (ranges.length) {
          console.log(`\n=== mutation recheck: ${label} (${ranges.length} survivors)`);
          await runStryker(folder, part, ranges);
        }
        done.push(label);
        const t = tally(existing);
        for (const k of Object.keys(sum)) if (k !== 'survivors') sum[k] += t[k];
        sum.survivors.push(...t.survivors);
      }
      continue;
    }
    console.log(`\n=== mutation: ${label}`);
    const report = await runStryker(folder, part);
    if (!report) {
      missing.push(label);
      continue;
    }
    done.push(label);
    const t = tally(report);
    for (const k of Object.keys(sum)) if (k !== 'survivors') sum[k] += t[k];
    sum.survivors.push(...t.survivors);
  }
  lines.push(
    `${folder}: score ${score(sum)}% (killed ${sum.killed}, timeout ${sum.timeout}, survived ${sum.survived}, no coverage ${sum.noCoverage}, ignored static ${sum.ignored}, errors ${sum.errors})` +
      `\n  run: ${done.join(', ') || 'nothing'}${missing.length ? `\n  not run: ${missing.join(', ')}` : ''}`,
  );
  writeFileSync(join(out, `${folder}-survivors.txt`), sum.survivors.join('\n') + '\n');
}

const summary = `mutation summary (${new Date().toISOString()})\n${lines.join('\n')}\n`;
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'summary.txt'), summary);
console.log(`\n${summary}survivors per folder: tests/results/mutation/<folder>-survivors.txt`);
