/**
 * Runs the detector over files: npm run detect -- [--summary] <files or folders>
 * .html/.htm are parsed with linkedom and read through pageText (as the content script would, with the
 * page chrome marked); .txt files are read as they are. One JSON line per file on stdout. Unreadable
 * inputs are reported on stderr, processing continues, and the exit code is 1 at the end.
 * --summary adds a table of verdicts and, for files labelled by a corpus index.jsonl (../shared/corpus,
 * ../shared/corpus2), precision and recall per `offences` tag (summary.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { VERDICTS } from '../core/vocabulary';
import { detect } from '../detect/detect';
import { pageText } from '../detect/page-text';
import type { DetectResult } from '../detect/types';
import { withChoices, type TextRange } from '../detect/regions';
import { indexFor, type CorpusDoc } from './corpus-index';
import { tagSummary } from './summary';
import { pathToFileURL } from 'node:url';
import { readCases } from '../stage/read';
import { NO_STRUCTURE, pageStructure, type PageStructure } from '../stage/structure';

const EXTENSIONS = new Set(['.html', '.htm', '.txt']);

export interface FileResult {
  file: string;
  verdict: DetectResult['verdict'];
  confidence: number;
  offences: { id: string; title: string; evidence: string[] }[];
  caseRefs: string[];
  /** DetectResult's flags, present only when set. */
  alsoIioc?: true;
  under18?: true;
  /** Each matching case: its reference, offences, stage (lib/stage) and whether a deprivation order is on the page for it. */
  cases: { ref: string | null; offences: string[]; stage: string; deprivationOrderOnPage: boolean }[];
}

function collect(path: string, out: string[], errors: string[]): void {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    errors.push(`cannot read ${path}: ${(e as Error).message}`);
    return;
  }
  if (stat.isDirectory()) {
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch (e) {
      errors.push(`cannot read folder ${path}: ${(e as Error).message}`);
      return;
    }
    for (const name of names) {
      const child = join(path, name);
      let isDir = false;
      try {
        isDir = statSync(child).isDirectory();
      } catch {
        // Reported when collected below.
      }
      if (isDir || EXTENSIONS.has(extname(name).toLowerCase())) collect(child, out, errors);
    }
  } else out.push(path);
}

export function textOf(file: string, content: string): string {
  return readPage(file, content).text;
}

/** The text, its page-chrome ranges and, for HTML, the page structures the stage reader uses (headings, current tab). */
export function readPage(file: string, content: string): { text: string; chrome: TextRange[]; choices: TextRange[]; structure: PageStructure } {
  const ext = extname(file).toLowerCase();
  if (ext !== '.html' && ext !== '.htm') return { text: content, chrome: [], choices: [], structure: NO_STRUCTURE };
  const { document } = parseHTML(content);
  const root = document.documentElement ?? document;
  const { text, chrome, choices } = pageText(root);
  return { text, chrome, choices, structure: pageStructure(root) };
}

export function detectFile(file: string): FileResult {
  const page = readPage(file, readFileSync(file, 'utf8'));
  const { text, structure, choices } = page;
  const r = detect(text, { chrome: withChoices(page) });
  const cases = r.verdict === 'none' ? [] : readCases(text, r, pathToFileURL(file).href, structure, choices);
  return {
    file,
    verdict: r.verdict,
    confidence: r.confidence,
    offences: r.offences.map((o) => ({ id: o.id, title: o.title, evidence: o.evidence.map((e) => e.text) })),
    caseRefs: r.caseRefs.map((c) => c.value),
    ...(r.alsoIioc ? { alsoIioc: true as const } : {}),
    ...(r.under18 ? { under18: true as const } : {}),
    cases: cases.map((c) => ({ ref: c.ref, offences: c.offences.map((o) => o.id), stage: c.stage, deprivationOrderOnPage: c.orders.deprivation })),
  };
}

function summary(results: FileResult[]): string {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
  const lines = ['', 'verdict   files', '--------  -----'];
  for (const v of VERDICTS) lines.push(`${v.padEnd(8)}  ${counts.get(v) ?? 0}`);
  lines.push(`${'total'.padEnd(8)}  ${results.length}`);
  return lines.join('\n');
}

export function main(argv: string[]): number {
  const args = argv.filter((a) => a !== '--summary' && a !== '--');
  const wantSummary = argv.includes('--summary');
  if (!args.length) {
    process.stderr.write('usage: npm run detect -- [--summary] <files or folders>\n');
    return 2;
  }
  const files: string[] = [];
  const errors: string[] = [];
  for (const a of args) collect(a, files, errors);
  for (const e of errors) process.stderr.write(`${e}\n`);
  const results: FileResult[] = [];
  let failed = errors.length > 0;
  for (const file of files) {
    try {
      const r = detectFile(file);
      results.push(r);
      process.stdout.write(`${JSON.stringify(r)}\n`);
    } catch (e) {
      failed = true;
      process.stderr.write(`cannot read ${file}: ${(e as Error).message}\n`);
    }
  }
  if (wantSummary) {
    process.stdout.write(`${summary(results)}\n`);
    const labelled = new Map<string, CorpusDoc>();
    for (const a of args) for (const d of indexFor(a) ?? []) labelled.set(resolve(d.path), d);
    if (labelled.size) process.stdout.write(`${tagSummary(results.map((r) => ({ verdict: r.verdict, doc: labelled.get(resolve(r.file)) })))}\n`);
  }
  return failed ? 1 : 0;
}

const invoked = process.argv[1] ?? '';
if (invoked.endsWith('detect-cli.ts') || invoked.endsWith('detect-cli.js')) process.exitCode = main(process.argv.slice(2));
