import { browser } from 'wxt/browser';
import { send } from '../../lib/messaging/client';
import type { SidebarPort } from './ports';

/** lib/settings/schema.ts SETTINGS_STORAGE_KEY, not imported: that module would bring zod into sidebar.js. */
export const SETTINGS_KEY = 'settings';

/** The sidebar's port to the real background, used on case-system pages and training pages alike. */
export function createExtensionPort(site: string): SidebarPort {
  return {
    site,
    context: () => send('sidebar.context', {}),
    caseStatus: (caseRef, mode) => send('record.caseStatus', { caseRef, mode }),
    append: (input) => send('record.append', input),
    setRole: (role) => send('settings.setRole', { role }),
    onContextChange(listener) {
      // Settings are read through the background (policy applies there); storage only says when to ask again.
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if ((area === 'local' && SETTINGS_KEY in changes) || area === 'managed') listener();
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
