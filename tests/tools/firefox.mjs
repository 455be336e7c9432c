// Finds Firefox (ESR or release, 140+) for the Firefox E2E tests. Order: FIREFOX_PATH, a system
// Firefox, and (only as root on Debian) Debian's own `firefox-esr` package. It never downloads a
// browser build (puppeteer-core is used, which has no download step).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

export function findFirefox({ install = true, log = console.error } = {}) {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && existsSync('/etc/debian_version')) {
    log('No Firefox found: installing Debian\'s "firefox-esr" package with apt-get (this takes about 10-30 s)...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], env);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'firefox-esr'], env);
    if (existsSync('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  }
  throw new Error(
    [
      'No Firefox was found.',
      'Install one and try again, for example:',
      '  Debian/Ubuntu: sudo apt-get install firefox-esr',
      '  or point FIREFOX_PATH at an installed Firefox 140+: FIREFOX_PATH=/path/to/firefox npm test',
      'The tests never download a browser build.',
    ].join('\n'),
  );
}

function run(cmd, args, env) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}).`);
}

export function firefoxVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown version';
  }
}

/**
 * The `distribution/` folder Firefox reads `policies.json` from: next to the real binary (Debian's
 * /usr/bin/firefox-esr is a link to /usr/lib/firefox-esr/firefox-esr).
 */
export function firefoxDistributionDir(path) {
  return join(dirname(realpathSync(path)), 'distribution');
}
