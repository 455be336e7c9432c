import { detect } from '../detect/detect';
import { pageText, rangeForOffsets } from '../detect/page-text';
import { hasSignals, readCases } from '../stage/read';
import { pageStructure } from '../stage/structure';
import { carryCases } from '../stage/cases';
import { mergeResults } from './merge-results';
import { summarise } from './page-summary';
import { createIndicator } from './indicator';
import { createHighlighter } from './highlight';
import { createObservationReporter } from './observe';
import type { PageDetector } from './detector-port';

/** The detector, the DOM walk and the stage reader, as one object: detector.js installs it; the bundled
 * training pages, the tests and the bench pass it to the scanner directly. */
export const PAGE_DETECTOR: PageDetector = {
  detect,
  pageText,
  rangeForOffsets,
  readCases,
  pageStructure,
  hasSignals,
  mergeResults,
  carryCases,
  summarise,
  createIndicator,
  createHighlighter,
  createObservationReporter,
};
