import { useEffect, useId, useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n/t';
import { OUTCOME_CODES, type OutcomeCode } from '../../lib/prompts/outcomes';
import type { EntryFilter } from '../../lib/record/query';
import { parseDateParts } from '../../lib/record/uk-time';
import { DateInput, partsOf, type DateParts } from './DateInput';
import { codeLabel, offenceLabel } from './labels';

export interface RecordFiltersProps {
  filter: EntryFilter;
  offenceIds: readonly string[];
  /** The case reference currently searched for (empty for none). */
  caseRef: string;
  /** The current month, "YYYY-MM" (UK time), for the "This month" shortcut. */
  month: string;
  onFilterChange: (filter: EntryFilter) => void;
  /** Search by typed reference: the background hashes it and matches; it is never stored. */
  onSearchCaseRef: (caseRef: string) => void;
}

function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export function RecordFilters({ filter, offenceIds, caseRef, month, onFilterChange, onSearchCaseRef }: RecordFiltersProps) {
  const id = useId();
  const [typed, setTyped] = useState(caseRef);
  const [from, setFrom] = useState<DateParts>(partsOf(filter.from));
  const [to, setTo] = useState<DateParts>(partsOf(filter.to));
  const [errors, setErrors] = useState({ from: false, to: false });
  useEffect(() => {
    setFrom(partsOf(filter.from));
    setTo(partsOf(filter.to));
  }, [filter.from, filter.to]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearchCaseRef(typed.trim());
  };
  const applyDates = (event: FormEvent) => {
    event.preventDefault();
    const f = parseDateParts(from.day, from.month, from.year);
    const tt = parseDateParts(to.day, to.month, to.year);
    setErrors({ from: f === null, to: tt === null });
    if (f === null || tt === null) return;
    onFilterChange({ ...filter, from: f || undefined, to: tt || undefined });
  };
  return (
    <section className="rec-section no-print" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="rec-h2">
        {t('record_filters_heading')}
      </h2>
      <form className="rec-search" onSubmit={submit} role="search">
        <label className="rec-label" htmlFor={`${id}-case`}>
          {t('record_filter_case')}
        </label>
        <p className="rec-hint" id={`${id}-case-hint`}>
          {t('record_filter_case_hint')}
        </p>
        <div className="rec-inline">
          <input
            id={`${id}-case`}
            className="rec-input"
            type="search"
            maxLength={64}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-case-hint`}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <button type="submit" className="rec-button">
            {t('record_filter_case_search')}
          </button>
          {caseRef ? (
            <button
              type="button"
              className="rec-button rec-button-secondary"
              onClick={() => {
                setTyped('');
                onSearchCaseRef('');
              }}
            >
              {t('record_filter_case_clear')}
            </button>
          ) : null}
        </div>
      </form>
      <form onSubmit={applyDates} noValidate>
        <div className="rec-filter-grid">
          <DateInput legend={t('record_filter_from')} value={from} error={errors.from} onChange={setFrom} />
          <DateInput legend={t('record_filter_to')} value={to} error={errors.to} onChange={setTo} />
        </div>
        <div className="rec-button-group">
          <button type="submit" className="rec-button rec-button-secondary">
            {t('mi_filter_apply_dates')}
          </button>
          <button type="button" className="rec-button rec-button-secondary" onClick={() => onFilterChange({ ...filter, ...monthRange(month) })}>
            {t('mi_filter_this_month')}
          </button>
          {filter.from || filter.to ? (
            <button
              type="button"
              className="rec-button rec-button-secondary"
              onClick={() => {
                setErrors({ from: false, to: false });
                onFilterChange({ ...filter, from: undefined, to: undefined });
              }}
            >
              {t('mi_filter_clear_dates')}
            </button>
          ) : null}
        </div>
      </form>
      <div className="rec-filter-grid">
        <div>
          <label className="rec-label" htmlFor={`${id}-outcome`}>
            {t('record_filter_outcome')}
          </label>
          <select
            id={`${id}-outcome`}
            className="rec-select"
            value={filter.outcome ?? ''}
            onChange={(e) => onFilterChange({ ...filter, outcome: e.target.value as OutcomeCode | '' })}
          >
            <option value="">{t('record_filter_any')}</option>
            {OUTCOME_CODES.map((code) => (
              <option key={code} value={code}>
                {codeLabel('outcome', code)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="rec-label" htmlFor={`${id}-offence`}>
            {t('record_filter_offence')}
          </label>
          <select
            id={`${id}-offence`}
            className="rec-select"
            value={filter.offenceId ?? ''}
            onChange={(e) => onFilterChange({ ...filter, offenceId: e.target.value || undefined })}
          >
            <option value="">{t('record_filter_any')}</option>
            {offenceIds.map((o) => (
              <option key={o} value={o}>
                {offenceLabel(o)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="rec-checkbox">
        <input
          id={`${id}-shown`}
          type="checkbox"
          checked={filter.showShown === true}
          onChange={(e) => onFilterChange({ ...filter, showShown: e.target.checked })}
        />
        <label htmlFor={`${id}-shown`}>{t('mi_filter_show_shown')}</label>
      </div>
      <div className="rec-checkbox">
        <input
          id={`${id}-training`}
          type="checkbox"
          checked={filter.includeTraining}
          onChange={(e) => onFilterChange({ ...filter, includeTraining: e.target.checked })}
        />
        <label htmlFor={`${id}-training`}>{t('record_filter_include_training')}</label>
      </div>
    </section>
  );
}
