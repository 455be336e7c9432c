// record.observe where the settings say nothing, and where the page address cannot be read: found
// unchecked by mutation testing (npm run mutation -- messaging).
import { describe, expect, it } from 'vitest';
import { createRecordHandlers } from '../../../lib/messaging/record-handlers';
import { createPromptHasher } from '../../../lib/prompts/text-hash';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';

const payload = {
  clientId: 'observe-handler-0002',
  caseRef: '01AB2345678',
  site: 'https://elsewhere.example',
  offence: null,
  observation: 'deprivation-order-on-page' as const,
  stage: 'results-entry' as const,
  training: false,
};

const handlers = () =>
  createRecordHandlers(createRecordStore(createMemoryArea()), {
    now: () => new Date('2026-12-02T10:00:00.000Z'),
    extensionVersion: '1.2.3',
    caseRefInClear: () => false,
    retentionDays: () => 730,
    promptTextHash: createPromptHasher(),
    // A case-system page, not a training page: live.
    trainingPage: () => null,
  });

describe('record.observe without user settings', () => {
  it('records a live observation with no role', async () => {
    const r = await handlers()['record.observe'](payload, { sender: 'content-script', tabId: 1, url: 'https://cases.example.gov.uk/x' });
    expect(r.ok && r.value.entry).toMatchObject({ kind: 'observation', role: null, mode: 'live', site: 'https://cases.example.gov.uk' });
  });

  it('a page address that is not a URL is refused with a message', async () => {
    const h = handlers();
    const r = await h['record.observe'](payload, { sender: 'content-script', tabId: 1, url: 'not a url' });
    expect(r).toMatchObject({ ok: false, error: { code: 'no-site', message: 'record.observe: the sending page has no address.' } });
  });
});
