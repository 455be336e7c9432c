import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFENCES } from '../../../lib/offences/catalogue';
import { PROMPT_DEFINITIONS, PROMPTS_VERSION, promptText, resolvePrompt } from '../../../lib/prompts';
import { reviewPackSchema, type ReviewPack } from '../../../lib/review/schema';
import { ROLES } from '../../../lib/roles';

const repo = resolve(__dirname, '../../..');

function run(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'lib/cli/review-pack.ts'), ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
}

describe('review pack CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'review-pack-'));
  const result = run(['--out', dir]);
  const json = result.status === 0 ? (JSON.parse(readFileSync(join(dir, 'review-pack.json'), 'utf8')) as unknown) : null;
  const md = result.status === 0 ? readFileSync(join(dir, 'review-pack.md'), 'utf8') : '';

  it('writes review-pack.md and review-pack.json', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(join(dir, 'review-pack.json'));
  });

  it('writes JSON of exactly the issue\u2019s shape, every line with a source and a status', () => {
    const parsed = reviewPackSchema.safeParse(json);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    const pack = parsed.data as ReviewPack;
    expect(pack.promptsVersion).toBe(PROMPTS_VERSION);
    for (const entry of pack.entries) {
      for (const p of entry.prompts) {
        for (const line of p.lines) {
          expect(line.sources.length, `${entry.offenceId}/${entry.role}/${p.id}`).toBeGreaterThan(0);
          expect(line.status).toBeTruthy();
        }
      }
    }
  });

  it('covers every catalogue offence for every role', () => {
    const pack = json as ReviewPack;
    const seen = new Set(pack.entries.map((e) => `${e.offenceId}/${e.role}`));
    for (const o of OFFENCES) for (const role of ROLES) expect(seen.has(`${o.id}/${role}`), `${o.id}/${role}`).toBe(true);
  });

  it('prints a sign-off row with the record\u2019s text hash for every prompt version and role', () => {
    expect(md).toMatch(/## Sign-off/);
    for (const def of PROMPT_DEFINITIONS) {
      for (const role of def.roles) {
        const hash = createHash('sha256').update(promptText(resolvePrompt(def, role), 'en')).digest('hex');
        expect(md).toContain(`| \`${def.id}\` | ${def.version} | ${role} | draft | \`${hash}\` |`);
      }
    }
  });

  it('shows each offence the lines the sidebar shows, with their sources and status', () => {
    expect(md).toMatch(/### SOA 2003 s\.66B\(4\)/);
    expect(md).toContain('both the person threatened and, if different, the person shown');
    expect(md).toMatch(/\*NOT CONFIRMED\*: R v Tan/);
    expect(md).toContain('What to say: "I apply under section 153 of the Sentencing Act 2020');
  });

  it('refuses a pack with a line without a source or without a status', () => {
    const pack = structuredClone(json) as ReviewPack;
    const line = pack.entries[0]!.prompts[0]!.lines[0]!;
    expect(reviewPackSchema.safeParse(pack).success).toBe(true);
    line.sources = [];
    expect(reviewPackSchema.safeParse(pack).success).toBe(false);
    line.sources = ['Sentencing Act 2020, s.153(1)'];
    delete (line as { status?: string }).status;
    expect(reviewPackSchema.safeParse(pack).success).toBe(false);
  });

  it('exits 2 with usage when --out is missing', () => {
    const r = run([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run review-pack -- --out DIR/);
  });
});
