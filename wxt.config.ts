import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { buildLocaleFiles } from './lib/i18n/locale-files';
import { buildLanguages, DEFAULT_LANGUAGE } from './lib/i18n/languages';
import { prefilterDefine } from './lib/detect/prefilter-sources';
import { CHECK_PAGE_COMMAND } from './lib/commands/check-page';
import { FOCUS_SIDEBAR_COMMAND, FOCUS_SIDEBAR_DEFAULT_KEY } from './lib/commands/focus-sidebar';

/**
 * `DOR_BUILD=e2e` (npm run build:e2e) makes the test/demo build in .output/<browser>-mv3-e2e: the same
 * production code plus host permission for the local test server, which it treats as configured
 * case-system sites. Release builds never contain these.
 */
const e2e = process.env.DOR_BUILD === 'e2e';
const LOCAL_SITES = ['http://127.0.0.1/*', 'http://localhost/*'];
/** The training site `npm start` serves (tests/tools/start.mjs): its /training/ pages are training pages. */
export const TRAINING_SITE_PORT = Number(process.env.DOR_TRAINING_PORT ?? 8123);
const TRAINING_SITES = [`http://127.0.0.1:${TRAINING_SITE_PORT}`, `http://localhost:${TRAINING_SITE_PORT}`];

/** Public half of the signing key: fixes the Chrome/Edge extension ID (jkodjhcojeaeipphociphnaihenmingg) for policies. */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAucX24/zNuX8HxQ0RdmsBw7aWidCcMgwTV87TLz6okln208Pk8YaO1AlmjknWTiXyuXAo0bCG74FIgyxQkwx9D/hajo0e1DS2BnbE3rWdZt7hfnICZmqm6JmIOFdf5u/mO+PybkdEV6/AiVh7XOyQSZzkv0cbjYaLN9FCH9O9oXXReu0/QqlzSb9bvK8xxgKPlUsDq26j9G5MEbH3ex7LK3k/rXpzP/eYX32KHjcemDeoE6Rtx70N62e0+HbyTMUILFaF/NtXY2gJM2wIq+aL/fEbjw8ciHrnZUDwoo0sztxbQRrrlBAwlMTv4vVyJNiifI49DvoykaQ5pGou0uLbVwIDAQAB';

/** Entrypoints that run inside case-system pages (content-script world), built without the polyfill. */
const IN_PAGE_SCRIPTS = ['case-page', 'detector', 'sidebar'];
const NATIVE_BROWSER = fileURLToPath(new URL('./lib/content/native-browser.ts', import.meta.url));

export const GECKO_ID = 'deprivation-order-reminder@courts-tools.example';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // MV3 everywhere (Firefox 128+ too): one permission model, optional host permissions, scripting API.
  manifestVersion: 3,
  // DOR_OUT_DIR lets parallel work build elsewhere than .output/ (default).
  outDir: process.env.DOR_OUT_DIR || '.output',
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  vite: () => ({
    // Bench builds only: DOR_MINIFY=0 keeps names for CPU profiles, DOR_SOURCEMAP=1 writes source maps
    // (sizes per source module, issue 19).
    build: {
      ...(process.env.DOR_MINIFY === '0' ? { minify: false } : {}),
      ...(process.env.DOR_SOURCEMAP === '1' ? { sourcemap: true } : {}),
    },
    define: {
      __DOR_PRECONFIGURED_SITES__: JSON.stringify(e2e ? LOCAL_SITES : []),
      __DOR_TRAINING_SITES__: JSON.stringify(e2e ? TRAINING_SITES : []),
      __DOR_SERVES_TRAINING_SITE__: JSON.stringify(e2e),
      // The test-only pseudo-locale (lib/i18n/languages.ts): E2E/demo builds only, never a release.
      __DOR_PSEUDO_LOCALE__: JSON.stringify(e2e),
      // The prefilter's regex sources, built from the catalogue once at build time (not on every page).
      ...prefilterDefine(),
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: DEFAULT_LANGUAGE.folder,
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    permissions: [
      'storage', // settings and the acknowledgement record (storage.local)
      'unlimitedStorage', // the record must never hit the 10 MB quota and lose entries
      'scripting', // register the case-page script for granted sites; inject the sidebar on a match
      'activeTab', // "Check this page" without granting the site
      'alarms', // scheduled retention purge
    ],
    // Sites are granted one by one at run time (options page / popup); nothing at install.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    host_permissions: e2e ? LOCAL_SITES : [],
    storage: { managed_schema: 'managed-schema.json' },
    // No remote code and no network at all from extension pages and the service worker.
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'none'",
    },
    commands: {
      [CHECK_PAGE_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandCheckPage__',
      },
      // Handled in the background, delivered to the tab's sidebar (lib/commands/focus-sidebar.ts).
      [FOCUS_SIDEBAR_COMMAND]: {
        suggested_key: { default: FOCUS_SIDEBAR_DEFAULT_KEY },
        description: '__MSG_commandFocusSidebar__',
      },
    },
    ...(browser === 'chrome' || browser === 'edge' ? { key: CHROME_PUBLIC_KEY } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The scripts that run in case-system pages use the browser's own API object, not
    // webextension-polyfill (lib/content/native-browser.ts says why that is safe): ~2.5 KB gzip less
    // in each. Extension pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => IN_PAGE_SCRIPTS.includes(e.name))) return;
      const alias = config.resolve?.alias;
      const entries = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = {
        ...config.resolve,
        // First match wins: ahead of @wxt-dev/webextension-polyfill's alias for the same import.
        alias: [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER }, ...entries],
      };
    },
    // Every language of this build (lib/i18n/locale-files.ts says what goes in which folder).
    'build:publicAssets': (wxt, files) => {
      for (const [folder, messages] of Object.entries(buildLocaleFiles(wxt.config.root, buildLanguages(e2e)))) {
        files.push({ relativeDest: `_locales/${folder}/messages.json`, contents: JSON.stringify(messages, null, 2) });
      }
    },
  },
});
