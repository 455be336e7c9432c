import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installDetector } from '../lib/content/detector-port';
import { PAGE_DETECTOR } from '../lib/content/page-detector';

/**
 * Injected by the background, on request of the case-page script, into a page the prefilter could not
 * rule out. Runs in the case-page script's isolated world and hands it the detector (and the stage reader).
 */
export default defineUnlistedScript(() => {
  installDetector(PAGE_DETECTOR);
});
