import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createHighlighter } from '../lib/content/highlight';
import { PageScanner } from '../lib/content/page-scanner';
import { createExtensionPort } from '../components/sidebar-host/extension-port';
import { mountSidebar, randomClientId } from '../components/sidebar-host/mount';
import type { PageBridgeLike } from '../components/sidebar-host/ports';

/**
 * The training pages bundled inside the extension (for trainers without the local training site).
 * Content scripts cannot run on extension pages, so this does what the case-page script and the
 * sidebar script do on a real site, through the same scanner and the same sidebar code. Records made
 * here are always training records.
 */
export default defineUnlistedScript(() => {
  const scanner = new PageScanner(document, location.href);
  const highlighter = createHighlighter(document, () => null);
  const bridge: PageBridgeLike = {
    snapshot: () => scanner.current,
    subscribe: (fn) => scanner.subscribe(fn),
    showEvidence(evidence) {
      const range = scanner.current.ranges.get(evidence);
      if (!range || !range.startContainer.isConnected) return false;
      highlighter.show(range);
      return true;
    },
    clearHighlight: () => highlighter.clear(),
  };
  let mounted = false;
  const maybeMount = () => {
    if (mounted || scanner.current.result.verdict !== 'match') return;
    mounted = true;
    // Training records are stored against the training site's address, not the extension's.
    mountSidebar(document, bridge, createExtensionPort('https://training.invalid'), {
      forceTraining: true,
      newClientId: randomClientId,
    });
  };
  scanner.subscribe(maybeMount);
  scanner.start();
  maybeMount();
  const nav = (window as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigate', ((e: Event & { destination?: { url: string } }) => {
    if (e.destination?.url) scanner.navigated(e.destination.url);
  }) as EventListener);
});
