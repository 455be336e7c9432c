import { caseKey } from './case-ref';
import { OBSERVATIONS, type CaseEntry, type Observation, type ObservationEntry, type OutcomeEntry, type RecordEntry } from './schema';
import { OUTCOME_CODES, type OutcomeCode } from '../prompts/outcomes';

/** Filters the record page applies to a listing it already holds (case reference search is done by the background). */
export interface EntryFilter {
  /** Local calendar dates, "YYYY-MM-DD", inclusive. */
  from?: string;
  to?: string;
  outcome?: OutcomeCode | '';
  offenceId?: string;
  includeTraining: boolean;
}

/** The local calendar date of an ISO time, "YYYY-MM-DD". */
export function localDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** An entry about a prompt (shown, or an outcome). Observations and purge markers are not. */
export function isCaseEntry(entry: RecordEntry): entry is CaseEntry {
  return entry.kind === 'shown' || entry.kind === 'outcome';
}

export function isObservation(entry: RecordEntry): entry is ObservationEntry {
  return entry.kind === 'observation';
}

export function filterEntries(entries: readonly RecordEntry[], filter: EntryFilter): RecordEntry[] {
  return entries.filter((e) => {
    if (!filter.includeTraining && e.mode === 'training') return false;
    const day = localDate(e.recordedAt);
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
    if (filter.outcome && (e.kind !== 'outcome' || e.outcome !== filter.outcome)) return false;
    if (filter.offenceId && (e.kind === 'purge' || e.offence?.id !== filter.offenceId)) return false;
    return true;
  });
}

/** The offence ids present, for the offence filter's options. */
export function offenceIds(entries: readonly RecordEntry[]): string[] {
  const ids = new Set<string>();
  for (const e of entries) if (isCaseEntry(e) && e.offence) ids.add(e.offence.id);
  return [...ids].sort();
}

function pairKey(e: CaseEntry): string {
  return `${e.mode}|${caseKey(e.caseRef) ?? `seq:${e.seq}`}|${e.prompt.id}`;
}

export interface RecordSummary {
  /** Distinct case references with any entry. */
  casesRecognised: number;
  /** Distinct (case, prompt) pairs shown. */
  promptsShown: number;
  /** Distinct (case, prompt) pairs with an outcome. */
  promptsAcknowledged: number;
  /** By the latest outcome of each (case, prompt) pair (corrections replace what they correct). */
  outcomes: Record<OutcomeCode, { prompts: number; cases: number }>;
  corrections: number;
  /**
   * What the extension saw on pages, counted apart from users' outcomes: for each observation
   * (`deprivation-order-on-page`: an order already entered for the case), the distinct cases. These
   * are never in `outcomes`, `casesRecognised`, `promptsShown` or `promptsAcknowledged`.
   */
  observations: Record<Observation, { cases: number }>;
}

export function summarise(entries: readonly RecordEntry[]): RecordSummary {
  const cases = new Set<string>();
  const shown = new Set<string>();
  const latest = new Map<string, OutcomeEntry>();
  let corrections = 0;
  const observed = new Map<Observation, Set<string>>(OBSERVATIONS.map((o) => [o, new Set<string>()]));
  for (const e of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (isObservation(e)) {
      observed.get(e.observation)!.add(`${e.mode}|${caseKey(e.caseRef) ?? `seq:${e.seq}`}`);
      continue;
    }
    if (!isCaseEntry(e)) continue;
    const ck = caseKey(e.caseRef);
    if (ck) cases.add(`${e.mode}|${ck}`);
    shown.add(pairKey(e));
    if (e.kind === 'outcome') {
      latest.set(pairKey(e), e);
      if (e.corrects !== null) corrections++;
    }
  }
  const outcomes = Object.fromEntries(OUTCOME_CODES.map((c) => [c, { prompts: 0, cases: 0 }])) as RecordSummary['outcomes'];
  const casesByOutcome = new Map<OutcomeCode, Set<string>>();
  for (const e of latest.values()) {
    outcomes[e.outcome].prompts++;
    const set = casesByOutcome.get(e.outcome) ?? new Set<string>();
    set.add(`${e.mode}|${caseKey(e.caseRef) ?? `seq:${e.seq}`}`);
    casesByOutcome.set(e.outcome, set);
  }
  for (const [code, set] of casesByOutcome) outcomes[code].cases = set.size;
  const observations = Object.fromEntries([...observed].map(([o, set]) => [o, { cases: set.size }])) as RecordSummary['observations'];
  return { casesRecognised: cases.size, promptsShown: shown.size, promptsAcknowledged: latest.size, outcomes, corrections, observations };
}

/** One case's entries, oldest first: the per-case timeline. */
export function caseTimeline(entries: readonly RecordEntry[], key: string): CaseEntry[] {
  return entries
    .filter(isCaseEntry)
    .filter((e) => caseKey(e.caseRef) === key)
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.seq - b.seq);
}
