import { t } from '../../lib/i18n/t';
import { formatMonth } from '../../lib/i18n/dates';
import type { TabStatusValue } from '../../lib/messaging/page-schemas';

/** What the popup knows about the active tab. */
export type PopupView =
  | { kind: 'loading' }
  /** chrome://, file:, the web store, PDF viewers: nothing to check. */
  | { kind: 'unsupported' }
  | { kind: 'error' }
  | { kind: 'status'; status: TabStatusValue };

export type AlwaysRunResult = 'granted' | 'denied' | 'locked' | 'failed';

export interface PopupSite {
  /** The site's display origin, e.g. "https://cases.example.gov.uk". */
  origin: string;
  /** The page is on one of the configured sites. */
  configured: boolean;
  /** The browser already allows the extension there. */
  granted: boolean;
  /** Policy forbids adding sites. */
  locked: boolean;
}

/** This month's figures from the user's own live record (UK calendar month). */
export interface PopupFigures {
  month: string;
  ordersMade: number;
  casesRecognised: number;
  casesWithDecision: number;
}

interface Props {
  view: PopupView;
  figures?: PopupFigures;
  /** Undefined on pages that are not http(s). */
  site?: PopupSite;
  checking: boolean;
  alwaysRun?: AlwaysRunResult;
  roleMissing: boolean;
  /** The keyboard shortcut for "Check this page", as the browser reports it. */
  shortcut?: string;
  recordHref: string;
  trainingHref: string;
  onCheck: () => void;
  /** Called straight from the click: it requests a host permission. */
  onAlwaysRun: () => void;
  onOpenSettings: () => void;
}

function statusText(view: PopupView): { text: string; tone: 'neutral' | 'match' | 'possible' | 'clear' } {
  switch (view.kind) {
    case 'loading':
      return { text: t('popup_statusLoading'), tone: 'neutral' };
    case 'unsupported':
      return { text: t('popup_statusUnsupported'), tone: 'neutral' };
    case 'error':
      return { text: t('popup_statusError'), tone: 'neutral' };
    case 'status': {
      const s = view.status;
      if (s.state === 'match') {
        const name = s.offenceTitle ? (s.citation ? `${s.offenceTitle} (${s.citation})` : s.offenceTitle) : t('popup_statusMatchUnnamed');
        if (s.cases === 'ended') return { text: t('popup_statusEnded', name), tone: 'clear' };
        if (s.cases === 'order-entered') return { text: t('popup_statusOrderEntered', name), tone: 'clear' };
        return { text: t('popup_statusMatch', name), tone: 'match' };
      }
      if (s.state === 'possible') return { text: t('popup_statusPossible'), tone: 'possible' };
      if (s.state === 'no-match') return { text: t('popup_statusNoMatch'), tone: 'clear' };
      if (s.state === 'unchecked') return { text: t('popup_statusUnchecked'), tone: 'neutral' };
      return { text: t('popup_statusNotConfigured'), tone: 'neutral' };
    }
  }
}

export function Popup(props: Props) {
  const { view, site, checking, alwaysRun } = props;
  const status = statusText(view);
  const canCheck = view.kind === 'status' && !checking;
  const showAlwaysRun = site !== undefined && !(site.configured && site.granted) && !site.locked;

  return (
    <main className="popup">
      <h1 className="popup__title">{t('extName')}</h1>
      <h2 className="visually-hidden">{t('popup_statusHeading')}</h2>
      <div className={`popup__status popup__status--${status.tone}`} role="status" aria-live="polite" data-testid="popup-status">
        <p>{checking ? t('popup_checking') : status.text}</p>
      </div>

      {props.roleMissing && (
        <p className="popup__note" data-testid="popup-role-missing">
          {t('popup_roleMissing')}{' '}
          <button type="button" className="link-button" onClick={props.onOpenSettings}>
            {t('popup_roleMissingLink')}
          </button>
        </p>
      )}

      <div className="popup__actions">
        {view.kind !== 'unsupported' && (
          <button type="button" className="button" onClick={props.onCheck} disabled={!canCheck} aria-describedby={props.shortcut ? 'popup-shortcut' : undefined}>
            {t('popup_checkButton')}
          </button>
        )}
        {props.shortcut && view.kind !== 'unsupported' && (
          <p className="hint" id="popup-shortcut">
            {t('popup_shortcutHint', props.shortcut)}
          </p>
        )}
        {showAlwaysRun && (
          <button type="button" className="button button--secondary" onClick={props.onAlwaysRun} aria-describedby="popup-always-hint">
            {t('popup_alwaysRunButton')}
          </button>
        )}
        {showAlwaysRun && (
          <p className="hint" id="popup-always-hint">
            {t('popup_alwaysRunHint', site.origin)}
          </p>
        )}
        {site?.locked && !site.configured && <p className="hint">{t('popup_sitesLocked')}</p>}
        <p role="status" className="popup__result" data-testid="popup-always-result">
          {alwaysRun === 'granted' && t('popup_alwaysRunGranted')}
          {alwaysRun === 'denied' && t('popup_alwaysRunDenied')}
          {alwaysRun === 'locked' && t('popup_sitesLocked')}
          {alwaysRun === 'failed' && t('popup_alwaysRunFailed')}
        </p>
      </div>

      {props.figures && (
        <section className="popup__figures" aria-labelledby="popup-figures-h" data-testid="popup-figures">
          <h2 id="popup-figures-h" className="popup__figures-h">
            {t('mi_popup_heading')} ({formatMonth(props.figures.month)})
          </h2>
          <p>{t('mi_popup_figures', [String(props.figures.ordersMade), String(props.figures.casesRecognised)])}</p>
          <p className="hint">{t('mi_popup_decisions', String(props.figures.casesWithDecision))}</p>
        </section>
      )}

      <nav aria-label={t('popup_navLabel')}>
        <ul className="popup__links">
          <li>
            <a href={props.recordHref} target="_blank" rel="noreferrer">
              {t('popup_linkRecord')}
            </a>
          </li>
          <li>
            <a href={props.trainingHref} target="_blank" rel="noreferrer">
              {t('popup_linkTraining')}
            </a>
          </li>
          <li>
            <button type="button" className="link-button" onClick={props.onOpenSettings}>
              {t('popup_linkSettings')}
            </button>
          </li>
        </ul>
      </nav>
    </main>
  );
}
