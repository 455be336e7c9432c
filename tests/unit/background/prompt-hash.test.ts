import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withServerPromptHash } from '../../../lib/background/prompt-hash';
import type { HandlerContext, Handlers } from '../../../lib/messaging/dispatch';
import { PROMPT_DEFINITIONS, promptText, resolvePrompt } from '../../../lib/prompts';

type Append = Handlers['record.append'];
type Payload = Parameters<Append>[0];

const def = PROMPT_DEFINITIONS.find((d) => d.id === 'companion-orders')!;

function payload(version: string, role: Payload['role'] = 'prosecutor'): Payload {
  return {
    clientId: 'c1',
    event: 'shown',
    mode: 'live',
    role,
    caseRef: 'x',
    site: 'https://cases.example.gov.uk',
    prompt: { id: def.id, version, textHash: '0'.repeat(64), lang: 'en' },
    offence: { id: 'soa2003-s66b-2', evidenceKind: 'cjs-code' },
  } as unknown as Payload;
}

describe('withServerPromptHash', () => {
  it('stores the SHA-256 of the role\u2019s canonical prompt content, whatever hash the page sent', async () => {
    let seen: Payload | undefined;
    const append: Append = async (p) => {
      seen = p;
      return { ok: true, value: undefined } as unknown as Awaited<ReturnType<Append>>;
    };
    const r = await withServerPromptHash(append)(payload(def.version), {} as HandlerContext);
    expect(r.ok).toBe(true);
    const expected = createHash('sha256').update(promptText(resolvePrompt(def, 'prosecutor'), 'en')).digest('hex');
    expect(seen!.prompt.textHash).toBe(expected);
    // Language-neutral: no UI labels are part of what is hashed.
    expect(promptText(resolvePrompt(def, 'prosecutor'), 'en')).not.toMatch(/Uncertain:|Sources:/);
  });

  it('refuses a version this build does not have (an entry is never hashed against other wording)', async () => {
    const append: Append = async () => {
      throw new Error('must not append');
    };
    const r = await withServerPromptHash(append)(payload('1.0.0'), {} as HandlerContext);
    expect(r.ok).toBe(false);
  });
});
