import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { getBridge } from '../lib/content/bridge';
import { createExtensionPort } from '../components/sidebar-host/extension-port';
import { mountSidebar, randomClientId } from '../components/sidebar-host/mount';

/**
 * Injected by the background into a case-system page only when the case-page script found a match
 * (or the user opened the indicator). Runs in the same isolated world as the case-page script and
 * reads its findings through the bridge; a second injection only re-opens the panel.
 */
export default defineUnlistedScript(() => {
  const bridge = getBridge();
  if (!bridge) return;
  if (bridge.sidebar) {
    // Already mounted: it follows the page by itself on a match; an explicit request (the
    // "possible" indicator) also expands it and moves focus into it.
    if (bridge.snapshot().result.verdict !== 'match') bridge.sidebar.open();
    return;
  }
  const mounted = mountSidebar(document, bridge, createExtensionPort(location.origin), { newClientId: randomClientId });
  bridge.sidebar = { open: mounted.open };
  bridge.highlightLayer = mounted.layer;
});
