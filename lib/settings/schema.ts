import { z } from 'zod';
import { isBuildLanguage, LANGUAGE_CODES, type LanguageCode } from '../i18n/languages';
import { ROLES } from '../roles';
import { isCanonicalSitePattern } from '../sites/parse-site-input';

/** Bump when the stored shape changes, and add a migration in migrations.ts with a saved fixture. */
export const SETTINGS_VERSION = 2;
/** The `storage.local` key the settings live under. */
export const SETTINGS_STORAGE_KEY = 'settings';

export const SENSITIVITIES = ['match-only', 'show-possible'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
export const CASE_REF_STORAGE = ['hmac', 'clear'] as const;
export type CaseRefStorage = (typeof CASE_REF_STORAGE)[number];
/** The interface language (lib/i18n/languages.ts holds the list). */
export type Language = LanguageCode;

export const RETENTION_MIN_DAYS = 30;
export const RETENTION_MAX_DAYS = 3650;
export const MAX_SITES = 50;

export const sitePatternSchema = z.string().refine(isCanonicalSitePattern, { message: 'not a valid site pattern' });

/** One schema per field, so repair can keep good fields and reset only the bad ones. */
export const settingsFields = {
  role: z.enum(ROLES).nullable(),
  sites: z
    .array(sitePatternSchema)
    .max(MAX_SITES)
    .refine((list) => new Set(list).size === list.length, { message: 'duplicate sites' }),
  sensitivity: z.enum(SENSITIVITIES),
  retentionDays: z.number().int().min(RETENTION_MIN_DAYS).max(RETENTION_MAX_DAYS),
  caseRefStorage: z.enum(CASE_REF_STORAGE),
  // A language this build lacks (the test-only pseudo-locale in a release build) is repaired to the default.
  language: z.enum(LANGUAGE_CODES).refine((code) => isBuildLanguage(code), { message: 'language not in this build' }),
  /** Bigger text in the sidebar and on extension pages, for a projector. */
  presenterMode: z.boolean(),
};
export type SettingsField = keyof typeof settingsFields;
export const SETTINGS_FIELDS = Object.keys(settingsFields) as SettingsField[];

export const settingsSchema = z.strictObject({ version: z.literal(SETTINGS_VERSION), ...settingsFields });
export type Settings = z.infer<typeof settingsSchema>;

/**
 * Defaults favour reminding over missing a case ('show-possible') and keeping case references
 * out of storage ('hmac'); two years' retention covers appeal periods without keeping records forever.
 */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  role: null,
  sites: [],
  sensitivity: 'show-possible',
  retentionDays: 730,
  caseRefStorage: 'hmac',
  language: 'en',
  presenterMode: false,
}) as Settings;

export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, sites: [] };
}
