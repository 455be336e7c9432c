import type { z } from 'zod';
import { err, ok, type Result } from '../core/result';

/** The store's answers when something goes wrong: each says what happened and that nothing was lost. */

export const CHANGED_WHILE_READ = 'The record changed while it was read. Nothing was recorded; try again.';

export function storageError<T>(error: unknown): Result<T> {
  const text = error instanceof Error ? error.message : String(error);
  // Firefox raises a DOMException named QuotaExceededError, whose message need not say so.
  const name = error instanceof Error ? error.name : ''; // DOMException is an Error
  if (name === 'QuotaExceededError' || /quota|QUOTA_BYTES|storage.*full|no space/i.test(text)) {
    return err('storage-full', 'Browser storage is full, so this was not recorded. Nothing already recorded was lost. Export the record and free some space.');
  }
  return err('storage-error', `The browser could not save the record (${text.slice(0, 200)}). Nothing already recorded was lost.`);
}

export function newerVersion<T>(version: number): Result<T> {
  return err('newer-version', `The record was written by a newer version of the extension (record version ${version}). Update the extension; nothing has been changed.`);
}

/** A message's payload parsed with its schema; the first problem named when it does not fit. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return err('invalid-input', `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
}

/** The highest record version some logs were written with beyond this one's, or null. */
export function newestVersion(versions: readonly (number | null)[]): number | null {
  const futures = versions.filter((v): v is number => v !== null);
  return futures.length ? Math.max(...futures) : null;
}
