import { ok } from '../../../lib/core/result';
import type { PromptHasher } from '../../../lib/prompts/text-hash';
import type { AppendInput, AppendRequest } from '../../../lib/record/schema';

let counter = 0;

/** A valid append payload; each call gets a fresh client id unless one is given. */
export function makeInput(overrides: Partial<AppendInput> = {}): AppendInput {
  counter++;
  return {
    clientId: `client-${String(counter).padStart(6, '0')}-${Math.random().toString(36).slice(2, 8)}`,
    event: 'outcome',
    mode: 'live',
    role: 'legal-adviser',
    caseRef: '01AB2345678',
    site: 'https://caseworker.example.gov.uk',
    prompt: { id: 'deprivation-order', version: '1.0.0', textHash: FIXED_PROMPT_HASH, lang: 'en' },
    offence: { id: 'soa2003-s66b-2', evidenceKind: 'cjs-code' },
    outcome: 'raised-with-court',
    reason: null,
    note: null,
    corrects: null,
    ...overrides,
  };
}

/** The `record.append` message for the same entry: the prompt named without its text hash. */
export function makeRequest(overrides: Partial<AppendRequest> = {}): AppendRequest {
  const { prompt, ...input } = makeInput();
  const { textHash: _hash, ...named } = prompt;
  return { ...input, prompt: named, ...overrides };
}

/** The hash makeInput() stores. */
export const FIXED_PROMPT_HASH = 'a'.repeat(64);

/**
 * A hasher for handler tests whose prompt ids are not this build's ('deprivation-order'): every prompt
 * hashes to FIXED_PROMPT_HASH. Tests of the real lookup use createPromptHasher (tests/unit/prompts/text-hash.test.ts).
 */
export const fixedPromptHasher: PromptHasher = async () => ok(FIXED_PROMPT_HASH);

export const CONTEXT = { now: new Date('2026-03-04T10:15:22.000Z'), extensionVersion: '0.1.0' };

export function at(iso: string) {
  return { ...CONTEXT, now: new Date(iso) };
}
