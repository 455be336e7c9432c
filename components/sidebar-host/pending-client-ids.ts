/**
 * The client id of a decision the user tried to record and that may not have arrived: the same
 * decision submitted again (the user pressing Record after a failure) reuses it, so a write that did
 * reach the record before the worker stopped is answered as already recorded, never stored twice.
 * A different decision, or the same one after it was recorded, gets a new id.
 */
export interface PendingClientIds {
  /** The id to send for this decision: the pending one for the same decision, else a new one. */
  idFor(decision: PendingDecision): string;
  /** The decision was recorded (or refused for good): its id is not reused. */
  settle(decision: PendingDecision): void;
}

export interface PendingDecision {
  caseKey: string;
  promptId: string;
  outcome: string;
  reason: string | null;
  note: string | null;
  corrects: number | null;
}

export function createPendingClientIds(newClientId: () => string): PendingClientIds {
  const pending = new Map<string, string>();
  const keyOf = (d: PendingDecision) => JSON.stringify([d.caseKey, d.promptId, d.outcome, d.reason, d.note, d.corrects]);
  return {
    idFor(decision) {
      const key = keyOf(decision);
      const id = pending.get(key) ?? newClientId();
      pending.set(key, id);
      return id;
    },
    settle(decision) {
      pending.delete(keyOf(decision));
    },
  };
}
