import { describe, expect, it } from 'vitest';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';
import { parseManaged } from '../../../lib/settings/managed';
import { CONTEXT, makeInput } from './helpers';

const KEY = 'anytown-magistrates-court-2026-case-key-0001';

describe('organisation-wide case-reference key (policy caseRefKey)', () => {
  it('two installs with the same key hash the same case alike; without it they differ', async () => {
    const refOf = async (orgKey: string | null) => {
      const store = createRecordStore(createMemoryArea(), { orgKey: async () => orgKey });
      const r = await store.append(makeInput({ caseRef: '01 ab 2345678' }), CONTEXT);
      if (!r.ok || r.value.entry.kind === 'purge') throw new Error('append');
      return r.value.entry.caseRef!;
    };
    const [a, b] = [await refOf(KEY), await refOf(KEY)];
    expect(a.type).toBe('hmac');
    expect(a.value).toBe(b.value);
    expect((await refOf(null)).value).not.toBe((await refOf(null)).value);
    expect(JSON.stringify(a)).not.toContain(KEY);
  });

  it('search stays exact across entries made before and after the key was set', async () => {
    let key: string | null = null;
    const kv = createMemoryArea();
    const store = createRecordStore(kv, { orgKey: async () => key });
    await store.append(makeInput({ caseRef: '01AB2345678' }), CONTEXT);
    key = KEY;
    await store.append(makeInput({ caseRef: '01AB2345678' }), CONTEXT);
    await store.append(makeInput({ caseRef: '01AB2345679' }), CONTEXT);
    const found = await store.list({ mode: 'live', caseRef: '01ab2345678' });
    expect(found.ok && found.value.entries.map((e) => e.seq).sort()).toEqual([1, 2]);
    expect([...kv.data.values()].some((v) => JSON.stringify(v).includes(KEY))).toBe(false);
  });

  it('is read from managed storage and must be 32-256 characters', () => {
    expect(parseManaged({ caseRefKey: KEY }).policy.caseRefKey).toBe(KEY);
    const short = parseManaged({ caseRefKey: 'short' });
    expect(short.policy.caseRefKey).toBeUndefined();
    expect(short.problems).toEqual([expect.objectContaining({ field: 'caseRefKey', code: 'invalid' })]);
  });
});
