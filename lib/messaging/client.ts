import { browser } from 'wxt/browser';
import { err, type Result } from '../core/result';
import type { MessageType, PayloadInput, Responses } from './protocol';

/** Any schema-like checker (a zod schema has this shape); content scripts send without one, free of zod. */
export interface ValueCheck<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Sends one typed message to the background. Never throws: failures come back as {ok:false}. With
 * `check`, a successful answer whose value does not pass it is an error too (the popup shows what the
 * background says about a page, so it checks it).
 */
export async function send<K extends MessageType>(type: K, payload: PayloadInput<K>, check?: ValueCheck<Responses[K]>): Promise<Result<Responses[K]>> {
  try {
    const response: unknown = await browser.runtime.sendMessage({ type, payload });
    if (isResult(response)) {
      if (!check || !response.ok) return response as Result<Responses[K]>;
      const parsed = check.safeParse((response as { value?: unknown }).value);
      return parsed.success ? { ok: true, value: parsed.data } : err('bad-response', 'The extension gave an answer this page cannot read.');
    }
    return err('no-response', 'The extension did not answer. Reload the page and try again.');
  } catch (error) {
    return err('send-failed', `The extension could not be reached (${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}).`);
  }
}
