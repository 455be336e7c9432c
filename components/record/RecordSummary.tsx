import { useId } from 'react';
import { t } from '../../lib/i18n/t';
import { OUTCOME_CODES } from '../../lib/prompts/outcomes';
import type { RecordSummary as Summary } from '../../lib/record/query';
import { codeLabel } from './labels';

export interface RecordSummaryProps {
  summary: Summary;
  includesTraining: boolean;
}

/** The figures a manager compares with, for example, "3 deprivation orders in 98 cases". */
export function RecordSummary({ summary, includesTraining }: RecordSummaryProps) {
  const captionId = useId();
  return (
    <section className="rec-section" aria-labelledby={`${captionId}-h`}>
      <h2 id={`${captionId}-h`} className="rec-h2">
        {t('record_summary_heading')}
      </h2>
      <p className="rec-body">{includesTraining ? t('record_summary_with_training') : t('record_summary_live_only')}</p>
      <dl className="rec-figures">
        <div>
          <dt>{t('record_summary_cases')}</dt>
          <dd>{summary.casesRecognised}</dd>
        </div>
        <div>
          <dt>{t('record_summary_shown')}</dt>
          <dd>{summary.promptsShown}</dd>
        </div>
        <div>
          <dt>{t('record_summary_acknowledged')}</dt>
          <dd>{summary.promptsAcknowledged}</dd>
        </div>
        <div>
          <dt>{t('record_summary_corrections')}</dt>
          <dd>{summary.corrections}</dd>
        </div>
      </dl>
      <div className="rec-table-region" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="rec-table">
          <caption id={captionId} className="rec-caption">
            {t('record_summary_outcomes_caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('record_col_outcome')}</th>
              <th scope="col">{t('record_summary_col_prompts')}</th>
              <th scope="col">{t('record_summary_col_cases')}</th>
            </tr>
          </thead>
          <tbody>
            {OUTCOME_CODES.map((code) => (
              <tr key={code}>
                <th scope="row">{codeLabel('outcome', code)}</th>
                <td>{summary.outcomes[code].prompts}</td>
                <td>{summary.outcomes[code].cases}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
