import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PROMPT_DEFINITIONS,
  PROMPT_LANGS,
  PROMPTS_VERSION,
  promptText,
  resolvePrompt,
  type PromptDefinition,
} from '../../../lib/prompts';

/**
 * Prompt text is hashed into every acknowledgement, so text must never change under the same version.
 * The snapshot keeps one hash per id@version (old versions stay, as history) and the id@version list
 * of each PROMPTS_VERSION. To record a deliberate change: bump the prompt's version and
 * PROMPTS_VERSION, then run
 *   UPDATE_PROMPT_HASHES=1 npx vitest run tests/unit/prompts/prompt-versions.test.ts
 * and commit tests/fixtures/prompts/prompt-hashes.json. Existing entries are never overwritten.
 * The 1.0.0 entries were fingerprinted from the format-1 prompt text (English labels); from 2.0.0 the
 * fingerprint uses the canonical content of lib/prompts/text.ts. Old entries are history only.
 */
const SNAPSHOT = join(process.cwd(), 'tests', 'fixtures', 'prompts', 'prompt-hashes.json');

interface Snapshot {
  prompts: Record<string, string>;
  sets: Record<string, string[]>;
}

function fingerprint(def: PromptDefinition): string {
  const shown = def.roles.map((role) => ({
    role,
    text: Object.fromEntries(PROMPT_LANGS.map((lang) => [lang, promptText(resolvePrompt(def, role), lang)])),
  }));
  const body = JSON.stringify({
    shown,
    outcomes: def.outcomes,
    reasons: def.reasons,
    when: { anyTag: def.when?.anyTag ?? null, categories: def.when?.categories ?? null },
  });
  return createHash('sha256').update(body).digest('hex');
}

const current = Object.fromEntries(PROMPT_DEFINITIONS.map((d) => [`${d.id}@${d.version}`, fingerprint(d)]));
const currentSet = Object.keys(current).sort();

function load(): Snapshot {
  return existsSync(SNAPSHOT)
    ? (JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Snapshot)
    : { prompts: {}, sets: {} };
}

if (process.env.UPDATE_PROMPT_HASHES) {
  const snap = load();
  for (const [key, hash] of Object.entries(current)) snap.prompts[key] ??= hash;
  snap.sets[PROMPTS_VERSION] ??= currentSet;
  const sorted: Snapshot = {
    prompts: Object.fromEntries(Object.entries(snap.prompts).sort(([a], [b]) => a.localeCompare(b))),
    sets: snap.sets,
  };
  writeFileSync(SNAPSHOT, `${JSON.stringify(sorted, null, 2)}\n`);
}

describe('prompt versions', () => {
  const snap = load();

  it.each(Object.keys(current))('%s matches its recorded text (bump the version when text changes)', (key) => {
    expect(snap.prompts[key], `${key} is new: bump versions and record it (see the comment above)`).toBeDefined();
    expect(current[key], `${key}: the text changed but the version did not`).toBe(snap.prompts[key]);
  });

  it('has a PROMPTS_VERSION whose prompt list matches the recorded one (bump it when any prompt changes)', () => {
    expect(snap.sets[PROMPTS_VERSION], `PROMPTS_VERSION ${PROMPTS_VERSION} is not recorded`).toBeDefined();
    expect(currentSet).toEqual(snap.sets[PROMPTS_VERSION]);
  });

  it('detects a text change under the same version', () => {
    const def = PROMPT_DEFINITIONS[0]!;
    const edited: PromptDefinition = {
      ...def,
      text: { en: { ...def.text.en, summary: `${def.text.en.summary} ` } },
      roleText: undefined,
    };
    const original: PromptDefinition = { ...def, roleText: undefined };
    expect(fingerprint(edited)).not.toBe(fingerprint(original));
  });
});
