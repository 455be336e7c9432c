import { t } from '../../lib/i18n/t';

export interface PagerProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

/** Previous / next, with where you are. Only one page of rows is ever in the page. */
export function Pager({ page, pages, onPage }: PagerProps) {
  if (pages <= 1) return null;
  return (
    <nav className="rec-pager no-print" aria-label={t('mi_pager_label')}>
      <button type="button" className="rec-button rec-button-secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('mi_pager_previous')}
      </button>
      <span className="rec-body" aria-live="polite">
        {t('mi_pager_status', [String(page), String(pages)])}
      </span>
      <button type="button" className="rec-button rec-button-secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('mi_pager_next')}
      </button>
    </nav>
  );
}
