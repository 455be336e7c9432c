import { z } from 'zod';
import { OFFENCE_CATEGORIES } from '../core/vocabulary';
import { LAW_TAGS, type LawTag } from '../offences/law';
import { ROLES } from '../roles';
import { OUTCOME_CODES, OUTCOMES_NEEDING_REASON, REASON_CODES } from './outcomes';
import { OFFICIAL_HOSTS, SOURCE_IDS, SOURCES, type SourceId } from './sources';
import { LINE_STATUSES, PROMPT_LANGS, type PromptDefinition } from './types';

/**
 * Validates the prompt data (tests, the review-pack CLI and extension pages only: zod stays out of the
 * content script). The rules here are the house rules for legal content: every line has a source and
 * a status, links go to official hosts only, summaries are short, reasons exist wherever an outcome
 * needs one, and the approval state is either draft or approved by a named reviewer on a date.
 */
const SEMVER = /^\d+\.\d+\.\d+$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const sentence = z.string().trim().min(1);
const sourceId = z.enum(SOURCE_IDS as [SourceId, ...SourceId[]]);
const lawTag = z.enum(LAW_TAGS as [LawTag, ...LawTag[]]);

export const promptLineSchema = z.object({
  text: sentence.max(420),
  sources: z.array(sourceId).min(1),
  status: z.enum(LINE_STATUSES),
  when: z.object({ anyTag: z.array(lawTag).min(1) }).optional(),
});

export const promptCopySchema = z.object({
  summary: sentence.max(140),
  say: sentence.max(200).optional(),
  // The other-orders prompt holds one line per fact per offence type (each shown only where it is true), so
  // its full wording is longer than any page shows.
  detail: z.array(promptLineSchema).min(1).max(18),
  uncertain: z.array(sentence.max(600)).min(1).optional(),
});

const localisedCopySchema = z.object(
  Object.fromEntries(PROMPT_LANGS.map((lang) => [lang, promptCopySchema])) as Record<
    (typeof PROMPT_LANGS)[number],
    typeof promptCopySchema
  >,
);

export const approvalSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('draft') }),
  z.object({
    state: z.literal('approved'),
    reviewer: sentence.max(120),
    date: z.iso.date(),
  }),
]);

export const promptSourceSchema = z.object({
  label: sentence.max(200),
  url: z
    .url({ protocol: /^https$/ })
    .refine((u) => OFFICIAL_HOSTS.includes(new URL(u).hostname), 'not an official host')
    .optional(),
  kind: z.enum(['legislation', 'case-law', 'guidance', 'secondary']),
});

export const sourcesSchema = z.record(z.string(), promptSourceSchema);

const roleSchema = z.enum(ROLES);
const outcomeSchema = z.enum(OUTCOME_CODES);
const reasonSchema = z.enum(REASON_CODES);

function unique<T>(values: readonly T[]): boolean {
  return new Set(values).size === values.length;
}

export const promptDefinitionSchema = z
  .object({
    id: z.string().regex(ID),
    version: z.string().regex(SEMVER),
    approval: approvalSchema,
    roles: z.array(roleSchema).min(1).refine(unique, 'roles repeat'),
    when: z
      .object({
        anyTag: z.array(lawTag).min(1).optional(),
        categories: z.array(z.enum(OFFENCE_CATEGORIES)).min(1).optional(),
      })
      .optional(),
    text: localisedCopySchema,
    roleText: z.partialRecord(roleSchema, localisedCopySchema).optional(),
    outcomes: z.array(outcomeSchema).min(1).refine(unique, 'outcomes repeat'),
    reasons: z.array(reasonSchema).refine(unique, 'reasons repeat'),
  })
  .superRefine((def, ctx) => {
    const needsReason = def.outcomes.some((o) => OUTCOMES_NEEDING_REASON.includes(o));
    if (needsReason && def.reasons.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'an outcome needs a reason but no reasons are offered' });
    }
    for (const role of Object.keys(def.roleText ?? {})) {
      if (!def.roles.includes(role as (typeof ROLES)[number])) {
        ctx.addIssue({ code: 'custom', message: `roleText for ${role}, which is not in roles` });
      }
    }
  });

export const promptDefinitionsSchema = z
  .array(promptDefinitionSchema)
  .min(1)
  .refine((defs) => unique(defs.map((d) => d.id)), 'prompt ids repeat') satisfies z.ZodType<readonly PromptDefinition[]>;

/** Every source the data names exists (the type system checks this too; the CLI reads JSON-ish data). */
export function knownSource(id: string): boolean {
  return Object.hasOwn(SOURCES, id);
}
