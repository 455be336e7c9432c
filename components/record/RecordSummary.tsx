import { t } from '../../lib/i18n/t';
import type { CountsRow } from '../../lib/record/aggregate';
import { formatMonth } from '../../lib/i18n/dates';
import { OutcomeTables } from './OutcomeTables';

export interface RecordSummaryProps {
  /** All months (the filters never change these). */
  totals: CountsRow;
  thisMonth: CountsRow;
  /** "YYYY-MM", UK time. */
  month: string;
  includesTraining: boolean;
  withoutReference: number;
  managersHref: string;
}

function Figures({ row }: { row: CountsRow }) {
  const items: [string, number][] = [
    [t('mi_fig_cases'), row.casesRecognised],
    [t('mi_fig_decisions'), row.casesWithDecision],
    [t('mi_fig_orders'), row.ordersMade],
    [t('mi_fig_deferrals'), row.deferrals],
    [t('mi_fig_seen'), row.ordersSeenOnPage],
  ];
  return (
    <dl className="rec-summary-list">
      {items.map(([label, n]) => (
        <div key={label} className="rec-summary-row">
          <dt>{label}</dt>
          <dd>{n}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The answer first: "N deprivation orders in M recognised cases", whatever the table's filters. */
export function RecordSummary({ totals, thisMonth, month, includesTraining, withoutReference, managersHref }: RecordSummaryProps) {
  return (
    <section className="rec-section" aria-labelledby="rec-summary-h">
      <h2 id="rec-summary-h" className="rec-h2">
        {t('record_summary_heading')}
      </h2>
      <p className="rec-headline" data-testid="rec-headline">
        {t('mi_headline', [String(totals.ordersMade), String(totals.casesRecognised)])}
      </p>
      <p className="rec-body">{includesTraining ? t('record_summary_with_training') : t('record_summary_live_only')}</p>
      <p className="rec-hint">{t('mi_headline_note', includesTraining ? t('mi_headline_training') : '')}</p>
      <Figures row={totals} />
      <h3 className="rec-h3">{t('mi_this_month_heading', formatMonth(month))}</h3>
      <Figures row={thisMonth} />
      {withoutReference > 0 ? <p className="rec-hint">{t('mi_without_reference', String(withoutReference))}</p> : null}
      <OutcomeTables outcomes={totals.outcomes} declinesByReason={totals.declinesByReason} />
      <p className="rec-hint">{t('mi_counting_note')}</p>
      <p className="rec-body no-print">
        <a href={managersHref} target="_blank" rel="noreferrer">
          {t('mi_managers_link')}
        </a>
      </p>
    </section>
  );
}
