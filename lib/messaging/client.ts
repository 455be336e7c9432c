import { browser } from 'wxt/browser';
import { err, type Result } from '../record/result';
import type { MessageType, PayloadInput, Responses } from './protocol';

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Sends one typed message to the background. Never throws: failures come back as {ok:false}. */
export async function send<K extends MessageType>(type: K, payload: PayloadInput<K>): Promise<Result<Responses[K]>> {
  try {
    const response: unknown = await browser.runtime.sendMessage({ type, payload });
    if (isResult(response)) return response as Result<Responses[K]>;
    return err('no-response', 'The extension did not answer. Reload the page and try again.');
  } catch (error) {
    return err('send-failed', `The extension could not be reached (${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}).`);
  }
}
