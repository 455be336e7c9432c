import { describe, expect, it } from 'vitest';
import { createObservationReporter, type ObservePayload } from '../../../lib/content/observe';
import { NO_ORDERS, type PageCase } from '../../../lib/stage/types';

const withOrder = (key: string, deprivation = true): PageCase => ({
  ref: key,
  key,
  stage: 'results-entry',
  orders: { ...NO_ORDERS, deprivation },
  offences: [{ id: 'soa2003-s67-3', title: 't', citation: 'c', category: 'intimate-image', evidence: [{ kind: 'title', text: 'x', start: 0, end: 1 }] }],
});

describe('createObservationReporter', () => {
  it('asks once per case with an order on the page, with no page text', async () => {
    const sent: ObservePayload[] = [];
    const report = createObservationReporter(async (p) => (sent.push(p), { ok: true }), { site: () => 'https://cases.example' });
    report([withOrder('01AB2345678'), withOrder('02CD3456789', false)]);
    report([withOrder('01AB2345678')]);
    await Promise.resolve();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      caseRef: '01AB2345678',
      site: 'https://cases.example',
      offence: { id: 'soa2003-s67-3', evidenceKind: 'title' },
      observation: 'deprivation-order-on-page',
      stage: 'results-entry',
    });
    expect(JSON.stringify(sent[0])).not.toContain('"text"');
  });

  it('tries again after a failed send', async () => {
    let calls = 0;
    const report = createObservationReporter(async () => ({ ok: ++calls > 1 }), { site: () => 'https://cases.example' });
    report([withOrder('01AB2345678')]);
    await new Promise((r) => setTimeout(r, 0));
    report([withOrder('01AB2345678')]);
    await new Promise((r) => setTimeout(r, 0));
    report([withOrder('01AB2345678')]);
    expect(calls).toBe(2);
  });
});
