import { t } from './t';

/**
 * What the user reads for an error result: the translated text for its code, with the library's own
 * (English, technical) message only as a detail where the code has a placeholder for it, or as the
 * fallback for codes without a translation.
 */
export function errorText(error: { code: string; message: string }): string {
  const key = `error_${error.code.replace(/-/g, '_')}`;
  const text = t(key, [error.message]);
  return text === key ? error.message : text;
}
