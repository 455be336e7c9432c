/**
 * Names shared with the background and the build. The lead builds the content-script entrypoint
 * under exactly this output name; registrations point at it.
 */
export const CASE_PAGE_SCRIPT = 'content-scripts/case-page.js';

/** Every content script we register for a case-system site has an id with this prefix. */
export const SITE_SCRIPT_ID_PREFIX = 'case-site-';

/** Longest site input we look at; anything longer is a paste accident, not an address. */
export const MAX_SITE_INPUT_LENGTH = 500;
