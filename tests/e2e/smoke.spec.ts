import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, EXTENSION_ID, expect, test } from './fixtures';

test('the E2E build loads with its fixed extension id and a running service worker', async ({ ext }) => {
  expect(ext.extensionId).toBe(EXTENSION_ID);
  const manifest = await ext.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }).chrome.runtime.getManifest());
  expect(manifest.name).toBe('Deprivation Order Reminder');
});

test('release manifests ask for no host permission at install', () => {
  for (const dir of ['chrome-mv3', 'firefox-mv3']) {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, '..', dir, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.content_scripts ?? []).toEqual([]);
  }
});
