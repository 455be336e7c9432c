import { describe, expect, it } from 'vitest';
import { errorText } from '../../../lib/i18n/error-text';

describe('errorText', () => {
  it('shows the translated text for a known code', () => {
    expect(errorText({ code: 'storage-full', message: 'raw' })).toMatch(/^Browser storage is full/);
  });
  it('keeps the technical detail where the message has a place for it', () => {
    expect(errorText({ code: 'import-tampered', message: 'entry 3 (hash-mismatch)' })).toBe(
      'The file has been changed since it was exported, so nothing was imported. Detail: entry 3 (hash-mismatch)',
    );
  });
  it('falls back to the library message for codes without a translation', () => {
    expect(errorText({ code: 'something-new', message: 'Plain message' })).toBe('Plain message');
  });
});
