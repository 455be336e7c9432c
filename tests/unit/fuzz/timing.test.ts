import { describe, expect, it } from 'vitest';
import { timedRun } from './timing';

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('timedRun (the fuzz suites\u2019 time bound)', () => {
  it('still reports an input that is slow every time (as backtracking is)', () => {
    const { value, ms } = timedRun(() => (busy(30), 'x'), 20);
    expect(value).toBe('x');
    expect(ms).toBeGreaterThanOrEqual(30);
  });

  it('discounts a one-off pause: the fastest of the retries counts', () => {
    let calls = 0;
    const { ms } = timedRun(() => busy(calls++ === 0 ? 40 : 0), 20);
    expect(calls).toBe(2);
    expect(ms).toBeLessThan(20);
  });

  it('does not run again under the bound', () => {
    let calls = 0;
    timedRun(() => calls++, 1_000);
    expect(calls).toBe(1);
  });
});
