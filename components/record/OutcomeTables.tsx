import { useId } from 'react';
import { t } from '../../lib/i18n/t';
import { DECISION_PROMPT_ID } from '../../lib/prompts/outcomes';
import { codeLabel, countText, promptLabel } from './labels';

type Count = number | 'fewer-than-5';

export interface OutcomeTablesProps {
  /** Cases by latest outcome, per prompt id, per outcome code. */
  outcomes: Record<string, Record<string, Count | undefined>>;
  declinesByReason: Record<string, Count | undefined>;
}

/** The decision prompt first, then every other prompt (companion orders included) on rows of their own. */
export function promptOrder(ids: readonly string[]): string[] {
  return [...ids].sort((a, b) => (a === DECISION_PROMPT_ID ? -1 : b === DECISION_PROMPT_ID ? 1 : promptLabel(a).localeCompare(promptLabel(b))));
}

export function OutcomeTables({ outcomes, declinesByReason }: OutcomeTablesProps) {
  const id = useId();
  const prompts = promptOrder(Object.keys(outcomes));
  const reasons = Object.entries(declinesByReason).filter(([, n]) => n);
  if (prompts.length === 0) return <p className="rec-body">{t('mi_outcomes_none')}</p>;
  return (
    <>
      <div className="rec-table-region" role="region" aria-labelledby={`${id}-o`} tabIndex={0}>
        <table className="rec-table">
          <caption id={`${id}-o`} className="rec-caption">
            {t('mi_outcomes_caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('mi_col_prompt')}</th>
              <th scope="col">{t('mi_col_outcome')}</th>
              <th scope="col">{t('mi_col_cases')}</th>
            </tr>
          </thead>
          <tbody>
            {prompts.flatMap((p) =>
              Object.entries(outcomes[p] ?? {})
                .filter(([, n]) => n)
                .map(([code, n]) => (
                  <tr key={`${p}|${code}`}>
                    <th scope="row">{promptLabel(p)}</th>
                    <td>{codeLabel('outcome', code)}</td>
                    <td>{countText(n!)}</td>
                  </tr>
                )),
            )}
          </tbody>
        </table>
      </div>
      {reasons.length > 0 ? (
        <div className="rec-table-region" role="region" aria-labelledby={`${id}-r`} tabIndex={0}>
          <table className="rec-table">
            <caption id={`${id}-r`} className="rec-caption">
              {t('mi_declines_caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('mi_col_reason')}</th>
                <th scope="col">{t('mi_col_cases')}</th>
              </tr>
            </thead>
            <tbody>
              {reasons.map(([reason, n]) => (
                <tr key={reason}>
                  <th scope="row">{codeLabel('reason', reason)}</th>
                  <td>{countText(n!)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
