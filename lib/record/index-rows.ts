import type { ObservationEntry, OutcomeEntry, RecordEntry, ShownEntry } from './schema';

/**
 * One entry as the index keeps it: the fields that filtering, paging, counting, duplicate checks and
 * case status read, under the same names, and nothing else (no hashes, site, note or prompt text hash).
 * Keeping the names means query.ts and aggregate.ts run on rows unchanged (`asEntries`), and the tests
 * compare their answers on rows with their answers on the full entries.
 */
type Common = Pick<RecordEntry, 'seq' | 'mode' | 'recordedAt' | 'clientId'>;
type PromptPart = { prompt: Pick<ShownEntry['prompt'], 'id' | 'version'>; offence: { id: string } | null };
export type ShownRow = Common & Pick<ShownEntry, 'kind' | 'role' | 'caseRef'> & PromptPart;
export type OutcomeRow = Common & Pick<OutcomeEntry, 'kind' | 'role' | 'caseRef' | 'outcome' | 'reason' | 'corrects'> & PromptPart;
export type ObservationRow = Common &
  Pick<ObservationEntry, 'kind' | 'role' | 'caseRef' | 'observation'> & { offence: { id: string } | null };
export type PurgeRow = Common & { kind: 'purge' };
export type IndexRow = ShownRow | OutcomeRow | ObservationRow | PurgeRow;

const offenceOf = (o: { id: string } | null) => (o ? { id: o.id } : null);

export function toRow(e: RecordEntry): IndexRow {
  const common = { seq: e.seq, mode: e.mode, recordedAt: e.recordedAt, clientId: e.clientId };
  switch (e.kind) {
    case 'shown':
      return { ...common, kind: e.kind, role: e.role, caseRef: e.caseRef, prompt: { id: e.prompt.id, version: e.prompt.version }, offence: offenceOf(e.offence) };
    case 'outcome':
      return {
        ...common,
        kind: e.kind,
        role: e.role,
        caseRef: e.caseRef,
        prompt: { id: e.prompt.id, version: e.prompt.version },
        offence: offenceOf(e.offence),
        outcome: e.outcome,
        reason: e.reason,
        corrects: e.corrects,
      };
    case 'observation':
      return { ...common, kind: e.kind, role: e.role, caseRef: e.caseRef, offence: offenceOf(e.offence), observation: e.observation };
    case 'purge':
      return { ...common, kind: e.kind };
  }
}

/**
 * Rows where the record's query and count functions expect entries. Sound because those functions
 * read only the fields a row keeps (tests/unit/record/index-cache.test.ts holds them to the full
 * entries' answers); a row must never be shown or exported as an entry.
 */
export function asEntries(rows: readonly IndexRow[]): RecordEntry[] {
  return rows as unknown as RecordEntry[];
}

const KINDS = new Set(['shown', 'outcome', 'observation', 'purge']);

/**
 * A cheap shape check of a stored segment: an index is rebuilt from the entries whenever it does not
 * look exactly like one this code wrote (rows in ascending seq, each with the fields every reader uses).
 */
export function isRowList(value: unknown, mode: string): value is IndexRow[] {
  if (!Array.isArray(value)) return false;
  let prev = 0;
  for (const row of value as unknown[]) {
    if (row === null || typeof row !== 'object') return false;
    const r = row as Record<string, unknown>;
    if (typeof r.seq !== 'number' || !(r.seq > prev) || r.mode !== mode || typeof r.kind !== 'string' || !KINDS.has(r.kind)) return false;
    if (typeof r.recordedAt !== 'string' || typeof r.clientId !== 'string') return false;
    if (r.kind !== 'purge' && (!('caseRef' in r) || !('role' in r))) return false;
    if ((r.kind === 'shown' || r.kind === 'outcome') && (r.prompt === null || typeof r.prompt !== 'object')) return false;
    prev = r.seq;
  }
  return true;
}
