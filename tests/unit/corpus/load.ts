/**
 * The one place tests read the shared real-text corpora from (../shared beside the clone): the first
 * batch (`corpus`) and the second (`corpus2`, aimed at mixed IIOC cases, alternative charges, prose,
 * look-alikes and Welsh). Both are labelled the same way (index.jsonl; lib/cli/corpus-index.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCorpusIndex, type CorpusDoc } from '../../../lib/cli/corpus-index';

const repoRoot = resolve(import.meta.dirname, '../../..');
export const SHARED_DIR = resolve(repoRoot, '../shared');
export const BATCHES = ['corpus', 'corpus2'] as const;
export type Batch = (typeof BATCHES)[number];

export interface LoadedDoc extends CorpusDoc {
  text: string;
}

export function batchDir(batch: Batch): string {
  return resolve(SHARED_DIR, batch);
}

/** Are all batches present (each with its index)? */
export function corpusAvailable(): boolean {
  return BATCHES.every((b) => existsSync(resolve(batchDir(b), 'index.jsonl')));
}

/** Every labelled document of the given batches, with its text. Throws if a batch is missing. */
export function loadCorpus(batches: readonly Batch[] = BATCHES): LoadedDoc[] {
  return batches.flatMap((b) => {
    const docs = readCorpusIndex(batchDir(b));
    if (!docs) throw new Error(`The shared corpus is missing: ${batchDir(b)}`);
    return docs.map((d) => ({ ...d, text: readFileSync(d.path, 'utf8') }));
  });
}
