/**
 * Test helpers: read the training site from disk and parse it. linkedom, not the happy-dom environment:
 * a static parse must not try to load the page's stylesheet or scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser as LinkedomParser } from 'linkedom';

export const TRAINING_DIR = join(process.cwd(), 'public', 'training');

export function listTrainingFiles(ext: string): string[] {
  return readdirSync(TRAINING_DIR)
    .filter((f) => f.endsWith(ext))
    .sort();
}

export function readTraining(file: string): string {
  return readFileSync(join(TRAINING_DIR, file), 'utf8');
}

export function parseTraining(file: string): Document {
  return new LinkedomParser().parseFromString(readTraining(file), 'text/html') as unknown as Document;
}

/** Text with block boundaries kept, collapsed whitespace (close to what a reader sees). */
export function visibleText(doc: Document): string {
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

interface BichardOffence {
  cjsCode: string;
  offenceTitle: string;
}
let bichard: Map<string, string> | undefined;
/** Bichard7 standing data (MoJ, devDependency): the real CJS code → title table. */
export function bichardTitles(): Map<string, string> {
  if (!bichard) {
    const file = join(process.cwd(), 'node_modules/@moj-bichard7-developers/bichard7-next-data/data/offence-code.json');
    const rows = JSON.parse(readFileSync(file, 'utf8')) as BichardOffence[];
    bichard = new Map(rows.map((r) => [r.cjsCode, r.offenceTitle]));
  }
  return bichard;
}

export function bichardForceCodes(): Set<string> {
  const file = join(process.cwd(), 'node_modules/@moj-bichard7-developers/bichard7-next-data/data/forces.json');
  return new Set((JSON.parse(readFileSync(file, 'utf8')) as { code: string }[]).map((f) => f.code));
}
