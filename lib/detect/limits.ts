/**
 * Distances the detector's verdict depends on, in one place: the detector (bind.ts, detect.ts, scan.ts)
 * and the prefilter (prefilter.ts), which must never be stricter than the detector, both read them.
 */

/** A section binds to an Act that starts at most this far after the section ends (same sentence). */
export const LOOSE_AFTER_MAX = 150;
/** A section binds to an Act that ends at most this far before the section starts (same paragraph). */
export const CONTEXT_MAX = 400;
/** A legislation.gov.uk annotation marker binds to an SOA 2003 / CJCA 2015 at most this far before it. */
export const ANNOTATION_MAX = 5000;
/** Media words this close to alternative-charge evidence make it 'possible' (about one case report). */
export const MEDIA_WINDOW = 2500;
/** An alternative charge's particulars describe an intimate image when, this close to the charge (and in
 * its record), a media word has an intimate-state word just before or after it. At most MEDIA_WINDOW:
 * the prefilter lets an alternative charge through when media words are within that. */
export const INTIMATE_MEDIA_WINDOW = 1000;
/** How far before a media word ("naked photographs") and after it ("a video of her undressing") an
 * intimate-state word describes it. */
export const STATE_BEFORE = 25;
export const STATE_AFTER = 60;
/** The longest section reference the detector reads ("sections 1, 7, 20 and 21(1)(a)..."); a test
 * checks it against the pattern. */
export const SECTION_TOKEN_MAX = 450;
