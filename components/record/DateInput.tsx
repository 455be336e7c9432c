import { useId } from 'react';
import { t } from '../../lib/i18n/t';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export function partsOf(date: string | undefined): DateParts {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1]! } : { day: '', month: '', year: '' };
}

export interface DateInputProps {
  legend: string;
  value: DateParts;
  error: boolean;
  onChange: (value: DateParts) => void;
}

/** The GOV.UK date input: day, month and year fields, so dates are always entered the UK way. */
export function DateInput({ legend, value, error, onChange }: DateInputProps) {
  const id = useId();
  const field = (name: keyof DateParts, label: string, width: string) => (
    <div className="rec-date-item">
      <label className="rec-label-plain" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        className={`rec-input ${width}`}
        inputMode="numeric"
        autoComplete="off"
        aria-invalid={error || undefined}
        value={value[name]}
        onChange={(e) => onChange({ ...value, [name]: e.target.value })}
      />
    </div>
  );
  return (
    <fieldset className="rec-fieldset" role="group" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend className="rec-label">{legend}</legend>
      <p className="rec-hint" id={`${id}-hint`}>
        {t('mi_date_hint')}
      </p>
      {error ? (
        <p className="rec-status-error" id={`${id}-error`}>
          {t('mi_date_error')}
        </p>
      ) : null}
      <div className="rec-date">
        {field('day', t('mi_date_day'), 'rec-w2')}
        {field('month', t('mi_date_month'), 'rec-w2')}
        {field('year', t('mi_date_year'), 'rec-w4')}
      </div>
    </fieldset>
  );
}
