import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPageBridge } from '../lib/content/bridge';
import { createIndicator, type Indicator } from '../lib/content/indicator';
import { setLanguage, t } from '../lib/i18n/t';
import { PageScanner } from '../lib/content/page-scanner';
import { PAGE_DETECTOR } from '../lib/content/page-detector';
import { createObservationReporter } from '../lib/content/observe';
import { send } from '../lib/messaging/client';
import type { Role } from '../lib/roles';
import { pageAction } from '../lib/stage/inject';
import { createExtensionPort } from '../components/sidebar-host/extension-port';
import { mountSidebar, randomClientId, type MountedSidebar } from '../components/sidebar-host/mount';
import { browser } from 'wxt/browser';
import { FOCUS_SIDEBAR_COMMAND } from '../lib/commands/focus-sidebar';
import { markNotACase, trainingPageKind, urlOrigin } from '../lib/training/training-pages';
import { createRoot } from 'react-dom/client';
import { DemoControls } from '../components/training/DemoControls';

/**
 * The training pages bundled inside the extension (for trainers without the local training site).
 * Content scripts cannot run on extension pages, so this does what the case-page script and the
 * sidebar script do on a real site, through the same scanner and the same sidebar code. Records made
 * here are training records: the background knows these pages by their address. The index and the
 * guide are not cases: nothing is scanned there.
 */
/** `.invalid` can never be a real host (RFC 2606), so these records can't be confused with a court's. */
const TRAINING_SITE = 'https://training.invalid';

export default defineUnlistedScript(() => {
  if (trainingPageKind(location.href, { extensionOrigin: urlOrigin(new URL(location.href)), sites: [] }) !== 'case') {
    markNotACase(document);
    const demo = document.querySelector('[data-demo-controls]');
    if (demo) mountDemoControls(demo);
    return;
  }
  const scanner = new PageScanner(document, location.href, { detector: PAGE_DETECTOR });
  const bridge = createPageBridge(document, scanner);
  let mounted: MountedSidebar | null = null;
  let indicator: Indicator | null = null;
  const mount = () => {
    if (mounted) return;
    indicator?.remove();
    // Training records are stored against a reserved training address, not the extension's.
    const sidebar = (mounted = mountSidebar(document, bridge, createExtensionPort(TRAINING_SITE), { newClientId: randomClientId }));
    bridge.highlightLayer = sidebar.layer;
  };
  // As on a case-system site (lib/stage/inject.ts): by each case's stage and the user's role.
  let role: Role | null = null;
  const observe = createObservationReporter((p) => send('record.observe', p), { site: () => TRAINING_SITE });
  const maybeMount = () => {
    const { result, cases } = scanner.current;
    const verdict = result.verdict;
    observe(cases);
    const summaries = cases.map((c) => ({ stage: c.stage, orderOnPage: c.orders.deprivation }));
    const action = pageAction(verdict, summaries, role, verdict === 'possible');
    const shows = mounted || action.sidebar ? 'sidebar' : action.indicator ? 'indicator' : 'none';
    if (shows === 'sidebar') mount();
    else if (shows === 'indicator') {
      indicator ??= createIndicator(document, { text: t('indicatorText'), name: t('indicatorLabel') }, mount);
      indicator.show();
    }
    // A positive signal that the page was judged and what it was decided to show, so tests of "nothing
    // appeared" wait for it instead of a fixed time (no page text: a verdict and a presentation only).
    document.documentElement.dataset.dorVerdict = verdict;
    document.documentElement.dataset.dorShows = shows;
  };
  // The focus shortcut (a browser command): the background cannot script extension pages, so this
  // page listens for it itself, for its own tab only.
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== FOCUS_SIDEBAR_COMMAND || tab?.id === undefined || tab.id !== (await browser.tabs.getCurrent())?.id) return;
    if (!mounted && scanner.current.result.verdict === 'possible') mount();
    mounted?.open();
  });
  scanner.subscribe(maybeMount);
  void send('sidebar.context', {}).then((r) => {
    if (r.ok) {
      role = r.value.role;
      setLanguage(r.value.language);
    }
    scanner.start();
    maybeMount();
  });
  const nav = (window as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigate', ((e: Event & { destination?: { url: string } }) => {
    if (e.destination?.url) scanner.navigated(e.destination.url);
  }) as EventListener);
});

/** The training index's demo controls (issue 23): only here, on the extension's own copy of the page. */
function mountDemoControls(container: Element) {
  container.replaceChildren();
  createRoot(container).render(
    <DemoControls
      load={() => send('sidebar.context', {})}
      setRole={(role) => send('settings.setRole', { role })}
      setPresenter={(presenter) => send('settings.setPresenter', { presenter })}
      recordHref="/record.html?training=show"
      clearHref="/record.html?training=show#clear-training"
    />,
  );
}
