import type { detect } from '../detect/detect';
import type { pageText, rangeForOffsets } from '../detect/page-text';
import type { hasSignals, readCases } from '../stage/read';
import type { pageStructure } from '../stage/structure';
import type { carryCases } from '../stage/cases';
import type { mergeResults } from './merge-results';
import type { summarise } from './page-summary';
import type { createIndicator } from './indicator';
import type { createHighlighter } from './highlight';
import type { createObservationReporter } from './observe';

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
  // What only a page with findings needs travels here too, so the always-injected script does not carry
  // it (issue 19: its size). Findings, evidence ranges and the indicator exist only once this is loaded.
  /** Adds the result for a changed part to the page's. */
  mergeResults: typeof mergeResults;
  /** The cases of a merged result, keeping the stage and orders last read for them. */
  carryCases: typeof carryCases;
  /** What the background is told about a page with findings (without, it is page-summary's NO_FINDINGS). */
  summarise: typeof summarise;
  /** The quiet "possible case" tab (the background asks for it only where something was found). */
  createIndicator: typeof createIndicator;
  /** Shows a piece of evidence on the page (only found evidence has a range to show). */
  createHighlighter: typeof createHighlighter;
  /** Reports a deprivation order already on the page (there are cases only once this is loaded). */
  createObservationReporter: typeof createObservationReporter;
}

const DETECTOR_KEY = '__deprivationOrderReminderDetector';

export function installedDetector(): PageDetector | undefined {
  return (globalThis as Record<string, unknown>)[DETECTOR_KEY] as PageDetector | undefined;
}

export function installDetector(d: PageDetector): void {
  (globalThis as Record<string, unknown>)[DETECTOR_KEY] = d;
}
