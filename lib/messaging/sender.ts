/**
 * The ONE place that decides who sent a message. The background trusts nothing in the message
 * body about its origin; only the browser-set sender fields are read.
 */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
  frameId?: number;
}

export interface SelfIdentity {
  /** browser.runtime.id */
  id: string;
  /** Our extension origin, e.g. "chrome-extension://abcdef..." or "moz-extension://uuid". */
  origin: string;
}

export type SenderKind = 'extension-page' | 'content-script';

export function classifySender(sender: SenderLike | null | undefined, self: SelfIdentity): SenderKind | null {
  if (!sender || typeof sender !== 'object' || !self.id || sender.id !== self.id) return null;
  const url = typeof sender.url === 'string' ? sender.url : '';
  // Chrome also reports the frame's origin; when present it must agree with the URL.
  const originAgrees = sender.origin === undefined || sender.origin === self.origin;
  if (self.origin && url.startsWith(`${self.origin}/`) && originAgrees) return 'extension-page';
  // Our content scripts run in web pages, so they always come with a tab and a non-extension URL.
  if (sender.tab && !url.startsWith(`${self.origin}/`)) return 'content-script';
  return null;
}

/** Content scripts may only use "content" messages; extension pages may use all. */
export function mayUse(kind: SenderKind, access: 'content' | 'page'): boolean {
  return access === 'content' || kind === 'extension-page';
}
