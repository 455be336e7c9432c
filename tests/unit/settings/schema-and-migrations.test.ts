import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateSettings } from '../../../lib/settings/migrations';
import { repairSettings } from '../../../lib/settings/repair';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, settingsSchema } from '../../../lib/settings/schema';
import { fixture } from './fixtures';

describe('settings schema', () => {
  it('accepts the defaults', () => {
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ role: null, sites: [], retentionDays: 730, caseRefStorage: 'hmac', language: 'en' });
  });

  it.each([
    ['unknown key', { ...DEFAULT_SETTINGS, extra: 1 }],
    ['retention below 30', { ...DEFAULT_SETTINGS, retentionDays: 29 }],
    ['retention above 3650', { ...DEFAULT_SETTINGS, retentionDays: 3651 }],
    ['fractional retention', { ...DEFAULT_SETTINGS, retentionDays: 100.5 }],
    ['non-canonical site', { ...DEFAULT_SETTINGS, sites: ['cases.example.org'] }],
    ['wildcard public suffix', { ...DEFAULT_SETTINGS, sites: ['https://*.gov.uk/*'] }],
    ['duplicate sites', { ...DEFAULT_SETTINGS, sites: ['https://a.example.org/*', 'https://a.example.org/*'] }],
    ['Welsh (not yet available)', { ...DEFAULT_SETTINGS, language: 'cy' }],
    ['unknown role', { ...DEFAULT_SETTINGS, role: 'judge' }],
    ['wrong version', { ...DEFAULT_SETTINGS, version: 2 }],
  ])('rejects %s', (_, value) => {
    expect(settingsSchema.safeParse(value).success).toBe(false);
  });
});

describe('migrations', () => {
  it('has one step per version', () => {
    expect(MIGRATIONS).toHaveLength(SETTINGS_VERSION);
  });

  it('migrates unversioned (v0) JSON to the current version without losing values', () => {
    const result = repairSettings(fixture('v0-unversioned.json'));
    expect(result.problems).toEqual([]);
    expect(result.future).toBe(false);
    expect(settingsSchema.parse(result.settings)).toEqual({
      version: SETTINGS_VERSION,
      role: 'legal-adviser',
      sites: ['https://cases.example.gov.uk/*'],
      sensitivity: 'match-only',
      retentionDays: 365,
      caseRefStorage: 'hmac',
      language: 'en',
      trainingMode: false,
      presenterMode: false,
    });
  });

  it('reads current-version JSON unchanged', () => {
    const saved = fixture('v1-complete.json');
    const result = repairSettings(saved);
    expect(result).toEqual({ settings: saved, problems: [], future: false });
  });

  it('does not mutate its input', () => {
    const saved = fixture('v0-unversioned.json') as Record<string, unknown>;
    const copy = structuredClone(saved);
    migrateSettings(saved);
    expect(saved).toEqual(copy);
  });

  it('flags settings from a future version and reads what it understands', () => {
    const result = repairSettings(fixture('v2-future.json'));
    expect(result.future).toBe(true);
    expect(result.problems).toEqual([{ source: 'stored', field: 'version', code: 'futureVersion', detail: '2' }]);
    expect(result.settings).toMatchObject({ role: 'trainer', retentionDays: 400, presenterMode: true, version: SETTINGS_VERSION });
  });
});

describe('repair on read', () => {
  it('resets each invalid field to its default, keeps good values, reports every problem', () => {
    const result = repairSettings(fixture('v1-damaged.json'));
    expect(settingsSchema.safeParse(result.settings).success).toBe(true);
    expect(result.settings).toEqual({
      ...DEFAULT_SETTINGS,
      sites: ['https://cases.example.gov.uk/*', 'https://cases.other.example.org/*'],
      caseRefStorage: 'hmac',
    });
    const summary = result.problems.map((p) => `${p.field}:${p.code}:${p.detail ?? ''}`);
    expect(summary).toEqual([
      'role:invalid:judge',
      'sites:repaired:cases.other.example.org',
      'sites:invalid:<all_urls>',
      'sites:invalid:number',
      'sites:invalid:*.gov.uk',
      'sensitivity:invalid:everything',
      'retentionDays:invalid:5',
      'language:invalid:cy',
      'trainingMode:invalid:yes',
      'colour:unknownKey:',
    ]);
  });

  it('treats a garbled version as damage, not a future format', () => {
    const result = repairSettings(fixture('v1-bad-version.json'));
    expect(result.future).toBe(false);
    expect(result.settings.role).toBe('trainer');
    expect(result.problems).toContainEqual({ source: 'stored', field: 'version', code: 'badVersion', detail: 'one' });
  });

  it.each([
    ['an array', fixture('not-an-object.json')],
    ['a string', 'settings'],
    ['null', null],
    ['a number', 7],
  ])('falls back to defaults when storage holds %s', (_, raw) => {
    const result = repairSettings(raw);
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.problems).toEqual([{ source: 'stored', field: '*', code: 'notAnObject' }]);
  });

  it('returns defaults and no problems when nothing is stored', () => {
    expect(repairSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [], future: false });
  });

  it('never throws on hostile input', () => {
    const hostile = [{ sites: { length: 1e9 } }, { sites: new Array(500).fill('https://a.example.org/*') }, { version: -1 }, { __proto__: { role: 'trainer' } }];
    for (const raw of hostile) expect(() => repairSettings(raw)).not.toThrow();
  });
});
