import type { SiteErrorCode } from './parse-site-input';

/** The i18n key that explains a refused site address (messages in settings.json). */
export function siteErrorMessageKey(code: SiteErrorCode): string {
  return `settings_siteError_${code}`;
}
