import { useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n/t';
import { parseSiteInput, type ParsedSite } from '../../lib/sites/parse-site-input';
import { siteErrorMessageKey } from '../../lib/sites/site-error-message';
import { ErrorSummary } from './ErrorSummary';
import { FieldError } from './FieldError';
import { LockedHint } from './LockedHint';

export interface SiteRow {
  pattern: string;
  /** The browser has granted host permission for it. */
  granted: boolean;
  /** Set by the organisation: cannot be removed here. */
  managed: boolean;
}

/** Why an add failed once the address itself was fine. */
export type AddSiteRefusal = 'duplicate' | 'tooMany' | 'locked' | 'denied' | 'failed';

interface Props {
  sites: SiteRow[];
  /** Policy says only the organisation's sites may be used. */
  locked: boolean;
  /**
   * Called synchronously from the submit handler so the browser still sees the click and will
   * show its permission prompt. Resolves null on success, or why it did not happen.
   */
  onAdd: (site: ParsedSite) => Promise<AddSiteRefusal | null>;
  onRemove: (pattern: string) => void;
  /** Also called straight from a click, for the permission prompt. */
  onGrant: (pattern: string) => void;
}

const REFUSAL_KEY: Record<AddSiteRefusal, string> = {
  duplicate: 'settings_siteError_duplicate',
  tooMany: 'settings_siteError_tooMany',
  locked: 'settings_siteError_locked',
  denied: 'settings_siteError_denied',
  failed: 'settings_siteError_failed',
};

/** Shows the pattern the way people typed it: without the "/*" tail. */
export function displaySite(pattern: string): string {
  return pattern.replace(/\/\*$/, '');
}

export function SitesSection({ sites, locked, onAdd, onRemove, onGrant }: Props) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [added, setAdded] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(undefined);
    const parsed = parseSiteInput(input);
    if (!parsed.ok) {
      setError(t(siteErrorMessageKey(parsed.error)));
      return;
    }
    // No await before onAdd: the permission request must run inside this user gesture.
    void onAdd(parsed).then((refusal) => {
      if (refusal) {
        setError(t(REFUSAL_KEY[refusal]));
      } else {
        setError(undefined);
        setInput('');
        setAdded(t('settings_siteAdded', displaySite(parsed.pattern)));
      }
    });
  }

  return (
    <section aria-labelledby="sites-title" className="section">
      <h2 id="sites-title">{t('settings_sitesTitle')}</h2>
      <p>{t('settings_sitesIntro')}</p>
      {sites.length === 0 ? (
        <p data-testid="sites-empty">{t('settings_sitesNone')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('settings_sitesTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('settings_sitesColSite')}</th>
              <th scope="col">{t('settings_sitesColAccess')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings_sitesColActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sites.map((site) => (
              <tr key={site.pattern} data-testid="site-row">
                <td>
                  <code>{displaySite(site.pattern)}</code>
                  {site.managed && <LockedHint id={`site-locked-${site.pattern}`} />}
                </td>
                <td>{site.granted ? t('settings_siteGranted') : t('settings_siteNotGranted')}</td>
                <td className="table__actions">
                  {!site.granted && (
                    <button type="button" className="button button--secondary" onClick={() => onGrant(site.pattern)}>
                      {t('settings_siteGrant')}
                      <span className="visually-hidden"> {displaySite(site.pattern)}</span>
                    </button>
                  )}
                  {!site.managed && (
                    <button type="button" className="button button--warning" onClick={() => onRemove(site.pattern)}>
                      {t('settings_siteRemove')}
                      <span className="visually-hidden"> {displaySite(site.pattern)}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {locked ? (
        <p className="locked-hint" data-testid="sites-locked">
          {t('settings_sitesLockedByOrganisation')}
        </p>
      ) : (
        <form noValidate onSubmit={submit}>
          <ErrorSummary id="sites-error-summary" errors={error ? [{ targetId: 'site-input', text: error }] : []} />
          <div className={`form-group${error ? ' form-group--error' : ''}`}>
            <label className="label" id="add-site-label" htmlFor="site-input">
              {t('settings_siteInputLabel')}
            </label>
            <p className="hint" id="site-input-hint">
              {t('settings_siteInputHint')}
            </p>
            <FieldError id="site-input-error" text={error} />
            <input
              className={`input${error ? ' input--error' : ''}`}
              id="site-input"
              name="site"
              type="text"
              spellCheck={false}
              autoComplete="off"
              autoCapitalize="none"
              value={input}
              aria-describedby={error ? 'site-input-hint site-input-error' : 'site-input-hint'}
              aria-invalid={error ? true : undefined}
              onChange={(e) => setInput(e.currentTarget.value)}
            />
          </div>
          <button type="submit" className="button">
            {t('settings_siteAddButton')}
          </button>
          <p role="status" className="status" data-testid="site-added-status">
            {added}
          </p>
        </form>
      )}
    </section>
  );
}
