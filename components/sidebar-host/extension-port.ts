import { send } from '../../lib/messaging/client';
import type { SidebarPort } from './ports';

/** The sidebar's port to the real background, used on case-system pages and training pages alike. */
export function createExtensionPort(site: string): SidebarPort {
  return {
    site,
    context: () => send('sidebar.context', {}),
    caseStatus: (caseRef, mode) => send('record.caseStatus', { caseRef, mode }),
    append: (input) => send('record.append', input),
  };
}
