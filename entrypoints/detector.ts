import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detect } from '../lib/detect/detect';
import { pageText, rangeForOffsets } from '../lib/detect/page-text';
import { installDetector } from '../lib/content/detector-port';

/**
 * Injected by the background, on request of the case-page script, into a page the prefilter could not
 * rule out. Runs in the case-page script's isolated world and hands it the detector.
 */
export default defineUnlistedScript(() => {
  installDetector({ detect, pageText, rangeForOffsets });
});
