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
    ['wrong version', { ...DEFAULT_SETTINGS, version: 1 }],
    ['the old training switch', { ...DEFAULT_SETTINGS, trainingMode: false }],
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
      presenterMode: false,
    });
  });

  it('reads current-version JSON unchanged', () => {
    const saved = fixture('v2-complete.json');
    const result = repairSettings(saved);
    expect(result).toEqual({ settings: saved, problems: [], future: false });
  });

  it('v1 -> v2 drops the training switch (on or off) and keeps every other value (issue 23)', () => {
    const v1 = fixture('v1-complete.json') as Record<string, unknown>;
    expect(v1.trainingMode).toBe(true); // the saved old shape, with the switch left on
    const result = repairSettings(v1);
    expect(result.problems).toEqual([]);
    const { trainingMode: _gone, ...rest } = v1;
    expect(result.settings).toEqual({ ...rest, version: 2 });
    expect(result.settings).toEqual(fixture('v2-complete.json'));
    expect(settingsSchema.safeParse(result.settings).success).toBe(true);
  });

  it('does not mutate its input', () => {
    const saved = fixture('v0-unversioned.json') as Record<string, unknown>;
    const copy = structuredClone(saved);
    migrateSettings(saved);
    expect(saved).toEqual(copy);
  });

  it('flags settings from a future version and reads what it understands', () => {
    const result = repairSettings(fixture('v3-future.json'));
    expect(result.future).toBe(true);
    expect(result.problems).toEqual([{ source: 'stored', field: 'version', code: 'futureVersion', detail: '3' }]);
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

  // Not only "does not throw" (test audit 2026-12): what the repair makes of each input.
  it.each([
    ['an array-like object as sites', { sites: { length: 1e9 } }, 0, [{ source: 'stored', field: 'sites', code: 'invalid' }]],
    ['the same site 500 times (kept once)', { sites: new Array(500).fill('https://a.example.org/*') }, 1, []],
    ['a negative version', { version: -1 }, 0, [{ source: 'stored', field: 'version', code: 'badVersion', detail: '-1' }]],
    // A role inherited through the prototype is not the stored object's own: it is not read.
    ['a role on the prototype', { __proto__: { role: 'trainer' } }, 0, []],
    // JSON.parse makes "__proto__" an own key: reported as unknown, and no prototype is polluted.
    ['"__proto__" as an own key (from JSON)', JSON.parse('{"__proto__": {"role": "trainer"}}'), 0, [{ source: 'stored', field: '__proto__', code: 'unknownKey' }]],
  ])('hostile input, %s: the role stays unset and the problems are recorded', (_name, raw, sites, problems) => {
    const result = repairSettings(raw);
    expect(result.settings.role).toBeNull();
    expect(result.settings.sites).toHaveLength(sites as number);
    expect(result.problems).toEqual(problems);
    expect(result.future).toBe(false);
    expect(({} as { role?: unknown }).role).toBeUndefined();
  });
});
