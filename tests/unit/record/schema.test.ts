import { describe, expect, it } from 'vitest';
import { NOTE_MAX } from '../../../lib/core/record-limits';
import { appendInput, entryV1 } from '../../../lib/record/schema';
import { makeInput } from './helpers';
import v1 from '../../fixtures/record/v1/storage.json';

describe('appendInput', () => {
  it('accepts a complete outcome and fills defaults', () => {
    const { note: _n, corrects: _c, reason: _r, ...rest } = makeInput();
    const parsed = appendInput.parse(rest);
    expect(parsed.note).toBeNull();
    expect(parsed.corrects).toBeNull();
  });

  it('rejects unknown keys (no page text may slip in)', () => {
    expect(appendInput.safeParse({ ...makeInput(), pageText: 'R v Smith ...' }).success).toBe(false);
  });

  it('bounds the note', () => {
    expect(appendInput.safeParse(makeInput({ note: 'x'.repeat(NOTE_MAX) })).success).toBe(true);
    expect(appendInput.safeParse(makeInput({ note: 'x'.repeat(NOTE_MAX + 1) })).success).toBe(false);
  });

  it('needs a reason for not-applicable, declined and deferred', () => {
    for (const outcome of ['not-applicable', 'declined', 'deferred'] as const) {
      expect(appendInput.safeParse(makeInput({ outcome, reason: null })).success).toBe(false);
      expect(appendInput.safeParse(makeInput({ outcome, reason: 'other' })).success).toBe(true);
    }
  });

  it('a shown event carries no outcome', () => {
    expect(appendInput.safeParse(makeInput({ event: 'shown', outcome: null })).success).toBe(true);
    expect(appendInput.safeParse(makeInput({ event: 'shown' })).success).toBe(false);
    expect(appendInput.safeParse(makeInput({ event: 'outcome', outcome: null })).success).toBe(false);
  });

  it('accepts only a bare origin as the site', () => {
    expect(appendInput.safeParse(makeInput({ site: 'https://case.example.gov.uk/case/123' })).success).toBe(false);
    expect(appendInput.safeParse(makeInput({ site: 'javascript:alert(1)' })).success).toBe(false);
    expect(appendInput.safeParse(makeInput({ site: 'http://localhost:8080' })).success).toBe(true);
  });

  it('rejects unknown codes, roles and evidence kinds', () => {
    expect(appendInput.safeParse(makeInput({ outcome: 'ignored' as never })).success).toBe(false);
    expect(appendInput.safeParse(makeInput({ role: 'judge' as never })).success).toBe(false);
    expect(appendInput.safeParse(makeInput({ offence: { id: 'x', evidenceKind: 'page-text' as never } })).success).toBe(false);
    expect(appendInput.safeParse(makeInput({ caseRef: 'X'.repeat(65) })).success).toBe(false);
  });
});

describe('entryV1', () => {
  const stored = (v1 as Record<string, unknown>)['record:live:00000003'] as Record<string, unknown>;

  it('parses a saved v1 entry', () => {
    expect(entryV1.parse(stored).kind).toBe('outcome');
  });

  it('rejects extra fields and bad hashes', () => {
    expect(entryV1.safeParse({ ...stored, name: 'Jane Doe' }).success).toBe(false);
    expect(entryV1.safeParse({ ...stored, hash: 'abc' }).success).toBe(false);
  });
});
