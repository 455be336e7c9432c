import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  buildLanguages,
  DEFAULT_LANGUAGE,
  isBuildLanguage,
  LANGUAGES,
  languageInfo,
  messagePrefix,
  PLANNED_LANGUAGES,
  PSEUDO_LANGUAGE,
} from '../../../lib/i18n/languages';
import { BROWSER_AREA, loadMessages } from '../../../lib/i18n/load-messages';
import { buildLocaleFiles } from '../../../lib/i18n/locale-files';
import { pseudoMessages, pseudoText, PSEUDO_CLOSE, PSEUDO_OPEN } from '../../../lib/i18n/pseudo';
import { currentLanguage, setLanguage, t } from '../../../lib/i18n/t';
import { parseManaged } from '../../../lib/settings/managed';

const root = process.cwd();
const english = loadMessages(root);
const messagesDir = join(root, 'lib', 'i18n', 'messages');

describe('the list of languages', () => {
  it('has one folder of messages per shipped language, with every key of the default language', () => {
    const folders = readdirSync(messagesDir).sort();
    expect(folders).toEqual(LANGUAGES.map((l) => l.code).sort());
    for (const language of LANGUAGES) {
      const messages = loadMessages(root, language.code);
      expect(Object.keys(messages).sort(), language.code).toEqual(Object.keys(english).sort());
      // Placeholders are the same in every language: a translation cannot drop a substitution.
      for (const [key, entry] of Object.entries(messages)) {
        expect(Object.keys(entry.placeholders ?? {}).sort(), `${language.code} ${key}`).toEqual(Object.keys(english[key]!.placeholders ?? {}).sort());
      }
    }
  });

  it('gives each language a valid BCP 47 tag for its text and its dates', () => {
    for (const language of buildLanguages(true)) {
      expect(Intl.getCanonicalLocales(language.tag)).toHaveLength(1);
      expect(() => new Intl.DateTimeFormat(language.dateTag)).not.toThrow();
      expect(english[language.labelKey], language.labelKey).toBeDefined();
    }
    for (const planned of PLANNED_LANGUAGES) expect(english[planned.labelKey] && english[planned.hintKey]).toBeDefined();
  });

  it('keeps the pseudo-locale out of release builds, of the options list and of organisation policy', () => {
    expect(buildLanguages(false).map((l) => l.code)).toEqual(LANGUAGES.map((l) => l.code));
    expect(buildLanguages(true).map((l) => l.code)).toContain(PSEUDO_LANGUAGE.code);
    expect(isBuildLanguage(PSEUDO_LANGUAGE.code, false)).toBe(false);
    expect(isBuildLanguage('cy', true)).toBe(false);
    expect(parseManaged({ language: PSEUDO_LANGUAGE.code }).policy.language).toBeUndefined();
    expect(languageInfo('xx')).toBe(DEFAULT_LANGUAGE);
  });
});

describe('the _locales files the build writes', () => {
  it('writes every shipped language; the default file holds the others under their prefix', () => {
    const release = buildLocaleFiles(root, buildLanguages(false));
    expect(Object.keys(release).sort()).toEqual(LANGUAGES.flatMap((l) => (l.folder ? [l.folder] : [])).sort());
    expect(release[DEFAULT_LANGUAGE.folder]).toEqual(english);
    expect(Object.keys(release[DEFAULT_LANGUAGE.folder]!).some((k) => k.includes('__'))).toBe(false);

    const e2e = buildLocaleFiles(root, buildLanguages(true));
    const prefix = messagePrefix(PSEUDO_LANGUAGE.code);
    const file = e2e[DEFAULT_LANGUAGE.folder]!;
    for (const key of Object.keys(english)) expect(file[prefix + key]?.message, key).toBe(pseudoText(english[key]!.message));
    // No folder for the pseudo-locale: the browser could offer it by its own language.
    expect(Object.keys(e2e).sort()).toEqual(Object.keys(release).sort());
  });

  it('gives other shipped languages only what the browser shows itself in their own folder', () => {
    // English is the only shipped language today: the rule is checked with a stand-in second one.
    const standIn = { ...DEFAULT_LANGUAGE, code: 'cy', tag: 'cy', dateTag: 'cy', folder: 'cy' };
    const load = (r: string, language: { code: string }, only?: string) => {
      const m = loadMessages(r, DEFAULT_LANGUAGE.code, only);
      return language.code === 'cy' ? Object.fromEntries(Object.entries(m).map(([k, v]) => [k, { ...v, message: `cy ${v.message}` }])) : m;
    };
    const files = buildLocaleFiles(root, [DEFAULT_LANGUAGE, standIn], load);
    expect(Object.keys(files.cy!).sort()).toEqual(Object.keys(loadMessages(root, DEFAULT_LANGUAGE.code, BROWSER_AREA)).sort());
    expect(files.cy!.extName!.message).toBe(`cy ${english.extName!.message}`);
    expect(files[DEFAULT_LANGUAGE.folder]!.cy__sidebar_title!.message).toBe(`cy ${english.sidebar_title!.message}`);
    expect(files[DEFAULT_LANGUAGE.folder]!.sidebar_title).toEqual(english.sidebar_title);
  });
});

describe('the pseudo-locale', () => {
  it('transforms every message visibly and keeps placeholders and substitutions', () => {
    expect(pseudoText('Recorded $1 at $time$ ($$5)')).toBe(`${PSEUDO_OPEN}Réçóŕdéd $1 át $time$ ($$5)${PSEUDO_CLOSE}`.replace('ŕ', 'r'));
    const pseudo = pseudoMessages(english);
    for (const [key, entry] of Object.entries(pseudo)) {
      expect(entry.message.startsWith(PSEUDO_OPEN) && entry.message.endsWith(PSEUDO_CLOSE), key).toBe(true);
      expect(entry.placeholders).toEqual(english[key]!.placeholders);
      const holders = (s: string) => s.match(/\$[A-Za-z0-9_@]+\$|\$\d/g) ?? [];
      expect(holders(entry.message), key).toEqual(holders(english[key]!.message));
    }
  });
});

describe('t()', () => {
  it('follows the language set from the user\u2019s setting, not the browser\u2019s language', () => {
    const ui = (fakeBrowser.i18n as unknown as { getUILanguage(): string }).getUILanguage();
    expect(ui).toBe('en-GB');
    expect(t('sidebar_title')).toBe(english.sidebar_title!.message);
    expect(setLanguage(PSEUDO_LANGUAGE.code)).toBe(PSEUDO_LANGUAGE);
    expect(currentLanguage().code).toBe(PSEUDO_LANGUAGE.code);
    expect(t('sidebar_title')).toBe(pseudoText(english.sidebar_title!.message));
    expect(t('record_status_cleared', '3')).toContain('3');
    // A code this build lacks is the default language, and a missing key shows itself.
    setLanguage('cy');
    expect(t('sidebar_title')).toBe(english.sidebar_title!.message);
    expect(t('no_such_key')).toBe('no_such_key');
  });
});
