import { describe, expect, it } from 'vitest';
import { createRecordHandlers } from '../../../lib/messaging/record-handlers';
import { createPromptHasher } from '../../../lib/prompts/text-hash';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';
import { at, makeInput } from '../record/helpers';

/** record.clearTraining through its handler, with live and training entries both present (issue 23). */
async function setup() {
  const area = createMemoryArea();
  const store = createRecordStore(area);
  const handlers = createRecordHandlers(store, {
    now: () => new Date('2026-12-02T10:00:00.000Z'),
    extensionVersion: '0.1.0',
    caseRefInClear: () => false,
    retentionDays: () => 730,
    promptTextHash: createPromptHasher(),
    trainingPage: () => null,
  });
  await store.append(makeInput({ caseRef: '01AB2345678' }), at('2026-12-01T09:00:00.000Z'));
  await store.append(makeInput({ caseRef: '09TR2510388', mode: 'training' }), at('2026-12-01T10:00:00.000Z'));
  await store.append(makeInput({ caseRef: '02CD7654321' }), at('2026-12-01T11:00:00.000Z'));
  await store.append(makeInput({ caseRef: '09TR2610315', mode: 'training' }), at('2026-12-01T12:00:00.000Z'));
  return { area, store, handlers };
}

const PAGE = { sender: 'extension-page' as const, url: 'chrome-extension://x/record.html' };

describe('record.clearTraining', () => {
  it('removes the listed training entries and never a live one', async () => {
    const { store, handlers, area } = await setup();
    const liveBefore = await store.list({ mode: 'live' });
    const r = await handlers['record.clearTraining']({ maxSeq: 2 }, PAGE);
    expect(r).toEqual({ ok: true, value: { removed: 2 } });
    const training = await store.list({ mode: 'training' });
    expect(training.ok && training.value.entries).toEqual([]);
    const liveAfter = await store.list({ mode: 'live' });
    expect(liveAfter).toEqual(liveBefore);
    expect(liveAfter.ok && liveAfter.value.entries).toHaveLength(2);
    const keys = Object.keys(await area.get(null));
    expect(keys.filter((k) => k.startsWith('record:live:'))).toHaveLength(2);
    expect((await store.verify('live')).ok).toBe(true);
  });

  it('removes nothing when a training entry was added after the list was shown', async () => {
    const { store, handlers } = await setup();
    await store.append(makeInput({ caseRef: '09TR2610336', mode: 'training' }), at('2026-12-01T13:00:00.000Z'));
    const r = await handlers['record.clearTraining']({ maxSeq: 2 }, PAGE);
    expect(r).toMatchObject({ ok: false, error: { code: 'training-changed' } });
    const training = await store.list({ mode: 'training' });
    expect(training.ok && training.value.entries).toHaveLength(3);
  });
});
