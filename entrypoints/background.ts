import '../lib/zod-config';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createPageHandlers } from '../lib/background/page-handlers';
import { createTabState, type TabStateStore } from '../lib/background/tab-state';
import { PRECONFIGURED_SITES, TRAINING_SITES } from '../lib/build-flags';
import { trainingPageKind, urlOrigin } from '../lib/training/training-pages';
import type { HandlerContext } from '../lib/messaging/dispatch';
import { BADGES } from '../lib/background/badge';
import { createMessageListener } from '../lib/messaging/dispatch';
import { createRecordHandlers } from '../lib/messaging/record-handlers';
import { createPromptHasher } from '../lib/prompts/text-hash';
import { injectionError } from '../lib/background/injection-result';
import { createRecordStore, type RecordStore } from '../lib/record/store';
import { loadEffectiveSettings, type EffectiveSettings } from '../lib/settings/effective';
import { readManaged } from '../lib/settings/managed';
import { SETTINGS_STORAGE_KEY } from '../lib/settings/schema';
import { saveGrantedOrigins } from '../lib/settings/options-controller';
import { loadSettings, saveSettings } from '../lib/settings/storage';
import { CASE_PAGE_SCRIPT } from '../lib/sites/constants';
import { findMatchingPattern } from '../lib/sites/match-pattern';
import { purgeByRetention, reconcileSites } from '../lib/background/settings-guards';
import { savePresenter, saveRole } from '../lib/background/set-role';
import { currentFocusShortcut, FOCUS_SIDEBAR_COMMAND, focusReminderInPage } from '../lib/commands/focus-sidebar';
import { CHECK_PAGE_COMMAND } from '../lib/commands/check-page';

const RETENTION_ALARM = 'record-retention';

/** Where the settings live, and how the background reads them (the user's merged with policy). */
interface SettingsAccess {
  local: typeof browser.storage.local;
  managed: typeof browser.storage.managed;
  settings: () => Promise<EffectiveSettings>;
}

/**
 * The single writer. Holds no state of its own in memory (MV3 workers stop at any time): settings
 * and the record live in storage.local, per-tab findings in storage.session. Every listener is
 * registered synchronously at start-up so a message or event can wake the worker.
 */
export default defineBackground(() => {
  const local = browser.storage.local;
  const managed = browser.storage.managed;
  const settings = () => loadEffectiveSettings(local, managed);
  const access: SettingsAccess = { local, managed, settings };
  // The organisation's case-reference key (policy `caseRefKey`) is read when needed, never stored.
  const store = createRecordStore(local, { orgKey: async () => (await readManaged(managed)).policy.caseRefKey ?? null });
  const tabs = createTabState(browser.storage.session);
  const version = browser.runtime.getManifest().version;
  const selfOrigin = urlOrigin(new URL(browser.runtime.getURL('/')));
  // Training pages by address only (the browser-set sender URL): the extension's own /training/
  // pages and, in the demo build, the served training site. Never a setting, never the page's say.
  const trainingPage = (ctx: HandlerContext) => trainingPageKind(ctx.url, { extensionOrigin: selfOrigin, sites: TRAINING_SITES });

  const recordHandlers = createRecordHandlers(store, {
    now: () => new Date(),
    extensionVersion: version,
    caseRefInClear: async () => (await settings()).effective.caseRefStorage === 'clear',
    retentionDays: async () => (await settings()).effective.retentionDays,
    userContext: async () => ({ role: userRole(await settings()) }),
    trainingPage,
    promptTextHash: createPromptHasher(),
  });
  const pageHandlers = createPageHandlers({
    settings,
    tabs,
    injectSidebar: (tabId, frameId) => injectInto(tabId, frameId, '/sidebar.js', 'open the sidebar'),
    injectDetector: (tabId, frameId) => injectInto(tabId, frameId, '/detector.js', 'load the detector'),
    injectCasePage,
    setBadge,
    tabUrl,
    isConfigured: (url, s) => findMatchingPattern(url, s.effective.sites) !== undefined,
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    saveRole: (role) => saveRole(local, settings, role),
    savePresenter: (presenter) => savePresenter(local, settings, presenter),
    focusShortcut: () => currentFocusShortcut(browser.commands),
    trainingPage,
  });

  browser.runtime.onMessage.addListener(
    createMessageListener({ self: { id: browser.runtime.id, origin: selfOrigin }, handlers: { ...recordHandlers, ...pageHandlers } }),
  );
  listenForSettingsChanges(access, createReconciler(settings));
  listenForRetention(store, settings, version);
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (tab?.id === undefined) return;
    if (command === FOCUS_SIDEBAR_COMMAND) await focusSidebar(tab.id);
    else if (command === CHECK_PAGE_COMMAND) await pageHandlers['tab.check']({ tabId: tab.id }, { sender: 'extension-page' });
  });
  listenForClosedTabs(tabs);
});

