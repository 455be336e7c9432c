import { describe, expect, it } from 'vitest';
import { createRecordHandlers } from '../../../lib/messaging/record-handlers';
import { PROMPT_DEFINITIONS } from '../../../lib/prompts';
import { createPromptHasher, promptTextHash } from '../../../lib/prompts/text-hash';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';
import { trainingPageKind } from '../../../lib/training/training-pages';

const payload = {
  clientId: 'observe-handler-0001',
  caseRef: '01AB2345678',
  site: 'https://elsewhere.example',
  offence: { id: 'soa2003-s67-3', evidenceKind: 'title' as const },
  observation: 'deprivation-order-on-page' as const,
  stage: 'results-entry' as const,
  training: false,
};

function setup() {
  const store = createRecordStore(createMemoryArea());
  const handlers = createRecordHandlers(store, {
    now: () => new Date('2026-12-02T10:00:00.000Z'),
    extensionVersion: '1.2.3',
    caseRefInClear: () => false,
    retentionDays: () => 730,
    userContext: async () => ({ role: 'legal-adviser' }),
    trainingPage: (ctx) => trainingPageKind(ctx.url, { extensionOrigin: 'chrome-extension://abc', sites: ['http://127.0.0.1:8123'] }),
    promptTextHash: createPromptHasher(),
  });
  return { store, handlers };
}

describe('record.observe handler', () => {
  it('takes a content script\'s site from the browser, and role and mode from the settings', async () => {
    const { handlers } = setup();
    const r = await handlers['record.observe'](payload, { sender: 'content-script', tabId: 1, url: 'https://cases.example.gov.uk/hearing/9?x=1' });
    expect(r.ok && r.value.entry).toMatchObject({ kind: 'observation', site: 'https://cases.example.gov.uk', role: 'legal-adviser', mode: 'live' });
  });

  it('writes training records only from training pages, whatever the page says of itself', async () => {
    const claimed = await setup().handlers['record.observe']({ ...payload, training: true }, { sender: 'content-script', tabId: 1, url: 'https://cases.example.gov.uk/' });
    expect(claimed.ok && claimed.value.entry.mode).toBe('live');
    const served = await setup().handlers['record.observe'](payload, { sender: 'content-script', tabId: 1, url: 'http://127.0.0.1:8123/training/cp-results-depo.html' });
    expect(served.ok && served.value.entry).toMatchObject({ mode: 'training', site: 'http://127.0.0.1:8123' });
    const bundled = await setup().handlers['record.observe'](
      { ...payload, site: 'https://training.invalid', training: true },
      { sender: 'extension-page', url: 'chrome-extension://abc/training/cp-results-depo.html' },
    );
    expect(bundled.ok && bundled.value.entry).toMatchObject({ mode: 'training', site: 'https://training.invalid' });
  });

  it('records nothing from the training index or guide', async () => {
    const r = await setup().handlers['record.observe'](payload, { sender: 'extension-page', url: 'chrome-extension://abc/training/index.html' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-a-case-page' } });
  });

  it('refuses a content script with no address', async () => {
    const r = await setup().handlers['record.observe'](payload, { sender: 'content-script', tabId: 1 });
    expect(r.ok).toBe(false);
  });
});

const decision = PROMPT_DEFINITIONS.find((d) => d.id === 'consider-deprivation-order')!;

describe('record.append handler: the mode is the background\'s to decide (issue 23)', () => {
  const input = (mode: 'live' | 'training') => ({
    clientId: `append-handler-${mode}-01`,
    event: 'outcome' as const,
    mode,
    role: 'legal-adviser' as const,
    caseRef: '01AB2345678',
    site: 'https://cases.example.gov.uk',
    prompt: { id: decision.id, version: decision.version, lang: 'en' },
    offence: { id: 'soa2003-s66b-2', evidenceKind: 'cjs-code' as const },
    outcome: 'raised-with-court' as const,
    reason: null,
    note: null,
    corrects: null,
  });

  it('a non-training page records live even when it sends "training"', async () => {
    const { handlers, store } = setup();
    const r = await handlers['record.append'](input('training'), { sender: 'content-script', tabId: 1, url: 'https://cases.example.gov.uk/case/7' });
    expect(r.ok && r.value.entry.mode).toBe('live');
    const training = await store.list({ mode: 'training' });
    expect(training.ok && training.value.entries).toEqual([]);
  });

  it('a training case page records training even when it sends "live"', async () => {
    const { handlers } = setup();
    const served = await handlers['record.append'](input('live'), { sender: 'content-script', tabId: 1, url: 'http://127.0.0.1:8123/training/cp-s66b2.html' });
    expect(served.ok && served.value.entry.mode).toBe('training');
    const bundled = await handlers['record.append']({ ...input('live'), clientId: 'append-handler-bundled' }, { sender: 'extension-page', url: 'chrome-extension://abc/training/cp-s66b1.html' });
    expect(bundled.ok && bundled.value.entry.mode).toBe('training');
  });

  it('the index and guide record nothing', async () => {
    const { handlers, store } = setup();
    for (const page of ['index.html', 'guide.html']) {
      const r = await handlers['record.append'](input('training'), { sender: 'extension-page', url: `chrome-extension://abc/training/${page}` });
      expect(r).toMatchObject({ ok: false, error: { code: 'not-a-case-page' } });
    }
    const all = await store.list({ mode: 'all' });
    expect(all.ok && all.value.entries).toEqual([]);
  });
});

describe('record.append handler: the prompt text hash', () => {
  const ctx = { sender: 'content-script' as const, tabId: 1, url: 'https://cases.example.gov.uk/case/7' };
  const input = (prompt: { id: string; version: string; lang: string }) => ({
    clientId: `append-hash-${prompt.version.replace(/\W/g, '')}-01`,
    event: 'shown' as const,
    mode: 'live' as const,
    role: 'legal-adviser' as const,
    caseRef: '01AB2345678',
    site: 'https://cases.example.gov.uk',
    prompt,
    offence: { id: 'soa2003-s66b-2', evidenceKind: 'cjs-code' as const },
    outcome: null,
    reason: null,
    note: null,
    corrects: null,
  });

  it('stores the hash of the role\u2019s wording of the named prompt, computed by the handler', async () => {
    const { handlers } = setup();
    const r = await handlers['record.append'](input({ id: decision.id, version: decision.version, lang: 'en' }), ctx);
    expect(r.ok && r.value.entry.kind === 'shown' && r.value.entry.prompt.textHash).toBe(await promptTextHash(decision, 'legal-adviser', 'en'));
  });

  it('refuses a prompt version this build does not show, and records nothing', async () => {
    const { handlers, store } = setup();
    const r = await handlers['record.append'](input({ id: decision.id, version: '0.0.1', lang: 'en' }), ctx);
    expect(r).toMatchObject({ ok: false, error: { code: 'prompt-unknown' } });
    const all = await store.list({ mode: 'all' });
    expect(all.ok && all.value.entries).toEqual([]);
  });
});
