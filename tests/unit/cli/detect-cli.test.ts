import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(__dirname, '../../..');

function run(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'lib/cli/detect-cli.ts'), ...args], { cwd: repo, encoding: 'utf8' });
}

describe('detect CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detect-cli-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'match.html'), '<html><body><table><tr><td>Offence</td><td>SX03250</td></tr><tr><td>URN</td><td>01AB2345678</td></tr></table><script>PK78001</script></body></html>');
  writeFileSync(join(dir, 'sub', 'none.txt'), 'Theft from a shop, contrary to section 1 of the Theft Act 1968.');
  writeFileSync(join(dir, 'ignored.pdf'), 'SX03250');

  it('prints one JSON line per file, recursing into folders', () => {
    const r = run([dir]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    const match = lines.find((l) => l.file.endsWith('match.html'));
    expect(match).toMatchObject({ verdict: 'match', caseRefs: ['01AB2345678'] });
    expect(match.offences[0]).toMatchObject({ id: 'soa2003-s66b-2', evidence: ['SX03250'] });
    expect(lines.find((l) => l.file.endsWith('none.txt'))).toMatchObject({ verdict: 'none', offences: [], cases: [] });
    expect(match.cases).toEqual([{ ref: '01AB2345678', offences: ['soa2003-s66b-2'], stage: 'unknown', deprivationOrderOnPage: false }]);
  });

  it('reports each case\'s stage and whether a deprivation order is on the page for it', () => {
    const file = join(dir, 'results.html');
    writeFileSync(
      file,
      '<html><body><nav><a aria-current="page" href="#">Enter results</a></nav><h1>Enter results</h1><p><span>Result for case</span><span>05PL9930226</span></p>' +
        '<h3>Voyeurism - recording a private act - SOA 2003</h3><ul><li>Order for deprivation of rights (other than vehicle)</li></ul></body></html>',
    );
    const line = JSON.parse(run([file]).stdout.trim());
    expect(line.cases).toEqual([{ ref: '05PL9930226', offences: ['soa2003-s67-3'], stage: 'results-entry', deprivationOrderOnPage: true }]);
  });

  it('adds a summary table, reports unreadable input on stderr, continues and exits non-zero', () => {
    const r = run(['--summary', join(dir, 'missing.txt'), join(dir, 'match.html')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read .*missing\.txt/);
    expect(r.stdout).toContain('"verdict":"match"');
    expect(r.stdout).toMatch(/match\s+1/);
    expect(r.stdout).toMatch(/total\s+1/);
  });
});
