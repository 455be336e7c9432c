import { describe, expect, it } from 'vitest';
import { formErrorMessageKey, parseSettingsForm, toFormValues } from '../../../lib/settings/form';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { t } from '../../../lib/i18n/t';

const base = { ...DEFAULT_SETTINGS, role: 'legal-adviser' as const };
const values = toFormValues(base);

describe('parseSettingsForm', () => {
  it('round-trips the current settings', () => {
    expect(parseSettingsForm(values, base)).toEqual({ ok: true, settings: base });
  });

  it('applies edits', () => {
    const result = parseSettingsForm({ ...values, retentionDays: ' 90 ', role: 'trainer', presenterMode: true }, base);
    expect(result).toEqual({ ok: true, settings: { ...base, retentionDays: 90, role: 'trainer', presenterMode: true } });
  });

  it.each([
    [{ retentionDays: '' }, 'retentionDays', 'required'],
    [{ retentionDays: '29' }, 'retentionDays', 'range'],
    [{ retentionDays: '3651' }, 'retentionDays', 'range'],
    [{ retentionDays: '1e3' }, 'retentionDays', 'wholeNumber'],
    [{ retentionDays: '90.5' }, 'retentionDays', 'wholeNumber'],
    [{ retentionDays: '-40' }, 'retentionDays', 'wholeNumber'],
    [{ role: '' }, 'role', 'required'],
    [{ role: 'judge' }, 'role', 'choice'],
    [{ sensitivity: 'all' }, 'sensitivity', 'choice'],
    [{ caseRefStorage: 'plain' }, 'caseRefStorage', 'choice'],
    [{ language: 'cy' }, 'language', 'unavailable'],
    [{ language: 'de' }, 'language', 'choice'],
  ])('rejects %o', (patch, field, code) => {
    expect(parseSettingsForm({ ...values, ...patch }, base)).toEqual({ ok: false, errors: [{ field, code }] });
  });

  it('lists several errors in page order', () => {
    const result = parseSettingsForm({ ...values, role: '', retentionDays: 'abc' }, base);
    expect(result).toEqual({ ok: false, errors: [{ field: 'role', code: 'required' }, { field: 'retentionDays', code: 'wholeNumber' }] });
  });

  it('rejects unknown keys and wrong types', () => {
    expect(parseSettingsForm({ ...values, sites: ['x'] }, base)).toEqual({ ok: false, errors: [{ field: 'form', code: 'unknownKey' }] });
    expect(parseSettingsForm({ ...values, presenterMode: 'on' }, base).ok).toBe(false);
    // The training switch is gone (issue 23): a form that still sends it is refused, not half-read.
    expect(parseSettingsForm({ ...values, trainingMode: true }, base)).toEqual({ ok: false, errors: [{ field: 'form', code: 'unknownKey' }] });
    expect(parseSettingsForm(null, base).ok).toBe(false);
  });

  it('keeps the stored value of locked fields, whatever the form says', () => {
    const result = parseSettingsForm({ ...values, retentionDays: 'nonsense', language: 'de' }, base, ['retentionDays', 'language']);
    expect(result).toEqual({ ok: true, settings: base });
  });

  it('every error a form can produce has an English message', () => {
    const codes = [
      ['role', 'required'], ['role', 'choice'], ['sensitivity', 'choice'], ['retentionDays', 'required'],
      ['retentionDays', 'wholeNumber'], ['retentionDays', 'range'], ['caseRefStorage', 'choice'],
      ['language', 'choice'], ['language', 'unavailable'], ['form', 'unknownKey'],
    ] as const;
    for (const [field, code] of codes) {
      const key = formErrorMessageKey({ field, code });
      expect(t(key), key).not.toBe(key);
    }
  });
});
