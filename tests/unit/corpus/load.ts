/**
 * The one way tests reach the shared real-text corpora (`../shared/corpus`, `../shared/corpus2`, beside the
 * clone, read-only). A plain clone has no `../shared`: every suite that needs a corpus is then skipped
 * *visibly* (its title says "[skipped: ...]", which `npm test` gathers into one summary line). In CI
 * (`CI` set) a missing corpus is a failure, not a skip: CI runs every suite.
 *
 * Use `describeCorpus` for a suite that needs a corpus, `corpusIndex` / `corpusTexts` inside it, and
 * `needsCorpus` for a single test that needs one inside a suite that does not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';
import { readCorpusIndex, type CorpusDoc } from '../../../lib/cli/corpus-index';

export type CorpusName = 'corpus' | 'corpus2';

const repoRoot = resolve(import.meta.dirname, '../../..');
/** `DOR_SHARED_DIR` lets a copy of the repo elsewhere (the mutation-testing sandbox) find the same folder. */
export const SHARED_DIR = process.env.DOR_SHARED_DIR ?? resolve(repoRoot, '../shared');
/** CI must run every suite (`.ci/run`; GitHub and most CIs set CI=true). */
const REQUIRED = Boolean(process.env.CI) && process.env.CI !== 'false';

export function corpusDir(name: CorpusName): string {
  return join(SHARED_DIR, name);
}

/** Why the corpus cannot be read, or null when it can. */
export function corpusMissing(name: CorpusName): string | null {
  return existsSync(join(corpusDir(name), 'index.jsonl')) ? null : `no ../shared/${name} beside the clone`;
}

/** One line of a corpus's index.jsonl (see its README). */
export interface CorpusEntry {
  id: string;
  file: string;
  label: 'positive' | 'negative' | 'iioc';
  subset: string;
  offences?: string[];
  why: string;
}

function mustHave(name: CorpusName): string {
  const missing = corpusMissing(name);
  if (missing) throw new Error(`The shared corpus is missing (${missing}): ${corpusDir(name)}`);
  return corpusDir(name);
}

export function corpusIndex(name: CorpusName = 'corpus'): CorpusEntry[] {
  return readFileSync(join(mustHave(name), 'index.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as CorpusEntry);
}

export function corpusText(name: CorpusName, entry: CorpusEntry): string {
  return readFileSync(join(mustHave(name), entry.file), 'utf8');
}

/** Every document's text (docs/*.txt, sorted by file name). */
export function corpusTexts(name: CorpusName = 'corpus'): string[] {
  const docs = join(mustHave(name), 'docs');
  return readdirSync(docs)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(docs, f), 'utf8'));
}

/** A title that says the suite was skipped and why: `npm test` collects these for its summary. */
export function skippedTitle(title: string, reason: string): string {
  return `${title} [skipped: ${reason}]`;
}

/**
 * A suite that needs the named corpora. Missing on a plain clone: registered as skipped (one test) with the
 * reason in its title. Missing in CI: one failing test instead.
 */
export function describeCorpus(names: CorpusName | CorpusName[], title: string, body: () => void): void {
  const reason = [names].flat().map(corpusMissing).filter(Boolean).join('; ');
  if (!reason) describe(title, body);
  else if (REQUIRED) describe(title, () => it('has its corpus (CI runs every suite)', () => mustHave([names].flat().find(corpusMissing)!)));
  // The body reads the corpus while tests are collected, so it cannot run: one skipped test stands for it.
  else describe.skip(skippedTitle(title, reason), () => it('every test of this suite', () => {}));
}

/** One test that needs a corpus, in a suite that otherwise does not (same rules as describeCorpus). */
export function needsCorpus(name: CorpusName, title: string, fn: () => void | Promise<void>, timeout?: number): void {
  const reason = corpusMissing(name);
  if (!reason || REQUIRED) it(title, fn, timeout);
  else it.skip(skippedTitle(title, reason), fn, timeout);
}

/** Both batches: the first, and the second (mixed IIOC cases, alternative charges, prose, look-alikes, Welsh). */
export const BATCHES: CorpusName[] = ['corpus', 'corpus2'];

export interface LoadedDoc extends CorpusDoc {
  text: string;
}

/** Every labelled document of the given batches with its text, its batch and its `offences` tags (read
 * through lib/cli/corpus-index.ts, as `npm run detect -- --summary` reads them). */
export function loadCorpus(names: readonly CorpusName[] = BATCHES): LoadedDoc[] {
  return names.flatMap((name) => (readCorpusIndex(mustHave(name)) ?? []).map((d) => ({ ...d, text: readFileSync(d.path, 'utf8') })));
}
