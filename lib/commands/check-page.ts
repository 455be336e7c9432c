/**
 * "Check this page" is a browser command (manifest `commands`, wxt.config.ts): the background checks
 * the active tab once with the activeTab grant; the popup shows the key the browser has for it.
 */
export const CHECK_PAGE_COMMAND = 'check-page';
