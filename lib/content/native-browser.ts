/**
 * `wxt/browser` for the scripts that run inside case-system pages (case-page.js, detector.js,
 * sidebar.js): the browser's own extension API object, without webextension-polyfill (~2.5 KB gzip
 * in each). wxt.config.ts aliases `wxt/browser` to this module for those builds only; extension pages
 * and the background keep the polyfill. This is what WXT itself exports without the polyfill module.
 *
 * Why that is enough there: these scripts call only `runtime.sendMessage` (a promise natively in
 * Firefox and in Chrome MV3), `runtime.id`, `i18n.getMessage` (synchronous) and
 * `storage.onChanged` (an event whose listener returns nothing). They register no
 * `runtime.onMessage` listener, the one place where the polyfill's promise-returning listeners
 * differ, and the background always answers (lib/messaging/dispatch.ts sends a result, never a
 * rejection), so the polyfill's reply conventions never come into play. Firefox's `browser` is the
 * object the polyfill itself would have returned there.
 */
type ApiRoot = { runtime?: { id?: string } };
const g = globalThis as unknown as { browser?: ApiRoot; chrome?: ApiRoot };

export const browser = g.browser?.runtime?.id ? g.browser : g.chrome;
