/** Raw and gzip sizes of the shipped scripts that run on case-system pages (release build). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

/** The always-injected script, the detector (injected where the prefilter cannot rule a page out) and
 * the sidebar (injected on a match). */
export const PAGE_SCRIPTS = ['content-scripts/case-page.js', 'detector.js', 'sidebar.js'] as const;

export function fileSizes(buildDir: string, files: readonly string[] = PAGE_SCRIPTS): FileSize[] {
  return files.map((file) => {
    const data = readFileSync(join(buildDir, file));
    // Level 9, as the E2E budget test measures it.
    return { file, rawBytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
  });
}
