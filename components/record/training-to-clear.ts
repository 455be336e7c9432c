import type { RecordEntry } from '../../lib/record/schema';
import { caseLabel } from './labels';

/** What "Clear training entries" will remove, as the user confirms it (issue 23). */
export interface TrainingToClear {
  /** The training entries, newest first, exactly as listed (also what "export first" saves). */
  entries: readonly RecordEntry[];
  count: number;
  /** Earliest and latest recording time (ISO), or null with no entries. */
  first: string | null;
  last: string | null;
  /** Each case once, labelled as the record's table labels it (the reference, or "Case #1a2b3c4d"). */
  cases: string[];
  /** The last listed entry: the background removes nothing if the training log has moved on. */
  maxSeq: number;
}

/** Only training entries are ever listed: a live entry passed in by mistake is refused, not cleared. */
export function trainingToClear(entries: readonly RecordEntry[]): TrainingToClear {
  const live = entries.find((e) => e.mode !== 'training');
  if (live) throw new Error(`trainingToClear: entry ${live.seq} is ${live.mode}, not training`);
  const times = entries.map((e) => e.recordedAt).sort();
  const cases = new Set<string>();
  for (const e of entries) if (e.kind !== 'purge') cases.add(caseLabel(e.caseRef));
  return {
    entries,
    count: entries.length,
    first: times[0] ?? null,
    last: times[times.length - 1] ?? null,
    cases: [...cases].sort(),
    maxSeq: entries.reduce((max, e) => Math.max(max, e.seq), 0),
  };
}
