// The E2E/demo build: production code + the local test server's origins as configured sites.
import { spawnSync } from 'node:child_process';

const browser = process.argv.includes('--firefox') ? ['-b', 'firefox'] : [];
const r = spawnSync('npx', ['wxt', 'build', ...browser], {
  stdio: 'inherit',
  env: { ...process.env, DOR_BUILD: 'e2e' },
});
process.exit(r.status ?? 1);
