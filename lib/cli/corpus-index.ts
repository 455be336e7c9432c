/**
 * Reads a labelled corpus folder (../shared/corpus, ../shared/corpus2): `index.jsonl`, one JSON object
 * per line with `id`, `file` (relative to the folder), `label`, `subset`, `offences` (tags) and `why`.
 * Node only (the CLI and the tests); never part of the extension.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export type CorpusLabel = 'positive' | 'negative' | 'iioc';

export interface CorpusDoc {
  id: string;
  /** Absolute path of the text. */
  path: string;
  label: CorpusLabel;
  subset: string;
  offences: string[];
  why: string;
  /** The folder (batch) it came from, e.g. "corpus2". */
  batch: string;
}

/** The docs of one corpus folder, or null where it has no index. */
export function readCorpusIndex(folder: string): CorpusDoc[] | null {
  const index = join(folder, 'index.jsonl');
  if (!existsSync(index)) return null;
  const batch = resolve(folder).split(/[\\/]/).pop() ?? folder;
  return readFileSync(index, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const d = JSON.parse(l) as Record<string, unknown>;
      return {
        id: String(d.id),
        path: resolve(folder, String(d.file)),
        label: d.label as CorpusLabel,
        subset: String(d.subset ?? ''),
        offences: Array.isArray(d.offences) ? d.offences.map(String) : [],
        why: String(d.why ?? ''),
        batch,
      };
    });
}

/** The index that labels a file or folder given on the command line: its own, or its parent's (a
 * corpus's docs/ folder, or one doc in it). */
export function indexFor(path: string): CorpusDoc[] | null {
  const abs = resolve(path);
  for (const folder of [abs, dirname(abs), dirname(dirname(abs))]) {
    const docs = readCorpusIndex(folder);
    if (docs) return docs;
  }
  return null;
}
