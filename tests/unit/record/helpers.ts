import type { AppendInput } from '../../../lib/record/schema';

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
    prompt: { id: 'deprivation-order', version: '1.0.0', textHash: 'a'.repeat(64), lang: 'en' },
    offence: { id: 'soa2003-s66b-2', evidenceKind: 'cjs-code' },
    outcome: 'raised-with-court',
    reason: null,
    note: null,
    corrects: null,
    ...overrides,
  };
}

export const CONTEXT = { now: new Date('2026-03-04T10:15:22.000Z'), extensionVersion: '0.1.0' };

export function at(iso: string) {
  return { ...CONTEXT, now: new Date(iso) };
}
