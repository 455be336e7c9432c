/**
 * Catch-alls in lib/ report what they swallow (lib/internal-error.ts). The setup file listens during every
 * unit and component test and fails the test if anything was reported that the test did not take with
 * `takeInternalErrors`, so a bug hidden behind a safe fallback (the detector's `none`, the prefilter
 * failing open) fails the test that reaches it.
 */
import { onInternalError } from '../../lib/internal-error';

interface Reported {
  where: string;
  error: unknown;
}

const reported: Reported[] = [];

export function listenForInternalErrors(): void {
  reported.length = 0;
  onInternalError((where, error) => reported.push({ where, error }));
}

/** Stops listening; throws (failing the test) if anything reported was not taken by the test. */
export function failOnInternalErrors(): void {
  onInternalError(undefined);
  const left = reported.splice(0);
  if (left.length) {
    const list = left.map(({ where, error }) => `${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`).join('\n');
    throw new Error(`${left.length} internal error(s) were caught and reported by a catch-all during this test:\n${list}`);
  }
}

/** For a test that provokes a fault on purpose: the reports so far (and they no longer fail the test). */
export function takeInternalErrors(): Reported[] {
  return reported.splice(0);
}
