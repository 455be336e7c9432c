import { describe, expect, it, vi } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { failOnInternalErrors, listenForInternalErrors, takeInternalErrors } from '../internal-errors';

/**
 * detect() answers 'none' when it fails (users must never lose the page to a detector bug). It reports the
 * failure, and the unit-test setup fails any test during which that happens. The audit's mutant (a
 * detector that throws on any text over 500 KB) is planted here, in the scan, to show that it now fails
 * unit tests, not only the E2E long-text test.
 */
vi.mock('../../../lib/detect/scan', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/detect/scan')>();
  return {
    ...real,
    scan: (text: string, ...rest: unknown[]) => {
      if (text.length > 500_000) throw new Error('planted: the scan fails on large text');
      return (real.scan as (...a: unknown[]) => ReturnType<typeof real.scan>)(text, ...rest);
    },
  };
});

const big = 'SX03250 Share photograph or film of person in intimate state. '.repeat(10_000);

describe('a detector that throws on large text', () => {
  it('still gives users a safe none, and reports the fault to the internal-error hook', () => {
    expect(big.length).toBeGreaterThan(500_000);
    expect(detect(big).verdict).toBe('none');
    const reports = takeInternalErrors();
    expect(reports.map((r) => r.where)).toEqual(['detect']);
    expect(String(reports[0]!.error)).toContain('planted');
    // Small text is untouched by the planted fault.
    expect(detect(big.slice(0, 1000)).verdict).toBe('match');
  });

  it('fails any test that does not expect it (what the setup file does after each test)', () => {
    detect(big);
    expect(() => failOnInternalErrors()).toThrow(/1 internal error.*detect: Error: planted/s);
    listenForInternalErrors(); // listening again for the rest of this test, as the setup would
  });
});