/** The role observations are recorded under: the user's, or the only one the organisation allows. */
function userRole(s: EffectiveSettings) {
  return s.effective.role ?? (s.allowedRoles.length === 1 ? s.allowedRoles[0]! : null);
}

/** Runs an extension script in one frame of a tab (the case-page script's isolated world). */
async function injectInto(tabId: number, frameId: number, file: '/sidebar.js' | '/detector.js', what: string): Promise<boolean> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    const failed = injectionError(results);
    if (failed !== null) throw new Error(failed);
    return true;
  } catch (e) {
    console.warn(`Deprivation Order Reminder: could not ${what}:`, e);
    return false;
  }
}

async function injectCasePage(tabId: number): Promise<void> {
  const results = await browser.scripting.executeScript({ target: { tabId }, files: [`/${CASE_PAGE_SCRIPT}`] });
  const failed = injectionError(results);
  if (failed !== null) throw new Error(failed);
}

async function setBadge(tabId: number, badge: keyof typeof BADGES | null): Promise<void> {
  const { text, color } = BADGES[badge ?? 'none'];
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined);
}

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

/**
 * The focus shortcut: into the tab's reminder if it has one; on a "possible" page the shortcut
 * opens it (the user asked, as with the indicator). Pages without the case-page script (not a
 * granted site) have no reminder: nothing happens.
 */
async function focusSidebar(tabId: number): Promise<void> {
  const run = async () => {
    const [res] = await browser.scripting.executeScript({ target: { tabId }, func: focusReminderInPage });
    return res?.result;
  };
  try {
    if ((await run()) === 'possible' && (await injectInto(tabId, 0, '/sidebar.js', 'open the sidebar'))) await run();
  } catch {
    // Not a page the extension may script (a browser page, an extension page): nothing to focus.
  }
}

/**
 * Brings the case-page script's registrations in line with the settings. Install, settings and
 * permission events can arrive together: reconcile one at a time, or two runs would both try to
 * register the same script.
 */
function createReconciler(settings: SettingsAccess['settings']): () => Promise<void> {
  let reconciling: Promise<void> = Promise.resolve();
  const reconcileOnce = async () => {
    const result = await reconcileSites(browser, await settings());
    if (result === 'unreadable') {
      console.warn('Deprivation Order Reminder: settings could not be read; site registrations left as they are.');
      return;
    }
    for (const e of result.errors) console.warn(`Deprivation Order Reminder: could not ${e.step} ${e.id}: ${e.message}`);
  };
  return () => (reconciling = reconciling.then(reconcileOnce, reconcileOnce));
}

/** Install, start-up, permission and settings events: each reconciles the site registrations. */
function listenForSettingsChanges({ local, managed, settings }: SettingsAccess, reconcile: () => Promise<void>): void {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    const loaded = await loadSettings(local);
    if (PRECONFIGURED_SITES.length > 0 && loaded.fresh) {
      // E2E/demo build only: the local test server counts as a configured site on first install.
      await saveSettings(local, { ...loaded.settings, sites: [...PRECONFIGURED_SITES] });
    }
    await reconcile();
    await browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
    if (reason === 'install' && PRECONFIGURED_SITES.length === 0) {
      const s = await settings();
      // First run: the settings page explains how to add a case system and asks for the role.
      if (s.effective.sites.length === 0 || s.effective.role === null) await browser.runtime.openOptionsPage();
    }
  });
  browser.runtime.onStartup.addListener(() => void reconcile());
  browser.permissions.onAdded.addListener(async ({ origins }) => {
    // A grant from the popup's "Always run on this site" (Firefox closes the popup during the
    // prompt, so the popup cannot save it itself).
    const saved = await saveGrantedOrigins({ local, managed }, origins ?? []);
    if (saved === 'unreadable') console.warn('Deprivation Order Reminder: settings could not be read; the granted site was not added.');
    void reconcile();
  });
  browser.permissions.onRemoved.addListener(() => void reconcile());
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' && SETTINGS_STORAGE_KEY in changes) || area === 'managed') void reconcile();
  });
}

/** Once a day (the alarm is created on install), entries older than the retention period are purged. */
function listenForRetention(store: RecordStore, settings: SettingsAccess['settings'], version: string): void {
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== RETENTION_ALARM) return;
    if ((await purgeByRetention(store, await settings(), new Date(), version)) === 'unreadable') {
      console.warn('Deprivation Order Reminder: settings could not be read; no retention purge today.');
    }
  });
}

function listenForClosedTabs(tabs: TabStateStore): void {
  browser.tabs.onRemoved.addListener((tabId) => void tabs.clear(tabId));
}
