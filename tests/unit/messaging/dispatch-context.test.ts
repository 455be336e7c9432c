// What a handler learns about the sender, and what the error results say: found unchecked by mutation
// testing (npm run mutation -- messaging). record.observe takes the site from the sender's URL as the
// browser reports it, so these fields must come from the browser's sender and nowhere else.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '../../../lib/messaging/client';
import { handleMessage, type DispatchDeps, type HandlerContext, type Handlers } from '../../../lib/messaging/dispatch';

const SELF = { id: 'our-extension-id', origin: 'chrome-extension://our-extension-id' };
const PAGE = { id: SELF.id, url: `${SELF.origin}/record.html`, origin: SELF.origin };
const CONTENT = { id: SELF.id, url: 'https://caseworker.example.gov.uk/case/1', origin: 'https://caseworker.example.gov.uk', tab: { id: 3 }, frameId: 2 };

/** Deps whose record.verify handler records the context it was given. */
function spyDeps() {
  const seen: HandlerContext[] = [];
  const handlers = {
    'record.verify': async (_payload: unknown, context: HandlerContext) => {
      seen.push(context);
      return { ok: true, value: null };
    },
    'record.caseStatus': async (_payload: unknown, context: HandlerContext) => {
      seen.push(context);
      return { ok: true, value: { prompts: [] } };
    },
  } as unknown as Handlers;
  return { seen, deps: { self: SELF, handlers } satisfies DispatchDeps };
}

describe('the handler context', () => {
  it('a content script: its tab, frame and page URL as the browser reported them', async () => {
    const { seen, deps } = spyDeps();
    await handleMessage({ type: 'record.caseStatus', payload: { caseRef: '01AB2345678', mode: 'live' } }, CONTENT, deps);
    expect(seen).toEqual([{ sender: 'content-script', tabId: 3, frameId: 2, url: CONTENT.url }]);
  });

  it('an extension page: no tab or frame', async () => {
    const { seen, deps } = spyDeps();
    await handleMessage({ type: 'record.verify', payload: { mode: 'live' } }, PAGE, deps);
    expect(seen).toEqual([{ sender: 'extension-page', tabId: undefined, frameId: undefined, url: PAGE.url }]);
  });

  it('sender fields of the wrong type are left out, not passed on', async () => {
    const { seen, deps } = spyDeps();
    const odd = { ...CONTENT, tab: { id: '3' }, frameId: '2' as unknown as number };
    await handleMessage({ type: 'record.caseStatus', payload: { caseRef: '01AB2345678', mode: 'live' } }, odd, deps);
    expect(seen).toEqual([{ sender: 'content-script', tabId: undefined, frameId: undefined, url: CONTENT.url }]);
  });
});

describe('error results say what went wrong', () => {
  it('names the refused sender, the malformed message, the unknown type and the page-only message', async () => {
    const { deps } = spyDeps();
    const other = await handleMessage({ type: 'record.verify', payload: { mode: 'live' } }, { id: 'someone-else' }, deps);
    expect(other).toMatchObject({ ok: false, error: { code: 'forbidden-sender', message: expect.stringMatching(/only from this extension/) } });
    expect(await handleMessage('record.verify', PAGE, deps)).toMatchObject({ error: { message: expect.stringMatching(/not in the expected form/) } });
    const unknown = await handleMessage({ type: 'record.drop', payload: {} }, PAGE, deps);
    expect(unknown).toMatchObject({ error: { code: 'unknown-message', message: 'Unknown message type "record.drop".' } });
    const pageOnly = await handleMessage({ type: 'record.verify', payload: { mode: 'live' } }, CONTENT, deps);
    expect(pageOnly).toMatchObject({ error: { code: 'forbidden', message: '"record.verify" may only be sent from an extension page.' } });
  });

  it('an invalid payload names the field and the problem; a payload that is not an object names the payload', async () => {
    const { deps } = spyDeps();
    const field = await handleMessage({ type: 'record.verify', payload: { mode: 'later' } }, PAGE, deps);
    expect(field).toMatchObject({ error: { code: 'invalid-payload', message: expect.stringMatching(/^record\.verify: mode: \S/) } });
    const whole = await handleMessage({ type: 'record.verify', payload: 'live' }, PAGE, deps);
    expect(whole).toMatchObject({ error: { code: 'invalid-payload', message: expect.stringMatching(/^record\.verify: payload: \S/) } });
  });

  it('a throwing handler: the message type and the first 200 characters of the error', async () => {
    const { deps } = spyDeps();
    (deps.handlers as unknown as Record<string, unknown>)['record.verify'] = async () => {
      throw new Error('x'.repeat(300));
    };
    const result = await handleMessage({ type: 'record.verify', payload: { mode: 'live' } }, PAGE, deps);
    expect(result).toMatchObject({ error: { code: 'internal', message: `record.verify failed: ${'x'.repeat(200)}` } });
    (deps.handlers as unknown as Record<string, unknown>)['record.verify'] = async () => {
      throw 'not an Error';
    };
    expect(await handleMessage({ type: 'record.verify', payload: { mode: 'live' } }, PAGE, deps)).toMatchObject({
      error: { message: 'record.verify failed: unknown error' },
    });
  });
});

describe('send (the page side)', () => {
  it('an answer that is not a result is reported as no answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: 'yes' } as never);
    expect(await send('record.verify', { mode: 'live' })).toMatchObject({ ok: false, error: { code: 'no-response', message: expect.stringMatching(/did not answer/) } });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(null as never);
    expect(await send('record.verify', { mode: 'live' })).toMatchObject({ ok: false, error: { code: 'no-response' } });
  });

  it('a failed send says why, cut to 200 characters', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('y'.repeat(300)));
    expect(await send('record.verify', { mode: 'live' })).toMatchObject({ error: { code: 'send-failed', message: `The extension could not be reached (${'y'.repeat(200)}).` } });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue('gone');
    expect(await send('record.verify', { mode: 'live' })).toMatchObject({ error: { message: 'The extension could not be reached (unknown error).' } });
  });
});
