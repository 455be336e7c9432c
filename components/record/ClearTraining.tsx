import { useId, useRef, useState, useEffect } from 'react';
import { t } from '../../lib/i18n/t';
import { formatTime } from './labels';
import type { TrainingToClear } from './training-to-clear';

export interface ClearTrainingProps {
  busy: boolean;
  /** Reads the training entries now (the background's list), or null if they could not be read. */
  onListTraining: () => Promise<TrainingToClear | null>;
  /** Saves exactly the listed entries to a file before they go. */
  onExportTraining: (listed: TrainingToClear) => void;
  /** Removes the training log, only if it still ends at the listed entry. */
  onClearTraining: (listed: TrainingToClear) => void;
}

/**
 * The one action that deletes: last on the page, and only after the user has seen what goes: how many
 * entries, from when to when, and which cases, with the offer to save them first (issue 23). Live
 * entries are never listed and never removed.
 */
export function ClearTraining(props: ClearTrainingProps) {
  const id = useId();
  const [listed, setListed] = useState<TrainingToClear | null>(null);
  const [loading, setLoading] = useState(false);
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (listed) heading.current?.focus();
  }, [listed]);

  const list = async () => {
    setLoading(true);
    try {
      setListed(await props.onListTraining());
    } finally {
      setLoading(false);
    }
  };

  return (
    <section className="rec-section no-print" aria-labelledby={`${id}-h`} id="clear-training">
      <h2 id={`${id}-h`} className="rec-h2">
        {t('mi_danger_heading')}
      </h2>
      {listed === null ? (
        <button type="button" className="rec-button rec-button-warning" disabled={props.busy || loading} onClick={() => void list()}>
          {t('record_clear_training')}
        </button>
      ) : listed.count === 0 ? (
        <div className="rec-warning">
          <p className="rec-body" tabIndex={-1} ref={heading}>
            {t('record_clear_training_none')}
          </p>
          <button type="button" className="rec-button rec-button-secondary" onClick={() => setListed(null)}>
            {t('record_clear_training_close')}
          </button>
        </div>
      ) : (
        <div className="rec-warning" role="alertdialog" aria-labelledby={`${id}-confirm`} aria-describedby={`${id}-what`}>
          <p id={`${id}-confirm`} className="rec-body rec-bold" tabIndex={-1} ref={heading}>
            {t('record_clear_training_confirm_count', String(listed.count))}
          </p>
          <dl className="rec-summary-list" id={`${id}-what`}>
            <div className="rec-summary-row">
              <dt>{t('record_clear_training_dates')}</dt>
              <dd>{t('record_clear_training_range', [formatTime(listed.first!), formatTime(listed.last!)])}</dd>
            </div>
            <div className="rec-summary-row">
              <dt>{t('record_clear_training_cases', String(listed.cases.length))}</dt>
              <dd>
                <ul className="rec-list" aria-label={t('record_clear_training_cases', String(listed.cases.length))}>
                  {listed.cases.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </dd>
            </div>
          </dl>
          <p className="rec-body">{t('record_clear_training_live_safe')}</p>
          <div className="rec-button-group">
            <button type="button" className="rec-button rec-button-secondary" disabled={props.busy} onClick={() => props.onExportTraining(listed)}>
              {t('record_clear_training_export', String(listed.count))}
            </button>
          </div>
          <div className="rec-button-group">
            <button
              type="button"
              className="rec-button rec-button-warning"
              disabled={props.busy}
              onClick={() => {
                setListed(null);
                props.onClearTraining(listed);
              }}
            >
              {t('record_clear_training_yes_count', String(listed.count))}
            </button>
            <button type="button" className="rec-button rec-button-secondary" onClick={() => setListed(null)}>
              {t('record_cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
