import { z } from 'zod';
import { ROLES } from '../roles';
import { OUTCOME_CODES, OUTCOMES_NEEDING_REASON, REASON_CODES } from './outcomes';
import { PROMPT_LANGS } from './types';

/**
 * Validates the prompt data (tests and extension pages only: zod stays out of the content script).
 * The rules here are the house rules for legal content: a source on every prompt, https links only,
 * short summaries, reasons wherever an outcome needs one.
 */
const SEMVER = /^\d+\.\d+\.\d+$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const sentence = z.string().trim().min(1);

export const promptCopySchema = z.object({
  summary: sentence.max(140),
  detail: z.array(sentence.max(400)).min(1).max(6),
  uncertain: sentence.max(600).optional(),
});

const localisedCopySchema = z.object(
  Object.fromEntries(PROMPT_LANGS.map((lang) => [lang, promptCopySchema])) as Record<
    (typeof PROMPT_LANGS)[number],
    typeof promptCopySchema
  >,
);

export const promptSourceSchema = z.object({
  label: sentence.max(160),
  url: z.url({ protocol: /^https$/ }),
});

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
    roles: z.array(roleSchema).min(1).refine(unique, 'roles repeat'),
    when: z
      .object({
        offenceId: z.instanceof(RegExp).optional(),
        categories: z.array(z.enum(['intimate-image', 'alternative', 'iioc'])).min(1).optional(),
      })
      .optional(),
    text: localisedCopySchema,
    roleText: z.partialRecord(roleSchema, localisedCopySchema).optional(),
    sources: z.array(promptSourceSchema).min(1),
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
  .refine((defs) => unique(defs.map((d) => d.id)), 'prompt ids repeat');
