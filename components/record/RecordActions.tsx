import { useId } from 'react';
import { t } from '../../lib/i18n/t';

/** What the record's action buttons call; the page passes them straight through. */
export interface RecordActionCallbacks {
  onExportCsv: () => void;
  onExportJson: () => void;
  onPrint: () => void;
  onVerify: () => void;
  onImport: (file: File) => void;
}

export interface RecordActionsProps extends RecordActionCallbacks {
  includesTraining: boolean;
  busy: boolean;
}

export function RecordActions(props: RecordActionsProps) {
  const id = useId();
  return (
    <section className="rec-section no-print" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="rec-h2">
        {t('record_actions_heading')}
      </h2>
      <p className="rec-hint">{props.includesTraining ? t('record_export_with_training') : t('record_export_live_only')}</p>
      <div className="rec-button-group">
        <button type="button" className="rec-button" disabled={props.busy} onClick={props.onExportCsv}>
          {t('record_export_csv')}
        </button>
        <button type="button" className="rec-button" disabled={props.busy} onClick={props.onExportJson}>
          {t('record_export_json')}
        </button>
        <button type="button" className="rec-button rec-button-secondary" onClick={props.onPrint}>
          {t('record_print')}
        </button>
        <button type="button" className="rec-button rec-button-secondary" disabled={props.busy} onClick={props.onVerify}>
          {t('record_verify')}
        </button>
      </div>
      <div className="rec-field">
        <label className="rec-label" htmlFor={`${id}-import`}>
          {t('record_import_label')}
        </label>
        <p className="rec-hint" id={`${id}-import-hint`}>
          {t('record_import_hint')}
        </p>
        <input
          id={`${id}-import`}
          className="rec-file"
          type="file"
          accept="application/json,.json"
          aria-describedby={`${id}-import-hint`}
          disabled={props.busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) props.onImport(file);
            e.target.value = '';
          }}
        />
      </div>
    </section>
  );
}
