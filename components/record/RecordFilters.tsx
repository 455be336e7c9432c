import { useId, useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n/t';
import { OUTCOME_CODES, type OutcomeCode } from '../../lib/prompts/outcomes';
import type { EntryFilter } from '../../lib/record/query';
import { codeLabel } from './labels';

export interface RecordFiltersProps {
  filter: EntryFilter;
  offenceIds: readonly string[];
  /** The case reference currently searched for (empty for none). */
  caseRef: string;
  onFilterChange: (filter: EntryFilter) => void;
  /** Search by typed reference: the background hashes it and matches; it is never stored. */
  onSearchCaseRef: (caseRef: string) => void;
}

export function RecordFilters({ filter, offenceIds, caseRef, onFilterChange, onSearchCaseRef }: RecordFiltersProps) {
  const id = useId();
  const [typed, setTyped] = useState(caseRef);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearchCaseRef(typed.trim());
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
      <div className="rec-filter-grid">
        <div>
          <label className="rec-label" htmlFor={`${id}-from`}>
            {t('record_filter_from')}
          </label>
          <input
            id={`${id}-from`}
            className="rec-input"
            type="date"
            value={filter.from ?? ''}
            onChange={(e) => onFilterChange({ ...filter, from: e.target.value || undefined })}
          />
        </div>
        <div>
          <label className="rec-label" htmlFor={`${id}-to`}>
            {t('record_filter_to')}
          </label>
          <input
            id={`${id}-to`}
            className="rec-input"
            type="date"
            value={filter.to ?? ''}
            onChange={(e) => onFilterChange({ ...filter, to: e.target.value || undefined })}
          />
        </div>
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
                {o}
              </option>
            ))}
          </select>
        </div>
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
