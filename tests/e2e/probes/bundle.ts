/**
 * Bundles a probe module into one IIFE script (global `name`) for page.addScriptTag, with the same
 * build-time prefilter sources as the extension. Used by E2E specs and the Chromium bench.
 */
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { prefilterDefine } from '../../../lib/detect/prefilter-sources';

const root = resolve(import.meta.dirname, '../../..');

export async function probeBundle(entry: string, name: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    define: prefilterDefine(),
    build: { write: false, minify: false, lib: { entry: join(root, entry), formats: ['iife'], name } },
  });
  return ((Array.isArray(out) ? out[0] : out) as { output: { code?: string }[] }).output[0]!.code!;
}
