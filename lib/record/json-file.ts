import { err, ok, type Result, type ResultError } from '../core/result';

/** What a file this extension wrote says it is, at its top. */
export interface FileHeader {
  format?: unknown;
  formatVersion?: unknown;
}

/**
 * A file the user chose (an export, a summary), read as JSON: its value and its header (null when
 * the value is not an object). Refuses with the caller's own words a file over `maxChars` or one that
 * is not JSON, before any schema runs.
 */
export function readJsonFile(
  text: string,
  maxChars: number,
  errors: { tooLarge: ResultError; notJson: ResultError },
): Result<{ json: unknown; header: FileHeader | null }> {
  if (text.length > maxChars) return err(errors.tooLarge.code, errors.tooLarge.message);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err(errors.notJson.code, errors.notJson.message);
  }
  const header = json !== null && typeof json === 'object' ? (json as FileHeader) : null;
  return ok({ json, header });
}
