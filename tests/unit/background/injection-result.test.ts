import { describe, expect, it } from 'vitest';
import { injectionError } from '../../../lib/background/injection-result';

/** Firefox resolves executeScript with `{ frameId, error }` for a script that threw (seen in ESR 140). */
describe('injectionError', () => {
  it('is null when every frame ran (Chromium and Firefox success shapes)', () => {
    expect(injectionError([{ frameId: 0, result: undefined } as never])).toBeNull();
    expect(injectionError([{ frameId: 0 }])).toBeNull();
    expect(injectionError([])).toBeNull();
    expect(injectionError(undefined)).toBeNull();
  });

  it("reports a frame's error with its message", () => {
    expect(injectionError([{ frameId: 0 }, { frameId: 3, error: new TypeError('document.adoptedStyleSheets is not iterable') }])).toBe(
      'document.adoptedStyleSheets is not iterable',
    );
  });

  it('reports errors that are not Error objects', () => {
    expect(injectionError([{ frameId: 0, error: 'boom' }])).toBe('boom');
    expect(injectionError([{ frameId: 0, error: {} }])).toBe('[object Object]');
  });
});
