import { z } from 'zod';
import { LINE_STATUSES } from '../prompts/types';

/**
 * The JSON review pack (issue 14): exactly this shape, strict, so a reviewing lawyer's tooling (or a
 * diff between two packs) can rely on it. Every line must carry at least one source and a status.
 */
export const reviewLineSchema = z.strictObject({
  text: z.string().min(1),
  sources: z.array(z.string().min(1)).min(1),
  status: z.enum(LINE_STATUSES),
});

export const reviewPromptSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  approval: z.enum(['draft', 'approved']),
  summary: z.string().min(1),
  lines: z.array(reviewLineSchema).min(1),
  uncertain: z.array(z.string().min(1)),
});

export const reviewPackSchema = z.strictObject({
  promptsVersion: z.string().min(1),
  entries: z
    .array(
      z.strictObject({
        offenceId: z.string().min(1),
        role: z.string().min(1),
        prompts: z.array(reviewPromptSchema).min(1),
      }),
    )
    .min(1),
});

export type ReviewPack = z.infer<typeof reviewPackSchema>;
export type ReviewPrompt = z.infer<typeof reviewPromptSchema>;
