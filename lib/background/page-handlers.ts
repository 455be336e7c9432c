import type { Handlers, HandlerContext } from '../messaging/dispatch';
import type { SidebarContext, TabStatusValue } from '../messaging/page-schemas';
import { err, ok, type Result } from '../core/result';
import type { Role } from '../roles';
import type { EffectiveSettings } from '../settings/effective';
import type { TabStateStore } from './tab-state';
import type { PageSummary } from '../content/page-summary';
import { pageAction, type PageBadge } from '../stage/inject';
import type { TrainingPageKind } from '../training/training-pages';

export interface PageHandlerDeps {
  settings(): Promise<EffectiveSettings>;
  tabs: TabStateStore;
  injectSidebar(tabId: number, frameId: number): Promise<boolean>;
  /** Injects detector.js into a frame whose case-page script needs it. */
  injectDetector(tabId: number, frameId: number): Promise<boolean>;
  /** Runs the case-page script once in a tab (activeTab or a granted site). */
  injectCasePage(tabId: number): Promise<void>;
  /** Shows what the page shows (lib/stage/inject.ts PageBadge) on the toolbar button. */
  setBadge(tabId: number, badge: PageBadge): Promise<void>;
  /** The tab's URL when the extension may know it (granted site or activeTab), else undefined. */
  tabUrl(tabId: number): Promise<string | undefined>;
  isConfigured(url: string, settings: EffectiveSettings): boolean;
  sleep(ms: number): Promise<void>;
  /** Saves the user's own role setting (lib/background/set-role.ts). */
  saveRole(role: Role): Promise<Result<unknown>>;
  /** Saves presenter mode (lib/background/set-role.ts). */
  savePresenter(presenter: boolean): Promise<Result<unknown>>;
  /** The shortcut the browser has for the focus-sidebar command now (the user may change it). */
  focusShortcut?(): Promise<string | null>;
  /** Whether the sending page is a training page, from its browser-reported address (lib/training/training-pages.ts). */
  trainingPage(ctx: HandlerContext): TrainingPageKind | null;
}

type PageMessage =
  | 'page.detected'
  | 'detector.load'
  | 'sidebar.open'
  | 'sidebar.context'
  | 'settings.setRole'
  | 'settings.setPresenter'
  | 'tab.status'
  | 'tab.check';

function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url).origin : '';
  } catch {
    return '';
  }
}

/** Every case ended without a conviction, or every case not ended already shows its order (no reminder due). */
function casesNote(cases: PageSummary['cases']): TabStatusValue['cases'] {
  if (cases.length === 0) return undefined;
  const live = cases.filter((c) => c.stage !== 'ended');
  if (live.length === 0) return 'ended';
  return live.every((c) => c.orderOnPage) ? 'order-entered' : undefined;
}

function needsTab(ctx: HandlerContext): ctx is HandlerContext & { tabId: number } {
  return typeof ctx.tabId === 'number' && ctx.tabId >= 0;
}

export function createPageHandlers(deps: PageHandlerDeps): Pick<Handlers, PageMessage> {
  const sidebarContext = async (s: EffectiveSettings, ctx: HandlerContext): Promise<SidebarContext> => {
    const role = s.effective.role ?? (s.allowedRoles.length === 1 ? s.allowedRoles[0]! : null);
    const focusShortcut = (await deps.focusShortcut?.().catch(() => null)) ?? null;
    // Training only on a training page: the same rule the record handlers apply when it records.
    return { role, training: deps.trainingPage(ctx) === 'case', presenter: s.effective.presenterMode, language: s.effective.language, focusShortcut };
  };

  const status = async (tabId: number): Promise<TabStatusValue> => {
    const [record, url] = await Promise.all([deps.tabs.get(tabId), deps.tabUrl(tabId)]);
    // A finding belongs to the page that reported it: after the tab navigates to another origin
    // (or to one the extension may not see) it is stale, and must not be shown for the new page.
    if (record && url !== undefined && originOf(url) === record.origin) {
      const top = record.summary.offences[0];
      const verdict = record.summary.verdict;
      const state = verdict === 'match' ? 'match' : verdict === 'possible' ? 'possible' : 'no-match';
      if (!top || state === 'no-match') return { state };
      const cases = casesNote(record.summary.cases);
      return { state, offenceTitle: top.title, citation: top.citation, ...(cases ? { cases } : {}) };
    }
    if (url && deps.isConfigured(url, await deps.settings())) return { state: 'unchecked' };
    return { state: 'not-configured' };
  };

  return {
    'page.detected': async (summary, ctx) => {
      if (!needsTab(ctx)) return err('no-tab', 'page.detected must come from a tab.');
      // The training index and guide name offences to teach them; they are not cases (issue 23).
      const settings = await deps.settings();
      const language = settings.effective.language;
      if (deps.trainingPage(ctx) === 'non-case') return ok({ indicator: false, sidebar: false, language });
      const role = settings.effective.role ?? (settings.allowedRoles.length === 1 ? settings.allowedRoles[0]! : null);
      // By each case's stage and the role (lib/stage/behaviour.ts): the sidebar, the quiet indicator, or nothing.
      const action = pageAction(summary.verdict, summary.cases, role, settings.effective.sensitivity === 'show-possible');
      // Only the top frame speaks for the tab (the script is registered for top frames only).
      if ((ctx.frameId ?? 0) === 0) {
        await deps.tabs.set(ctx.tabId, { origin: originOf(ctx.url), summary, at: Date.now() });
        await deps.setBadge(ctx.tabId, action.badge);
      }
      let sidebar = false;
      if (action.sidebar) sidebar = await deps.injectSidebar(ctx.tabId, ctx.frameId ?? 0);
      return ok({ indicator: action.indicator, sidebar, language });
    },
    'detector.load': async (_payload, ctx) => {
      if (!needsTab(ctx)) return err('no-tab', 'detector.load must come from a tab.');
      return ok({ injected: await deps.injectDetector(ctx.tabId, ctx.frameId ?? 0) });
    },
    'sidebar.open': async (_payload, ctx) => {
      if (!needsTab(ctx)) return err('no-tab', 'sidebar.open must come from a tab.');
      return ok({ injected: await deps.injectSidebar(ctx.tabId, ctx.frameId ?? 0) });
    },
    'sidebar.context': async (_payload, ctx) => ok(await sidebarContext(await deps.settings(), ctx)),
    'settings.setRole': async ({ role }, ctx) => {
      const saved = await deps.saveRole(role);
      if (!saved.ok) return saved;
      return ok(await sidebarContext(await deps.settings(), ctx));
    },
    'settings.setPresenter': async ({ presenter }, ctx) => {
      const saved = await deps.savePresenter(presenter);
      if (!saved.ok) return saved;
      return ok(await sidebarContext(await deps.settings(), ctx));
    },
    'tab.status': async ({ tabId }) => ok(await status(tabId)),
    'tab.check': async ({ tabId }) => {
      await deps.tabs.clear(tabId);
      try {
        await deps.injectCasePage(tabId);
      } catch (e) {
        return err('cannot-check', `This page cannot be checked (${e instanceof Error ? e.message.slice(0, 160) : 'not allowed'}).`);
      }
      // The script reports asynchronously; wait briefly for its answer.
      for (let i = 0; i < 20; i++) {
        if (await deps.tabs.get(tabId)) break;
        await deps.sleep(100);
      }
      return ok(await status(tabId));
    },
  };
}
