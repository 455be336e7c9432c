import { useId, useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n/t';
import { ORGANISATION_MAX, type SmallNumbers } from '../../lib/record/summary-file';

export interface SummaryExportProps {
  busy: boolean;
  onExportSummary: (options: { organisation: string | null; smallNumbers: SmallNumbers }) => void;
}

/** "Export summary for managers": counts only, with small numbers protected unless for own use. */
export function SummaryExport({ busy, onExportSummary }: SummaryExportProps) {
  const id = useId();
  const [organisation, setOrganisation] = useState('');
  const [use, setUse] = useState<SmallNumbers>('protected');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onExportSummary({ organisation: organisation.trim() || null, smallNumbers: use });
  };
  return (
    <section className="rec-section no-print" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="rec-h2">
        {t('mi_export_heading')}
      </h2>
      <p className="rec-body">{t('mi_export_intro')}</p>
      <form onSubmit={submit}>
        <div className="rec-field">
          <label className="rec-label" htmlFor={`${id}-org`}>
            {t('mi_export_org_label')}
          </label>
          <p className="rec-hint" id={`${id}-org-hint`}>
            {t('mi_export_org_hint')}
          </p>
          <input
            id={`${id}-org`}
            className="rec-input rec-w20"
            maxLength={ORGANISATION_MAX}
            autoComplete="organization"
            aria-describedby={`${id}-org-hint`}
            value={organisation}
            onChange={(e) => setOrganisation(e.target.value)}
          />
        </div>
        <fieldset className="rec-fieldset">
          <legend className="rec-label">{t('mi_export_use_legend')}</legend>
          {(
            [
              ['protected', 'mi_export_use_protected', 'mi_export_use_protected_hint'],
              ['exact', 'mi_export_use_exact', 'mi_export_use_exact_hint'],
            ] as const
          ).map(([value, label, hint]) => (
            <div className="rec-radio" key={value}>
              <input
                id={`${id}-${value}`}
                type="radio"
                name={`${id}-use`}
                value={value}
                checked={use === value}
                aria-describedby={`${id}-${value}-hint`}
                onChange={() => setUse(value)}
              />
              <label htmlFor={`${id}-${value}`}>{t(label)}</label>
              <p className="rec-hint rec-radio-hint" id={`${id}-${value}-hint`}>
                {t(hint)}
              </p>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="rec-button" disabled={busy}>
          {t('mi_export_button')}
        </button>
      </form>
    </section>
  );
}
