/** zod schema for the catalogue data. Tests only: never import this from the detector or content script. */
import { z } from 'zod';
import { OFFENCE_CATEGORIES } from '../core/vocabulary';
import type { ActEntry, OffenceEntry, OffenceNotes } from './types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Restricted pattern: compiles, and has no unbounded quantifiers (+, *, {n,}) that could backtrack. */
const pattern = z
  .string()
  .min(2)
  .refine((p) => !/(?<!\\)[+*]|\{\d+,\}/.test(p), 'unbounded quantifier')
  .refine((p) => {
    try {
      new RegExp(p, 'i');
      return true;
    } catch {
      return false;
    }
  }, 'does not compile');

export const citationSchema = z.object({ act: z.string().min(2), section: z.string().regex(/^\d{1,3}[A-Z]{0,2}$/).optional(), subsection: z.string().regex(/^\d{1,2}[A-Z]?$/).optional() });

export const offenceSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+-s\d{1,3}[a-z]{0,2}(-\d{1,2}[a-z]?)?$/),
  category: z.enum(OFFENCE_CATEGORIES),
  statute: z.string().min(2),
  section: z.string().regex(/^\d{1,3}[A-Z]{0,2}$/),
  subsection: z.string().regex(/^\d{1,2}[A-Z]?$/).optional(),
  titles: z.array(z.string().min(3)).min(1),
  cjsCodes: z.array(z.string().regex(/^[A-Z]{2}\d{5}$/)),
  citations: z.array(citationSchema).min(1),
  sectionDefault: z.boolean().optional(),
  imageWordingDefault: z.boolean().optional(),
  phrases: z.array(z.object({ pattern, kind: z.enum(['title', 'wording', 'prose']), name: z.boolean().optional() })),
  citation: z.string().min(3),
}) satisfies z.ZodType<OffenceEntry>;

export const notesSchema = z.object({
  chargeWording: z.array(z.string()).optional(),
  citationForms: z.array(z.string()),
  inForce: isoDate,
  repealed: isoDate.optional(),
  source: z.string().min(3),
}) satisfies z.ZodType<OffenceNotes>;

export const actSchema = z.object({
  id: z.string().regex(/^[a-z]+\d{4}$/),
  short: z.string().min(2),
  names: z.array(pattern).min(1),
  abbreviations: z.array(pattern).optional(),
  year: z.string().regex(/^\d{4}$/),
  yearlessDefault: z.boolean().optional(),
  abbreviationNeedsYear: z.boolean().optional(),
  jurisdiction: z.enum(['scotland', 'northern-ireland']).optional(),
  annotated: z.boolean().optional(),
}) satisfies z.ZodType<ActEntry>;

export const catalogueSchema = z.array(offenceSchema);
