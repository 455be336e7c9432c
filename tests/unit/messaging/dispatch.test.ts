import type { Handlers } from '../../../lib/messaging/dispatch';
import { describe, expect, it, vi } from 'vitest';
import { createMessageListener, handleMessage, type DispatchDeps } from '../../../lib/messaging/dispatch';
import { createRecordHandlers } from '../../../lib/messaging/record-handlers';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';
import { fixedPromptHasher, makeRequest } from '../record/helpers';

const SELF = { id: 'our-extension-id', origin: 'chrome-extension://our-extension-id' };
const PAGE = { id: SELF.id, url: `${SELF.origin}/record.html`, origin: SELF.origin };
const CONTENT = { id: SELF.id, url: 'https://caseworker.example.gov.uk/case/1', origin: 'https://caseworker.example.gov.uk', tab: { id: 3 }, frameId: 0 };
const OTHER_EXTENSION = { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' };

function deps(): DispatchDeps {
  const store = createRecordStore(createMemoryArea());
  return {
    self: SELF,
    handlers: createRecordHandlers(store, {
      now: () => new Date('2026-03-01T10:00:00.000Z'),
      extensionVersion: '0.1.0',
      caseRefInClear: () => false,
      trainingPage: () => null,
      retentionDays: () => 730,
      promptTextHash: fixedPromptHasher,
    }) as Handlers,
  };
}

describe('handleMessage', () => {
  it('lets a content script append and ask case status', async () => {
    const d = deps();
    const appended = await handleMessage({ type: 'record.append', payload: makeRequest() }, CONTENT, d);
    expect(appended).toMatchObject({ ok: true, value: { duplicate: false, entry: { seq: 1 } } });
    const status = await handleMessage({ type: 'record.caseStatus', payload: { caseRef: '01AB2345678', mode: 'live' } }, CONTENT, d);
    expect(status).toMatchObject({ ok: true, value: { prompts: [{ outcome: 'raised-with-court' }] } });
  });

  it('refuses privileged messages from content scripts', async () => {
    const d = deps();
    for (const [type, payload] of [
      ['record.list', { mode: 'all' }],
      ['record.export', { includeTraining: true }],
      ['record.import', { text: '{}' }],
      ['record.clearTraining', { maxSeq: 0 }],
      ['record.purge', {}],
      ['record.verify', { mode: 'live' }],
    ] as const) {
      const result = await handleMessage({ type, payload }, CONTENT, d);
      expect(result, type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('lets the record page use privileged messages', async () => {
    const d = deps();
    await handleMessage({ type: 'record.append', payload: makeRequest() }, PAGE, d);
    const listed = await handleMessage({ type: 'record.list', payload: { mode: 'live' } }, PAGE, d);
    expect(listed.ok && (listed.value as { entries: unknown[] }).entries).toHaveLength(1);
    const verified = await handleMessage({ type: 'record.verify', payload: { mode: 'live' } }, PAGE, d);
    expect(verified).toMatchObject({ ok: true, value: { ok: true, count: 1 } });
  });

  it('rejects other senders, unknown types, malformed envelopes and payloads', async () => {
    const d = deps();
    expect(await handleMessage({ type: 'record.append', payload: makeRequest() }, OTHER_EXTENSION, d)).toMatchObject({ error: { code: 'forbidden-sender' } });
    expect(await handleMessage({ type: 'record.append', payload: makeRequest() }, undefined, d)).toMatchObject({ error: { code: 'forbidden-sender' } });
    expect(await handleMessage({ type: 'record.drop', payload: {} }, PAGE, d)).toMatchObject({ error: { code: 'unknown-message' } });
    expect(await handleMessage({ type: 'toString', payload: {} }, PAGE, d)).toMatchObject({ error: { code: 'unknown-message' } });
    expect(await handleMessage('record.list', PAGE, d)).toMatchObject({ error: { code: 'invalid-message' } });
    expect(await handleMessage({ type: 'record.list', payload: { mode: 'all' }, extra: 1 }, PAGE, d)).toMatchObject({ error: { code: 'invalid-message' } });
    expect(await handleMessage({ type: 'record.list', payload: { mode: 'all', sneaky: 1 } }, PAGE, d)).toMatchObject({ error: { code: 'invalid-payload' } });
    expect(await handleMessage({ type: 'record.append', payload: { ...makeRequest(), note: 'x'.repeat(501) } }, CONTENT, d)).toMatchObject({ error: { code: 'invalid-payload' } });
    expect(await handleMessage({ type: 'record.caseStatus', payload: { caseRef: 'x'.repeat(65), mode: 'live' } }, CONTENT, d)).toMatchObject({ error: { code: 'invalid-payload' } });
  });

  it('turns a throwing handler into an error result', async () => {
    const d = deps();
    d.handlers['record.verify'] = async () => {
      throw new Error('boom');
    };
    expect(await handleMessage({ type: 'record.verify', payload: { mode: 'live' } }, PAGE, d)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('createMessageListener', () => {
  it('answers through sendResponse and returns true (keeps the channel open)', async () => {
    const listener = createMessageListener(deps());
    const sendResponse = vi.fn();
    expect(listener({ type: 'record.append', payload: makeRequest() }, CONTENT, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledTimes(1));
    expect(sendResponse.mock.calls[0]![0]).toMatchObject({ ok: true });
  });
});
