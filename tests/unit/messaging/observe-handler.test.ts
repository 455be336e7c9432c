import { describe, expect, it } from 'vitest';
import { createRecordHandlers } from '../../../lib/messaging/record-handlers';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';

const payload = {
  clientId: 'observe-handler-0001',
  caseRef: '01AB2345678',
  site: 'https://elsewhere.example',
  offence: { id: 'soa2003-s67-3', evidenceKind: 'title' as const },
  observation: 'deprivation-order-on-page' as const,
  stage: 'results-entry' as const,
  training: false,
};

function setup(training = false) {
  const store = createRecordStore(createMemoryArea());
  const handlers = createRecordHandlers(store, {
    now: () => new Date('2026-12-02T10:00:00.000Z'),
    extensionVersion: '1.2.3',
    caseRefInClear: () => false,
    retentionDays: () => 730,
    userContext: async () => ({ role: 'legal-adviser', training }),
  });
  return { store, handlers };
}

describe('record.observe handler', () => {
  it('takes a content script\'s site from the browser, and role and mode from the settings', async () => {
    const { handlers } = setup();
    const r = await handlers['record.observe'](payload, { sender: 'content-script', tabId: 1, url: 'https://cases.example.gov.uk/hearing/9?x=1' });
    expect(r.ok && r.value.entry).toMatchObject({ kind: 'observation', site: 'https://cases.example.gov.uk', role: 'legal-adviser', mode: 'live' });
  });

  it('writes training records in training mode or from the bundled training pages', async () => {
    const inTraining = await setup(true).handlers['record.observe'](payload, { sender: 'content-script', tabId: 1, url: 'https://cases.example.gov.uk/' });
    expect(inTraining.ok && inTraining.value.entry.mode).toBe('training');
    const bundled = await setup().handlers['record.observe'](
      { ...payload, site: 'https://training.invalid', training: true },
      { sender: 'extension-page', url: 'chrome-extension://abc/training/cp-results-depo.html' },
    );
    expect(bundled.ok && bundled.value.entry).toMatchObject({ mode: 'training', site: 'https://training.invalid' });
  });

  it('refuses a content script with no address', async () => {
    const r = await setup().handlers['record.observe'](payload, { sender: 'content-script', tabId: 1 });
    expect(r.ok).toBe(false);
  });
});
