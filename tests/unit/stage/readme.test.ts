/** The README states the behaviour table (lib/stage/behaviour.ts) row for row; this keeps them equal. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEHAVIOUR, type Behaviour, type BehaviourRow } from '../../../lib/stage/behaviour';

export function cell(b: Behaviour): string {
  const prompts = b.promptIds === 'all' ? 'every prompt' : b.promptIds.map((id) => `\`${id}\``).join(', ');
  if (b.presentation === 'none') return 'nothing';
  const status = b.status ? ` with status “${b.status}”` : '';
  return `${b.presentation}${status}; ${prompts}`;
}

export function readmeRows(): string[] {
  return (Object.keys(BEHAVIOUR) as BehaviourRow[]).map((row) => {
    const r = BEHAVIOUR[row];
    return `| \`${row}\` | ${cell(r['legal-adviser'])} | ${cell(r.prosecutor)} | ${cell(r.any)} |`;
  });
}

describe('README: behaviour by stage and role', () => {
  it('has every row of the table as the code has it', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    for (const line of readmeRows()) expect(readme, line).toContain(line);
  });
});
