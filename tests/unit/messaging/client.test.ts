import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '../../../lib/messaging/client';
import { TAB_STATES, tabStatusValueSchema } from '../../../lib/messaging/page-schemas';

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

  // The popup's one-contract path (issue 18: its own protocol file and reply schema are gone).
  it('with a check: a well-formed tab status passes, in each state', async () => {
    for (const state of TAB_STATES) {
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { state } } as never);
      expect(await send('tab.status', { tabId: 3 }, tabStatusValueSchema)).toEqual({ ok: true, value: { state } });
    }
    const match = { state: 'match', offenceTitle: 'Sharing intimate photograph or film', citation: 'SOA 2003 s.66B(2)' };
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: match } as never);
    expect(await send('tab.check', { tabId: 3 }, tabStatusValueSchema)).toEqual({ ok: true, value: match });
    expect(spy).toHaveBeenCalledWith({ type: 'tab.check', payload: { tabId: 3 } });
  });

  it.each([[{ state: 'bogus' }], [{ state: 'match', offenceTitle: 7 }], [{ state: 'match', offenceTitle: 'x'.repeat(400) }], [{ state: 'match', extra: 1 }], [null]])(
    'with a check: a malformed value is an error, never shown (%#)',
    async (value) => {
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value } as never);
      expect(await send('tab.status', { tabId: 3 }, tabStatusValueSchema)).toMatchObject({ ok: false, error: { code: 'bad-response' } });
    },
  );

  it('with a check: the background\u2019s own error passes through unchanged', async () => {
    const error = { code: 'no-tab', message: 'The tab has closed.' };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error } as never);
    expect(await send('tab.status', { tabId: 3 }, tabStatusValueSchema)).toEqual({ ok: false, error });
  });
});
