/**
 * The shape every record operation and every message answer takes, so a caller always learns why
 * something failed instead of catching a thrown error across the messaging boundary.
 */
export interface ResultError {
  code: string;
  message: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: string, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
