import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore, type RecordView, type ViewQuery } from '../../../lib/record/store';
import type { RecordEntry } from '../../../lib/record/schema';
import { DECISION_PROMPT_ID } from '../../../lib/prompts/outcomes';
import { at, makeInput as baseInput } from '../../unit/record/helpers';

const DECISION = { id: DECISION_PROMPT_ID, version: '1.0.0', textHash: 'a'.repeat(64), lang: 'en' };
export const COMPANION = { id: 'companion-orders', version: '1.0.0', textHash: 'b'.repeat(64), lang: 'en' };
const makeInput: typeof baseInput = (o = {}) => baseInput({ prompt: DECISION, ...o });

let shared: ReturnType<typeof buildStore> | null = null;
/** One store for every test (its secret is made once, so case keys agree between calls). Read-only after it is built. */
function sampleStore() {
  return (shared ??= buildStore());
}

/** Real entries written by the real store. */
async function buildStore() {
  const store = createRecordStore(createMemoryArea());
  await store.append(makeInput({ caseRef: '01AB2345678', event: 'shown', outcome: null }), at('2026-01-01T10:00:00.000Z'));
  await store.append(makeInput({ caseRef: '01AB2345678', outcome: 'declined', reason: 'disproportionate', note: 'Phone worth little' }), at('2026-01-01T10:05:00.000Z'));
  await store.append(makeInput({ caseRef: '01AB2345678', outcome: 'order-made', corrects: 2 }), at('2026-01-02T10:00:00.000Z'));
  await store.append(makeInput({ caseRef: '02CD7654321', outcome: 'order-made', offence: { id: 'soa2003-s66e', evidenceKind: 'title' } }), at('2026-01-03T10:00:00.000Z'));
  await store.append(makeInput({ caseRef: '02CD7654321', prompt: COMPANION, outcome: 'order-made' }), at('2026-01-03T11:00:00.000Z'));
  await store.append(makeInput({ caseRef: 'T1', mode: 'training', role: 'trainer', outcome: 'done' }), at('2026-01-04T10:00:00.000Z'));
  return store;
}

/** Newest first, as the record page used to receive them. */
export async function sampleEntries(): Promise<RecordEntry[]> {
  const listing = await (await sampleStore()).list({ mode: 'all' });
  if (!listing.ok) throw new Error(listing.error.message);
  return listing.value.entries;
}

/** What the background answers the record page for a query (the real store's view). */
export async function sampleView(query: Partial<ViewQuery> = {}, now = new Date('2026-01-20T12:00:00.000Z')): Promise<RecordView> {
  const view = await (await sampleStore()).view(
    { filter: { includeTraining: false, showShown: false }, caseRef: null, caseKey: null, page: 1, pageSize: 50, ...query },
    now,
  );
  if (!view.ok) throw new Error(view.error.message);
  return view.value;
}
