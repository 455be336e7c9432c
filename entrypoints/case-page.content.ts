import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageBridge, getBridge, setBridge } from '../lib/content/bridge';
import { send } from '../lib/messaging/client';
import { setLanguage, t } from '../lib/i18n/t';
import type { Indicator } from '../lib/content/indicator';
import { PageScanner, type ScanSnapshot } from '../lib/content/page-scanner';
import { installedDetector } from '../lib/content/detector-port';
import { NO_FINDINGS, sameSummary, type PageSummary } from '../lib/content/page-summary';
import { SERVES_TRAINING_SITE, TRAINING_SITES } from '../lib/build-flags';
import { markNotACase, trainingPageKind } from '../lib/training/training-pages';

/**
 * The only script that runs on every page of a configured case-system site. Kept small (no React,
 * no zod, not even the detector): it reads the page's native text once and lets the prefilter rule the
 * page out; only where it cannot does it ask the background for the detector (detector.js). It watches
 * changes and tells the background what it found; the background injects the sidebar only on a match.
 * Registered at run time for granted sites.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The served training site's index and guide name offences to teach them: not case pages, never
    // scanned (issue 23). Known by address (demo build only), as the background knows them too.
    // (Release builds serve no training site: nothing to check, not even the URL parsed.)
    if (SERVES_TRAINING_SITE && trainingPageKind(location.href, { extensionOrigin: '', sites: TRAINING_SITES }) === 'non-case') {
      markNotACase(document);
      return;
    }
    // "Check this page" on a site where the script already runs: report again, don't start twice.
    const existing = getBridge();
    if (existing) {
      existing.report?.();
      return;
    }
    const scanner = new PageScanner(document, location.href, {
      loadDetector: async () => {
        if (!installedDetector()) await send('detector.load', {});
        return installedDetector() ?? null;
      },
    });
    const bridge = createPageBridge(document, scanner);
    let indicator: Indicator | null = null;
    let reported: PageSummary | null = null;
    setBridge(bridge);

    let observe: ((cases: ScanSnapshot['cases']) => void) | null = null;
    const report = async (snap: ScanSnapshot) => {
      // Findings (and cases) come only from the detector, and with it what handles them; until it is
      // loaded the page has none (the indicator, likewise, is asked for only where something was found).
      const tools = scanner.loadedDetector;
      if (tools) {
        observe ??= tools.createObservationReporter((p) => send('record.observe', p), { site: () => location.origin });
        observe(snap.cases);
      }
      const summary = tools ? tools.summarise(snap.result, snap.cases) : NO_FINDINGS;
      if (sameSummary(reported, summary)) return;
      reported = summary;
      // Fails quietly if the extension was updated or reloaded: ctx then tears this script down.
      const res = await send('page.detected', summary);
      if (res.ok && res.value.indicator && !bridge.sidebar && tools) {
        // This script has no settings of its own: the background's answer carries the language.
        setLanguage(res.value.language);
        indicator ??= tools.createIndicator(document, { text: t('indicatorText'), name: t('indicatorLabel') }, () => {
          indicator?.hide();
          void send('sidebar.open', {});
        });
        indicator.show();
      } else indicator?.hide();
    };
    bridge.report = () => {
      reported = null;
      void report(scanner.current);
    };
    scanner.subscribe((snap) => void report(snap));
    scanner.start(); // its first snapshot reaches `report` through the subscription

    // In-app navigation: use the URL the navigation event carries (location may not have changed yet).
    const nav = (window as unknown as { navigation?: EventTarget }).navigation;
    if (nav) {
      ctx.addEventListener(nav, 'navigatesuccess' as never, () => scanner.navigated(location.href));
      ctx.addEventListener(nav, 'navigate' as never, ((e: Event & { destination?: { url: string } }) => {
        if (e.destination?.url) scanner.navigated(e.destination.url);
      }) as never);
    } else {
      ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => scanner.navigated(newUrl.href));
    }

    ctx.onInvalidated(() => {
      scanner.stop();
      bridge.clearHighlight();
      indicator?.remove();
      setBridge(undefined);
    });
  },
});
