import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPageBridge } from '../lib/content/bridge';
import { createIndicator, type Indicator } from '../lib/content/indicator';
import { t } from '../lib/i18n/t';
import { PageScanner } from '../lib/content/page-scanner';
import { PAGE_DETECTOR } from '../lib/content/page-detector';
import { createObservationReporter } from '../lib/content/observe';
import { send } from '../lib/messaging/client';
import type { Role } from '../lib/roles';
import { pageAction } from '../lib/stage/inject';
import { createExtensionPort } from '../components/sidebar-host/extension-port';
import { mountSidebar, randomClientId } from '../components/sidebar-host/mount';

/**
 * The training pages bundled inside the extension (for trainers without the local training site).
 * Content scripts cannot run on extension pages, so this does what the case-page script and the
 * sidebar script do on a real site, through the same scanner and the same sidebar code. Records made
 * here are always training records.
 */
/** `.invalid` can never be a real host (RFC 2606), so these records can't be confused with a court's. */
const TRAINING_SITE = 'https://training.invalid';

export default defineUnlistedScript(() => {
  const scanner = new PageScanner(document, location.href, { detector: PAGE_DETECTOR });
  const bridge = createPageBridge(document, scanner);
  let mounted = false;
  let indicator: Indicator | null = null;
  const mount = () => {
    if (mounted) return;
    mounted = true;
    indicator?.remove();
    // Training records are stored against a reserved training address, not the extension's.
    const sidebar = mountSidebar(document, bridge, createExtensionPort(TRAINING_SITE), {
      forceTraining: true,
      newClientId: randomClientId,
    });
    bridge.highlightLayer = sidebar.layer;
  };
  // As on a case-system site (lib/stage/inject.ts): by each case's stage and the user's role.
  let role: Role | null = null;
  const observe = createObservationReporter((p) => send('record.observe', p), { site: () => TRAINING_SITE, training: true });
  const maybeMount = () => {
    const { result, cases } = scanner.current;
    observe(cases);
    const summaries = cases.map((c) => ({ stage: c.stage, orderOnPage: c.orders.deprivation }));
    const action = pageAction(result.verdict, summaries, role, result.verdict === 'possible');
    if (action.sidebar) mount();
    else if (action.indicator && !mounted) {
      indicator ??= createIndicator(document, t('indicatorLabel'), mount);
      indicator.show();
    }
  };
  scanner.subscribe(maybeMount);
  void send('sidebar.context', {}).then((r) => {
    if (r.ok) role = r.value.role;
    scanner.start();
    maybeMount();
  });
  const nav = (window as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigate', ((e: Event & { destination?: { url: string } }) => {
    if (e.destination?.url) scanner.navigated(e.destination.url);
  }) as EventListener);
});
