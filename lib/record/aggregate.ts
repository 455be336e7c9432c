import { DECISION_PROMPT_ID, ORDER_MADE_OUTCOMES, REARMING_OUTCOMES, type OutcomeCode } from '../prompts/outcomes';
import type { Role } from '../roles';
import { caseKey } from './case-ref';
import { offenceGroup, type OffenceGroup } from './offence-groups';
import type { OutcomeEntry, RecordEntry } from './schema';
import { ukMonth } from './uk-time';

/**
 * Management information from one log: counts of cases, never the cases. Each case (one case
 * reference) is counted once, in the UK calendar month it was first recognised, under the offence
 * group and role of its first entry (so a month's rate of decisions is "of the cases recognised
 * that month, how many have a decision now").
 *
 * Outcomes: for each (case, prompt) the latest outcome stands. A follow-on (raised with the court,
 * then order made) is simply a later outcome. A correction replaces the entry it corrects in that
 * entry's place, so correcting an earlier outcome never undoes a later follow-on.
 * Orders made are counted ONLY from the decision prompt (DECISION_PROMPT_ID) with an outcome in
 * ORDER_MADE_OUTCOMES; every other prompt's outcomes (e.g. companion orders) have rows of their own.
 */

export interface CountsRow {
  /** "YYYY-MM", UK time. */
  month: string;
  offenceGroup: OffenceGroup;
  role: Role;
  casesRecognised: number;
  /** Cases whose decision prompt has an outcome that closes it (not deferred). */
  casesWithDecision: number;
  /** Cases whose latest decision outcome is in ORDER_MADE_OUTCOMES. */
  ordersMade: number;
  /** Cases where a deprivation order was seen entered on a page (stage awareness). */
  ordersSeenOnPage: number;
  /** Cases whose decision was deferred at least once (and not corrected away). */
  deferrals: number;
  /** Cases by latest outcome, per prompt id, per outcome code. */
  outcomes: Record<string, Partial<Record<OutcomeCode, number>>>;
  /** Cases whose decision stands as not made, by reason code (declined, not applicable, ...). */
  declinesByReason: Record<string, number>;
}

interface CaseState {
  firstAt: string;
  role: Role;
  offenceId: string | null;
  /** Per prompt: the standing outcomes by position (the seq of the first entry in a correction chain). */
  prompts: Map<string, Map<number, OutcomeEntry>>;
  orderSeen: boolean;
}

/**
 * True if an entry records a deprivation order seen entered on the page. The record has no such
 * entry kind yet (the stage work adds `observation`); until then nothing matches and the count is 0.
 */
export function isOrderSeenOnPage(_entry: { kind: string }): boolean {
  return false;
}

export interface CaseStates {
  cases: Map<string, CaseState>;
  /** Entries with no case reference: counted nowhere (a case cannot be told apart), reported. */
  withoutReference: number;
}

/** One pass over a log's entries in seq order. Purge markers and unknown kinds are skipped. */
export function caseStates(entries: readonly RecordEntry[]): CaseStates {
  const cases = new Map<string, CaseState>();
  const position = new Map<number, number>();
  const holder = new Map<number, Map<number, OutcomeEntry>>();
  let withoutReference = 0;
  const sorted = isSortedBySeq(entries) ? entries : [...entries].sort((a, b) => a.seq - b.seq);
  for (const e of sorted) {
    if (e.kind === 'purge') continue;
    const key = 'caseRef' in e ? caseKey(e.caseRef) : null;
    if (key === null) {
      withoutReference++;
      continue;
    }
    let state = cases.get(key);
    if (!state) {
      state = { firstAt: e.recordedAt, role: e.role, offenceId: e.offence?.id ?? null, prompts: new Map(), orderSeen: false };
      cases.set(key, state);
    } else if (state.offenceId === null && e.offence) state.offenceId = e.offence.id;
    if (isOrderSeenOnPage(e)) state.orderSeen = true;
    if (e.kind !== 'outcome') continue;
    let standing = state.prompts.get(e.prompt.id);
    if (!standing) state.prompts.set(e.prompt.id, (standing = new Map()));
    let pos = e.seq;
    if (e.corrects !== null) {
      // Takes the corrected entry's place (or, if it was purged, the place its seq gives).
      pos = position.get(e.corrects) ?? e.corrects;
      holder.get(e.corrects)?.delete(pos);
    }
    position.set(e.seq, pos);
    holder.set(e.seq, standing);
    standing.set(pos, e);
  }
  return { cases, withoutReference };
}

