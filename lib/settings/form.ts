import { z } from 'zod';
import { ROLES } from '../roles';
import type { LockableSetting } from './merge';
import { isBuildLanguage, isPlannedLanguage } from '../i18n/languages';
import { CASE_REF_STORAGE, RETENTION_MAX_DAYS, RETENTION_MIN_DAYS, SENSITIVITIES, settingsSchema, type Settings } from './schema';

/** What the options form holds: strings straight from the controls, as typed. */
export interface SettingsFormValues {
  role: string;
  sensitivity: string;
  retentionDays: string;
  caseRefStorage: string;
  language: string;
  presenterMode: boolean;
}
export type SettingsFormField = keyof SettingsFormValues;

/** Each code has an English message `settings_formError_<field>_<code>` in settings.json. */
export interface FormError {
  field: SettingsFormField | 'form';
  code: 'required' | 'wholeNumber' | 'range' | 'choice' | 'unknownKey' | 'unavailable';
}

export function formErrorMessageKey(error: FormError): string {
  return `settings_formError_${error.field}_${error.code}`;
}

export function toFormValues(s: Settings): SettingsFormValues {
  return {
    role: s.role ?? '',
    sensitivity: s.sensitivity,
    retentionDays: String(s.retentionDays),
    caseRefStorage: s.caseRefStorage,
    language: s.language,
    presenterMode: s.presenterMode,
  };
}

const formSchema = z.strictObject({
  role: z.string(),
  sensitivity: z.string(),
  retentionDays: z.string(),
  caseRefStorage: z.string(),
  language: z.string(),
  presenterMode: z.boolean(),
});

const choice = <T extends readonly string[]>(list: T, v: string): v is T[number] => (list as readonly string[]).includes(v);

/**
 * Turns the form into settings to save, or the list of problems in page order. Locked fields keep
 * the user's stored value (base) so withdrawing a policy brings their own choice back.
 */
export function parseSettingsForm(
  values: unknown,
  base: Settings,
  locked: readonly LockableSetting[] = [],
): { ok: true; settings: Settings } | { ok: false; errors: FormError[] } {
  const shape = formSchema.safeParse(values);
  if (!shape.success) return { ok: false, errors: [{ field: 'form', code: 'unknownKey' }] };
  const v = shape.data;
  const errors: FormError[] = [];
  const next: Settings = { ...base, sites: [...base.sites] };

  if (!locked.includes('role')) {
    if (v.role === '') errors.push({ field: 'role', code: 'required' });
    else if (!choice(ROLES, v.role)) errors.push({ field: 'role', code: 'choice' });
    else next.role = v.role;
  }
  if (!locked.includes('sensitivity')) {
    if (choice(SENSITIVITIES, v.sensitivity)) next.sensitivity = v.sensitivity;
    else errors.push({ field: 'sensitivity', code: 'choice' });
  }
  if (!locked.includes('retentionDays')) {
    const text = v.retentionDays.trim();
    if (text === '') errors.push({ field: 'retentionDays', code: 'required' });
    else if (!/^\d+$/.test(text)) errors.push({ field: 'retentionDays', code: 'wholeNumber' });
    else {
      const n = Number(text);
      if (n < RETENTION_MIN_DAYS || n > RETENTION_MAX_DAYS) errors.push({ field: 'retentionDays', code: 'range' });
      else next.retentionDays = n;
    }
  }
  if (!locked.includes('caseRefStorage')) {
    if (choice(CASE_REF_STORAGE, v.caseRefStorage)) next.caseRefStorage = v.caseRefStorage;
    else errors.push({ field: 'caseRefStorage', code: 'choice' });
  }
  if (!locked.includes('language')) {
    if (isBuildLanguage(v.language)) next.language = v.language;
    else errors.push({ field: 'language', code: isPlannedLanguage(v.language) ? 'unavailable' : 'choice' });
  }
  next.presenterMode = v.presenterMode;

  if (errors.length > 0) return { ok: false, errors };
  // Belt and braces: the result must satisfy the stored schema exactly.
  const final = settingsSchema.safeParse(next);
  if (!final.success) return { ok: false, errors: [{ field: 'form', code: 'unknownKey' }] };
  return { ok: true, settings: final.data };
}
