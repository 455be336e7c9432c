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

/** Issue 19's size targets, KB gzip (the detector has none; tests/e2e/budgets.spec.ts checks budgets). */
export const SIZE_TARGETS: Record<string, number> = { 'content-scripts/case-page.js': 12, 'sidebar.js': 70 };

export function fileSizes(buildDir: string, files: readonly string[] = PAGE_SCRIPTS): FileSize[] {
  return files.map((file) => {
    const data = readFileSync(join(buildDir, file));
    // Level 9, as the E2E budget test measures it.
    return { file, rawBytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
  });
}
