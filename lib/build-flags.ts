/**
 * Build-time switches, replaced by constants at build (see `wxt.config.ts` `vite.define`).
 * Release builds: no preconfigured sites. The E2E/demo build (`npm run build:e2e`) treats the local
 * test server's origins as configured case-system sites on first install, so tests and `npm start`
 * see the product exactly as a configured user would.
 */
declare const __DOR_PRECONFIGURED_SITES__: string[] | undefined;

export const PRECONFIGURED_SITES: readonly string[] =
  typeof __DOR_PRECONFIGURED_SITES__ === 'undefined' ? [] : __DOR_PRECONFIGURED_SITES__;
