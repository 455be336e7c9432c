import { detect } from '../detect/detect';
import { pageText, rangeForOffsets } from '../detect/page-text';
import { hasSignals, readCases } from '../stage/read';
import { pageStructure } from '../stage/structure';
import type { PageDetector } from './detector-port';

/** The detector, the DOM walk and the stage reader, as one object: detector.js installs it; the bundled
 * training pages, the tests and the bench pass it to the scanner directly. */
export const PAGE_DETECTOR: PageDetector = { detect, pageText, rangeForOffsets, readCases, pageStructure, hasSignals };
