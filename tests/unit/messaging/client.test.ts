import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '../../../lib/messaging/client';

describe('send', () => {
  it('sends the typed envelope and returns the result', async () => {
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { removed: 2 } } as never);
    const result = await send('record.clearTraining', { maxSeq: 3 });
    expect(spy).toHaveBeenCalledWith({ type: 'record.clearTraining', payload: { maxSeq: 3 } });
    expect(result).toEqual({ ok: true, value: { removed: 2 } });
  });

  it('never throws: no answer and a failed send come back as errors', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
    expect(await send('record.verify', { mode: 'live' })).toMatchObject({ ok: false, error: { code: 'no-response' } });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await send('record.verify', { mode: 'live' })).toMatchObject({ ok: false, error: { code: 'send-failed' } });
  });
});
