import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PROMPT_DEFINITIONS, promptText, resolvePrompt } from '../../../lib/prompts';
import { createPromptHasher, promptTextHash } from '../../../lib/prompts/text-hash';

const def = PROMPT_DEFINITIONS.find((d) => d.id === 'companion-orders')!;
const hasher = createPromptHasher();

describe('createPromptHasher', () => {
  it('gives the SHA-256 of the role\u2019s canonical prompt content', async () => {
    const r = await hasher({ id: def.id, version: def.version, lang: 'en' }, 'prosecutor');
    const expected = createHash('sha256').update(promptText(resolvePrompt(def, 'prosecutor'), 'en')).digest('hex');
    expect(r).toEqual({ ok: true, value: expected });
    expect(await promptTextHash(def, 'prosecutor', 'en')).toBe(expected);
    // Language-neutral: no UI labels are part of what is hashed.
    expect(promptText(resolvePrompt(def, 'prosecutor'), 'en')).not.toMatch(/Uncertain:|Sources:/);
  });

  it('refuses a version this build does not have (an entry is never hashed against other wording)', async () => {
    expect(await hasher({ id: def.id, version: '1.0.0', lang: 'en' }, 'prosecutor')).toMatchObject({ ok: false, error: { code: 'prompt-unknown' } });
  });

  it('refuses an unknown prompt, a role the prompt is not for, and a language prompts are not written in', async () => {
    expect(await hasher({ id: 'deprivation-order', version: def.version, lang: 'en' }, 'prosecutor')).toMatchObject({ error: { code: 'prompt-unknown' } });
    const adviserOnly = createPromptHasher([{ ...def, roles: ['legal-adviser'] }]);
    expect(await adviserOnly({ id: def.id, version: def.version, lang: 'en' }, 'trainer')).toMatchObject({ error: { code: 'prompt-unknown' } });
    expect(await hasher({ id: def.id, version: def.version, lang: 'cy' }, 'prosecutor')).toMatchObject({ error: { code: 'prompt-language' } });
  });
});
