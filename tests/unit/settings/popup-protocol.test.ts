import { describe, expect, it } from 'vitest';
import { readTabStatusReply, tabPayloadSchema } from '../../../lib/settings/popup-protocol';

describe('readTabStatusReply', () => {
  it('accepts each state', () => {
    for (const state of ['not-configured', 'no-match', 'possible', 'match', 'unchecked'] as const) {
      expect(readTabStatusReply({ ok: true, value: { state } })).toEqual({ ok: true, value: { state } });
    }
    expect(readTabStatusReply({ ok: true, value: { state: 'match', offenceTitle: 'Sharing intimate photograph or film', citation: 'SOA 2003 s.66B(2)' } }))
      .toEqual({ ok: true, value: { state: 'match', offenceTitle: 'Sharing intimate photograph or film', citation: 'SOA 2003 s.66B(2)' } });
  });

  it('passes errors through', () => {
    const error = { code: 'no-tab', message: 'The tab has closed.' };
    expect(readTabStatusReply({ ok: false, error })).toEqual({ ok: false, error });
    expect(readTabStatusReply({ ok: false, error: 'no-tab' })).toBeNull();
  });

  it.each([[undefined], [null], ['match'], [{ ok: true }], [{ ok: true, value: { state: 'bogus' } }], [{ ok: true, value: { state: 'match', offenceTitle: 7 } }], [{ ok: true, value: { state: 'match', offenceTitle: 'x'.repeat(400) } }]])(
    'rejects a malformed reply %#',
    (reply) => {
      expect(readTabStatusReply(reply)).toBeNull();
    },
  );
});

describe('tabPayloadSchema', () => {
  it('accepts a tab id and nothing else', () => {
    expect(tabPayloadSchema.parse({ tabId: 12 })).toEqual({ tabId: 12 });
    for (const bad of [{}, { tabId: -1 }, { tabId: 1.5 }, { tabId: '3' }, { tabId: 3, url: 'x' }]) {
      expect(tabPayloadSchema.safeParse(bad).success).toBe(false);
    }
  });
});
