import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';
import type { RecordEntry } from '../../../lib/record/schema';
import { at, makeInput } from '../../unit/record/helpers';

/** Real entries written by the real store (newest first, as the page receives them). */
export async function sampleEntries(): Promise<RecordEntry[]> {
  const store = createRecordStore(createMemoryArea());
  await store.append(makeInput({ caseRef: '01AB2345678', event: 'shown', outcome: null }), at('2026-01-01T10:00:00.000Z'));
  await store.append(makeInput({ caseRef: '01AB2345678', outcome: 'declined', reason: 'disproportionate', note: 'Phone worth little' }), at('2026-01-01T10:05:00.000Z'));
  await store.append(makeInput({ caseRef: '01AB2345678', outcome: 'order-made', corrects: 2 }), at('2026-01-02T10:00:00.000Z'));
  await store.append(makeInput({ caseRef: '02CD7654321', outcome: 'order-made', offence: { id: 'soa2003-s66e', evidenceKind: 'title' } }), at('2026-01-03T10:00:00.000Z'));
  await store.append(makeInput({ caseRef: 'T1', mode: 'training', role: 'trainer', outcome: 'done' }), at('2026-01-04T10:00:00.000Z'));
  const listing = await store.list({ mode: 'all' });
  if (!listing.ok) throw new Error(listing.error.message);
  return listing.value.entries;
}
