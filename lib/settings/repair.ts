import { parseSiteInput } from '../sites/parse-site-input';
import { migrateSettings } from './migrations';
import type { SettingsProblem } from './problems';
import { defaultSettings, MAX_SITES, SETTINGS_FIELDS, settingsFields, type Settings } from './schema';

export interface RepairResult {
  settings: Settings;
  problems: SettingsProblem[];
  /** Written by a newer version: shown read-only and never overwritten. */
  future: boolean;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keeps every stored site that still parses (in canonical form) and reports the rest. */
function repairSites(value: unknown, problems: SettingsProblem[]): string[] {
  if (!Array.isArray(value)) {
    problems.push({ source: 'stored', field: 'sites', code: 'invalid' });
    return [];
  }
  const out: string[] = [];
  for (const entry of value) {
    const parsed = typeof entry === 'string' ? parseSiteInput(entry) : null;
    const shown = typeof entry === 'string' ? entry.slice(0, 100) : typeof entry;
    if (!parsed?.ok) {
      problems.push({ source: 'stored', field: 'sites', code: 'invalid', detail: shown });
      continue;
    }
    if (parsed.pattern !== entry) problems.push({ source: 'stored', field: 'sites', code: 'repaired', detail: shown });
    if (!out.includes(parsed.pattern) && out.length < MAX_SITES) out.push(parsed.pattern);
  }
  return out;
}

/**
 * Reads whatever is in storage into valid settings: migrates old versions, resets each invalid
 * field to its default (reporting it), drops unknown keys (reporting them). Never throws.
 */
export function repairSettings(raw: unknown): RepairResult {
  const settings = defaultSettings();
  if (raw === undefined) return { settings, problems: [], future: false };
  if (!isPlainObject(raw)) {
    return { settings, problems: [{ source: 'stored', field: '*', code: 'notAnObject' }], future: false };
  }

  const { data, future, problems } = migrateSettings(raw);
  const out = settings as Record<string, unknown>;
  for (const field of SETTINGS_FIELDS) {
    if (!(field in data)) continue;
    if (field === 'sites') {
      out.sites = repairSites(data.sites, problems);
      continue;
    }
    const parsed = settingsFields[field].safeParse(data[field]);
    if (parsed.success) out[field] = parsed.data;
    else problems.push({ source: 'stored', field, code: 'invalid', detail: safeDetail(data[field]) });
  }
  // A newer version's extra keys are expected, not damage.
  if (!future) {
    for (const key of Object.keys(data)) {
      if (key !== 'version' && !(SETTINGS_FIELDS as string[]).includes(key)) {
        problems.push({ source: 'stored', field: key.slice(0, 60), code: 'unknownKey' });
      }
    }
  }
  return { settings, problems, future };
}

function safeDetail(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.slice(0, 40);
  return value === null ? 'null' : typeof value;
}
