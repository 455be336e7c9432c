import type { PromptLang } from '../prompts/types';

/**
 * The one list of interface languages: settings accept these codes, the build writes their
 * `_locales` folders and `t()` and the date formatters follow them. Adding Welsh is one entry here,
 * a `lib/i18n/messages/cy/` folder and, once sourced terms exist, `cy` prompt text in lib/prompts.
 */
export interface LanguageInfo {
  /** The settings value (a BCP 47 tag). */
  code: string;
  /** BCP 47 tag of the interface text: each extension page's and the sidebar's `lang` attribute. */
  tag: string;
  /** BCP 47 tag the dates are formatted with (Intl). */
  dateTag: string;
  /** The `_locales/<folder>` the build writes, or null for a language that only exists in tests. */
  folder: string | null;
  /**
   * The language the prompts' legal text is shown (and hashed into the record) in. It can differ from
   * the interface: legal wording is translated only from sourced terms (lib/prompts), never by us.
   */
  prompts: PromptLang;
  /** Message key of the language's name on the options page. */
  labelKey: string;
}

/** Shipped in every build. The first is the default locale (`default_locale` in the manifest). */
export const LANGUAGES = [
  { code: 'en', tag: 'en-GB', dateTag: 'en-GB', folder: 'en', prompts: 'en', labelKey: 'settings_languageEnglish' },
] as const satisfies readonly LanguageInfo[];

export const DEFAULT_LANGUAGE = LANGUAGES[0];

/**
 * Named in the managed-policy schema and shown, disabled, on the options page until they ship: a policy
 * written for them today keeps working (it falls back to the default, with a problem shown).
 */
export const PLANNED_LANGUAGES = [{ code: 'cy', labelKey: 'settings_languageWelsh', hintKey: 'settings_languageWelshUnavailable' }] as const;

/**
 * A pseudo-locale for tests only: every message is the English one visibly transformed
 * (lib/i18n/pseudo.ts), so a string that bypasses `t()` stands out. It is in E2E/demo builds and unit
 * tests, never in a release build and never offered on the options page. "XA" is a private-use region
 * (Chrome's own pseudo-locale is en-XA); its dates use en-US so a date that ignores the language shows.
 */
export const PSEUDO_LANGUAGE = {
  code: 'en-XA',
  tag: 'en-XA',
  dateTag: 'en-US',
  folder: null,
  prompts: 'en',
  labelKey: 'settings_languageEnglish',
} as const satisfies LanguageInfo;

export type LanguageCode = (typeof LANGUAGES)[number]['code'] | typeof PSEUDO_LANGUAGE.code;
/** Every code a stored setting may hold in some build (the schema then checks this build has it). */
export const LANGUAGE_CODES: [LanguageCode, ...LanguageCode[]] = [DEFAULT_LANGUAGE.code, ...LANGUAGES.slice(1).map((l) => l.code), PSEUDO_LANGUAGE.code];
export type PlannedLanguageCode = (typeof PLANNED_LANGUAGES)[number]['code'];

declare const __DOR_PSEUDO_LOCALE__: boolean | undefined;
/** Replaced by a constant at build (wxt.config.ts): true only in E2E/demo builds. Tests (no define) have it. */
export const HAS_PSEUDO_LOCALE: boolean = typeof __DOR_PSEUDO_LOCALE__ === 'undefined' ? true : __DOR_PSEUDO_LOCALE__;

/** The languages of one build: the shipped ones, plus the pseudo-locale where the build has it. */
export function buildLanguages(withPseudo = HAS_PSEUDO_LOCALE): readonly LanguageInfo[] {
  return withPseudo ? [...LANGUAGES, PSEUDO_LANGUAGE] : LANGUAGES;
}

export function isBuildLanguage(code: unknown, withPseudo = HAS_PSEUDO_LOCALE): code is LanguageCode {
  return buildLanguages(withPseudo).some((l) => l.code === code);
}

export function isPlannedLanguage(code: unknown): code is PlannedLanguageCode {
  return PLANNED_LANGUAGES.some((l) => l.code === code);
}

/** The language for a code, or the default for one this build does not have. */
export function languageInfo(code: string | null | undefined): LanguageInfo {
  return buildLanguages().find((l) => l.code === code) ?? DEFAULT_LANGUAGE;
}

/**
 * The browser's `i18n.getMessage` follows the browser's language, not the user's setting, so every
 * language's messages are built into the default locale's file (the one the browser always falls back
 * to) under a prefix, and `t()` asks for the prefixed name. The default language needs none.
 */
export function messagePrefix(code: string): string {
  return code === DEFAULT_LANGUAGE.code ? '' : `${code.replace(/-/g, '_')}__`;
}
