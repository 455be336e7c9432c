// `npm start`: build the extension (demo build: the local training site counts as a configured case
// system), serve the training pages on http://127.0.0.1:<port>, and open Chromium with the extension
// on the training page list. Without a display it says so and explains how to load it by hand.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const extensionDir = join(root, '.output/chrome-mv3-e2e');
const port = Number(process.env.PORT ?? 8123);

// The build learns the port: pages under /training/ on it are training pages (never live casework).
const build = spawnSync('node', ['tests/tools/build-e2e.mjs'], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, DOR_TRAINING_PORT: String(port) },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startStaticServer({ '/training/': join(root, 'public/training') }, { port });
const trainingUrl = `${server.url}/training/index.html`;
console.log(`\nTraining pages: ${trainingUrl}`);

const hasDisplay =
  process.platform === 'darwin' || process.platform === 'win32' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const manual = () =>
  console.log(
    [
      '',
      'To load the extension by hand in Chrome or Edge:',
      '  1. open chrome://extensions (edge://extensions) and turn on "Developer mode";',
      `  2. click "Load unpacked" and choose ${extensionDir}`,
      `  3. open ${trainingUrl}`,
      `(The release build, with no preconfigured sites, is in ${join(root, '.output/chrome-mv3')}.)`,
      'Press Ctrl+C to stop the training server.',
    ].join('\n'),
  );

if (!hasDisplay) {
  console.log('\nNo display found (DISPLAY/WAYLAND_DISPLAY are unset), so no browser window can open here.');
  manual();
} else {
  let chrome;
  try {
    chrome = findChromium();
  } catch (e) {
    console.error(`\n${e.message}`);
    manual();
  }
  if (chrome) {
    const profile = mkdtempSync(join(tmpdir(), 'dor-start-'));
    const args = [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      trainingUrl,
    ];
    console.log(`Opening ${chrome} with the extension loaded. Close the browser or press Ctrl+C to stop.`);
    const child = spawn(chrome, args, { stdio: 'ignore' });
    child.on('exit', async () => {
      await server.close();
      process.exit(0);
    });
  }
}
process.on('SIGINT', async () => {
  await server.close();
  process.exit(0);
});
