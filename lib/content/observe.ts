import type { PayloadInput } from '../messaging/protocol';
import type { PageCase } from '../stage/types';

export type ObservePayload = PayloadInput<'record.observe'>;

/**
 * Asks the background, once per case while the page is open, to record that the page shows a
 * deprivation order already entered for that case (an observation, not a user's outcome). The store
 * keeps one such entry per case whatever the page visit, so reopening the page adds nothing; this only
 * saves messages. A failed send is tried again with the next snapshot. No page text leaves the page:
 * the case key, the offence id and kind of evidence, and the stage.
 * Call the returned function with every snapshot's cases (the case-page script, the training mount).
 */
export function createObservationReporter(
  send: (payload: ObservePayload) => Promise<{ ok: boolean }>,
  options: { site: () => string; newClientId?: () => string },
): (cases: readonly PageCase[]) => void {
  const sent = new Set<string>();
  const newClientId = options.newClientId ?? randomId;
  return (cases) => {
    for (const c of cases) {
      if (!c.orders.deprivation || sent.has(c.key)) continue;
      sent.add(c.key);
      const top = c.offences[0];
      const payload: ObservePayload = {
        clientId: newClientId(),
        caseRef: c.key,
        site: options.site(),
        offence: top ? { id: top.id, evidenceKind: top.evidence[0]?.kind ?? 'prose' } : null,
        observation: 'deprivation-order-on-page',
        stage: c.stage,
      };
      void send(payload).then(
        (r) => {
          if (!r.ok) sent.delete(c.key);
        },
        () => sent.delete(c.key),
      );
    }
  };
}

function randomId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `obs-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
