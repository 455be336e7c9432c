/**
 * Catch-alls that keep the page safe (the detector answers `none`, the prefilter lets the detector read
 * the page) must not hide their own bugs from the tests. Each one reports what it caught here. In the
 * extension nobody listens (no page text or stack leaves the browser; rule 1), so users still get the safe
 * answer; the unit-test setup listens and fails any test during which something was reported, unless the
 * test expected it (tests/unit/internal-errors.ts).
 */
export type InternalErrorListener = (where: string, error: unknown) => void;

let listener: InternalErrorListener | undefined;

/** Sets (or with undefined, clears) the one listener; returns the one it replaced. */
export function onInternalError(next: InternalErrorListener | undefined): InternalErrorListener | undefined {
  const previous = listener;
  listener = next;
  return previous;
}

/** Called from a catch-all. Never throws: the caller is already on its safe path. */
export function reportInternalError(where: string, error: unknown): void {
  try {
    listener?.(where, error);
  } catch {
    // A listener's own fault must not break the fallback it observes.
  }
}
