/**
 * `scripting.executeScript` reports a script that threw differently per browser: Chromium logs it
 * and resolves with `result: undefined`; Firefox resolves with `{ frameId, error }` per frame and
 * never rejects. An injection counts as done only when no frame reports an error, so a sidebar that
 * failed to mount in Firefox is not reported to the page as open.
 */
export interface InjectionResultLike {
  frameId?: number;
  error?: unknown;
}

/** The first frame error in executeScript's results, as text; null when every frame ran. */
export function injectionError(results: readonly InjectionResultLike[] | undefined): string | null {
  for (const r of results ?? []) {
    if (r && 'error' in r && r.error !== undefined && r.error !== null) {
      const e = r.error as { message?: unknown };
      return typeof e.message === 'string' && e.message ? e.message : String(r.error);
    }
  }
  return null;
}
