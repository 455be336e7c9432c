import { z } from 'zod';
import type { StorageArea } from '../core/storage-area';
import { LANGUAGES, PLANNED_LANGUAGES, type PlannedLanguageCode } from '../i18n/languages';
import { ROLES, type Role } from '../roles';
import { parseSiteInput } from '../sites/parse-site-input';
import type { SettingsProblem } from './problems';
import { CASE_REF_STORAGE, RETENTION_MAX_DAYS, RETENTION_MIN_DAYS, SENSITIVITIES, type CaseRefStorage, type Sensitivity } from './schema';

/**
 * Organisation policy from `storage.managed` (Chrome/Edge: 3rdparty policy checked against
 * public/managed-schema.json; Firefox: policies.json 3rdparty.Extensions.<id>, which has no
 * schema). Firefox does no validation, so every key is checked here, one at a time.
 */
export interface ManagedPolicy {
  sites?: string[];
  sitesLocked?: boolean;
  defaultRole?: Role;
  allowedRoles?: Role[];
  retentionDays?: number;
  caseRefStorage?: CaseRefStorage;
  sensitivity?: Sensitivity;
  /** Accepted and ignored since issue 23 (see merge.ts): there is no training mode any more. */
  trainingAllowed?: boolean;
  /** 'cy' is accepted so policies written today keep working once Welsh prompts exist. */
  language?: ManagedLanguage;
  /** Organisation-wide key for case-reference hashes (read by the record, never shown or stored). */
  caseRefKey?: string;
}

type ManagedLanguage = (typeof LANGUAGES)[number]['code'] | PlannedLanguageCode;
/** Shipped and planned languages only: never the test-only pseudo-locale. */
const MANAGED_LANGUAGES = [...LANGUAGES.map((l) => l.code), ...PLANNED_LANGUAGES.map((l) => l.code)] as [ManagedLanguage, ...ManagedLanguage[]];

/** Chrome's Windows registry delivery allows lists as JSON strings; accept that form too. */
const jsonList = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }, z.array(item));

const managedFields = {
  sitesLocked: z.boolean(),
  defaultRole: z.enum(ROLES),
  allowedRoles: jsonList(z.enum(ROLES))
    .refine((l) => l.length > 0, { message: 'empty' })
    .transform((l) => [...new Set(l)]),
  retentionDays: z.number().int().min(RETENTION_MIN_DAYS).max(RETENTION_MAX_DAYS),
  caseRefStorage: z.enum(CASE_REF_STORAGE),
  sensitivity: z.enum(SENSITIVITIES),
  trainingAllowed: z.boolean(),
  language: z.enum(MANAGED_LANGUAGES),
  caseRefKey: z.string().min(32).max(256),
};
export const MANAGED_KEYS = ['sites', ...Object.keys(managedFields)] as const;

export interface ParsedManaged {
  policy: ManagedPolicy;
  problems: SettingsProblem[];
}

const detail = (v: unknown) => (typeof v === 'string' ? v.slice(0, 100) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : typeof v);

export function parseManaged(raw: unknown): ParsedManaged {
  const problems: SettingsProblem[] = [];
  if (raw === undefined || raw === null) return { policy: {}, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy: {}, problems: [{ source: 'managed', field: '*', code: 'notAnObject' }] };
  }
  const data = raw as Record<string, unknown>;
  const policy: Record<string, unknown> = {};

  for (const [key, value] of Object.entries(data)) {
    if (key === 'sites') {
      const list = jsonList(z.unknown()).safeParse(value);
      if (!list.success) {
        problems.push({ source: 'managed', field: 'sites', code: 'invalid' });
        continue;
      }
      const sites: string[] = [];
      for (const entry of list.data) {
        const parsed = typeof entry === 'string' ? parseSiteInput(entry) : null;
        if (parsed?.ok) {
          if (!sites.includes(parsed.pattern)) sites.push(parsed.pattern);
        } else {
          problems.push({ source: 'managed', field: 'sites', code: 'invalid', detail: detail(entry) });
        }
      }
      policy.sites = sites;
      continue;
    }
    const schema = managedFields[key as keyof typeof managedFields];
    if (!schema) {
      problems.push({ source: 'managed', field: key.slice(0, 60), code: 'unknownKey' });
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) policy[key] = parsed.data;
    // A secret is never echoed back on the settings page, even when it is invalid.
    else problems.push({ source: 'managed', field: key, code: 'invalid', ...(key === 'caseRefKey' ? {} : { detail: detail(value) }) });
  }
  return { policy: policy as ManagedPolicy, problems };
}

/** Policy is only read (the browser writes it from the organisation's configuration). */
export type ManagedArea = Pick<StorageArea, 'get'>;

/**
 * Reads managed storage. Chrome rejects when no policy is set for the extension and Firefox
 * throws when there is no policies.json entry, so both mean "no policy", not an error.
 */
export async function readManaged(area: ManagedArea | undefined): Promise<ParsedManaged> {
  if (!area) return { policy: {}, problems: [] };
  try {
    return parseManaged(await area.get(null));
  } catch {
    return { policy: {}, problems: [] };
  }
}
