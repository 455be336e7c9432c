/**
 * Build-time switches, replaced by constants at build (see `wxt.config.ts` `vite.define`).
 * Release builds: no preconfigured sites and no served training site. The E2E/demo build (`npm run
 * build:e2e`) treats the local test server's origins as configured case-system sites on first install,
 * so tests and `npm start` see the product exactly as a configured user would; and it knows the
 * training site `npm start` serves (http://127.0.0.1:8123/training/), whose pages are training pages
 * (lib/training/training-pages.ts). Pages the tests serve on other ports stand in for a real case
 * system and are live.
 */
declare const __DOR_PRECONFIGURED_SITES__: string[] | undefined;
declare const __DOR_TRAINING_SITES__: string[] | undefined;
declare const __DOR_SERVES_TRAINING_SITE__: boolean | undefined;

export const PRECONFIGURED_SITES: readonly string[] =
  typeof __DOR_PRECONFIGURED_SITES__ === 'undefined' ? [] : __DOR_PRECONFIGURED_SITES__;

export const TRAINING_SITES: readonly string[] = typeof __DOR_TRAINING_SITES__ === 'undefined' ? [] : __DOR_TRAINING_SITES__;

/** Whether TRAINING_SITES is non-empty, as a constant the bundler can fold: release builds then drop the
 * code that only the served training site needs (the always-injected script's size, issue 19). Where
 * the build does not define it (tests), it follows TRAINING_SITES. */
export const SERVES_TRAINING_SITE: boolean =
  typeof __DOR_SERVES_TRAINING_SITE__ === 'undefined' ? TRAINING_SITES.length > 0 : __DOR_SERVES_TRAINING_SITE__;