function isSortedBySeq(entries: readonly RecordEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) if (entries[i - 1]!.seq > entries[i]!.seq) return false;
  return true;
}

function latest(standing: Map<number, OutcomeEntry> | undefined): OutcomeEntry | null {
  if (!standing) return null;
  let best: [number, OutcomeEntry] | null = null;
  for (const item of standing) if (best === null || item[0] > best[0]) best = item;
  return best?.[1] ?? null;
}

export function emptyRow(month: string, group: OffenceGroup, role: Role): CountsRow {
  return {
    month,
    offenceGroup: group,
    role,
    casesRecognised: 0,
    casesWithDecision: 0,
    ordersMade: 0,
    ordersSeenOnPage: 0,
    deferrals: 0,
    outcomes: {},
    declinesByReason: {},
  };
}

function countCase(row: CountsRow, state: CaseState) {
  row.casesRecognised++;
  if (state.orderSeen) row.ordersSeenOnPage++;
  for (const [promptId, standing] of state.prompts) {
    const current = latest(standing);
    if (!current) continue;
    const byCode = (row.outcomes[promptId] ??= {});
    byCode[current.outcome] = (byCode[current.outcome] ?? 0) + 1;
    if (promptId !== DECISION_PROMPT_ID) continue;
    if ([...standing.values()].some((o) => REARMING_OUTCOMES.includes(o.outcome))) row.deferrals++;
    if (REARMING_OUTCOMES.includes(current.outcome)) continue;
    row.casesWithDecision++;
    if (ORDER_MADE_OUTCOMES.includes(current.outcome)) row.ordersMade++;
    else if (current.reason !== null) row.declinesByReason[current.reason] = (row.declinesByReason[current.reason] ?? 0) + 1;
  }
}

/** Counts per (month, offence group, role), sorted by month then group then role. */
export function countRows(states: CaseStates): CountsRow[] {
  const rows = new Map<string, CountsRow>();
  for (const state of states.cases.values()) {
    const month = ukMonth(state.firstAt);
    const group = offenceGroup(state.offenceId);
    const key = `${month}|${group}|${state.role}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = emptyRow(month, group, state.role)));
    countCase(row, state);
  }
  return [...rows.values()].sort(
    (a, b) => a.month.localeCompare(b.month) || a.offenceGroup.localeCompare(b.offenceGroup) || a.role.localeCompare(b.role),
  );
}

export function aggregate(entries: readonly RecordEntry[]): CountsRow[] {
  return countRows(caseStates(entries));
}

/** Adds `from` into `into` (numbers only; the dimensions of `into` stay). */
export function addRow(into: CountsRow, from: CountsRow): CountsRow {
  into.casesRecognised += from.casesRecognised;
  into.casesWithDecision += from.casesWithDecision;
  into.ordersMade += from.ordersMade;
  into.ordersSeenOnPage += from.ordersSeenOnPage;
  into.deferrals += from.deferrals;
  for (const [promptId, byCode] of Object.entries(from.outcomes)) {
    const target = (into.outcomes[promptId] ??= {});
    for (const [code, n] of Object.entries(byCode) as [OutcomeCode, number][]) target[code] = (target[code] ?? 0) + n;
  }
  for (const [reason, n] of Object.entries(from.declinesByReason)) into.declinesByReason[reason] = (into.declinesByReason[reason] ?? 0) + n;
  return into;
}

/** All rows added together (e.g. "N deprivation orders in M recognised cases" for the whole record). */
export function totalOf(rows: readonly CountsRow[], month = 'all'): CountsRow {
  const total = emptyRow(month, 'not-recorded', 'legal-adviser');
  for (const row of rows) addRow(total, row);
  return total;
}
