import { useId, useState } from 'react';
import { t } from '../../lib/i18n/t';

export interface ClearTrainingProps {
  busy: boolean;
  onClearTraining: () => void;
}

/** The one action that deletes: last on the page, and only after a confirmation. */
export function ClearTraining(props: ClearTrainingProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="rec-section no-print" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="rec-h2">
        {t('mi_danger_heading')}
      </h2>
      {confirming ? (
        <div className="rec-warning" role="alertdialog" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`} className="rec-body rec-bold">
            {t('record_clear_training_confirm')}
          </p>
          <div className="rec-button-group">
            <button
              type="button"
              className="rec-button rec-button-warning"
              disabled={props.busy}
              onClick={() => {
                setConfirming(false);
                props.onClearTraining();
              }}
            >
              {t('record_clear_training_yes')}
            </button>
            <button type="button" className="rec-button rec-button-secondary" onClick={() => setConfirming(false)}>
              {t('record_cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="rec-button rec-button-warning" disabled={props.busy} onClick={() => setConfirming(true)}>
          {t('record_clear_training')}
        </button>
      )}
    </section>
  );
}
