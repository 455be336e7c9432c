import type { detect } from '../detect/detect';
import type { pageText, rangeForOffsets } from '../detect/page-text';
import type { hasSignals, readCases } from '../stage/read';
import type { pageStructure } from '../stage/structure';

/**
 * The detector and the DOM walk, which the always-injected case-page script does not carry: most pages
 * are ruled out by the prefilter alone. The background injects detector.js (entrypoints/detector.ts)
 * into the same isolated world when a page needs them; it installs itself here.
 */
export interface PageDetector {
  pageText: typeof pageText;
  detect: typeof detect;
  rangeForOffsets: typeof rangeForOffsets;
  /** Each matching case's stage and the orders on the page for it (lib/stage). */
  readCases: typeof readCases;
  pageStructure: typeof pageStructure;
  /** Does a changed part of the page name a stage or an order? */
  hasSignals: typeof hasSignals;
}

const DETECTOR_KEY = '__deprivationOrderReminderDetector';

export function installedDetector(): PageDetector | undefined {
  return (globalThis as Record<string, unknown>)[DETECTOR_KEY] as PageDetector | undefined;
}

export function installDetector(d: PageDetector): void {
  (globalThis as Record<string, unknown>)[DETECTOR_KEY] = d;
}
