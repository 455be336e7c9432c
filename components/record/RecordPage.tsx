import { useMemo } from 'react';
import { t } from '../../lib/i18n/t';
import type { VerifyReport } from '../../lib/record/chain';
import type { QuarantineItem } from '../../lib/record/load';
import { caseTimeline, filterEntries, offenceIds, summarise, type EntryFilter } from '../../lib/record/query';
import type { Mode, RecordEntry } from '../../lib/record/schema';
import { CaseTimeline } from './CaseTimeline';
import { IntegrityPanel } from './IntegrityPanel';
import { QuarantineNotice } from './QuarantineNotice';
import { RecordActions, type RecordActionCallbacks } from './RecordActions';
import { RecordFilters } from './RecordFilters';
import { RecordSummary } from './RecordSummary';
import { RecordTable } from './RecordTable';
import { StatusMessage, type Status } from './StatusMessage';

export interface RecordPageProps extends RecordActionCallbacks {
  loading: boolean;
  /** Newest first; already narrowed by the case reference search if one is active. */
  entries: readonly RecordEntry[];
  quarantine: readonly QuarantineItem[];
  futureVersion: number | null;
  filter: EntryFilter;
  caseRef: string;
  selectedCase: string | null;
  reports: Partial<Record<Mode, VerifyReport>>;
  status: Status | null;
  busy: boolean;
  onFilterChange: (filter: EntryFilter) => void;
  onSearchCaseRef: (caseRef: string) => void;
  onSelectCase: (caseKey: string | null) => void;
}

export function RecordPage(props: RecordPageProps) {
  const visible = useMemo(() => filterEntries(props.entries, props.filter), [props.entries, props.filter]);
  const summary = useMemo(() => summarise(visible), [visible]);
  const offences = useMemo(() => offenceIds(props.entries), [props.entries]);
  const timeline = props.selectedCase ? caseTimeline(filterEntries(props.entries, { includeTraining: props.filter.includeTraining }), props.selectedCase) : [];

  return (
    <main className="rec-page" id="main">
      <h1 className="rec-h1">{t('record_title')}</h1>
      <p className="rec-lead">{t('record_intro')}</p>
      <QuarantineNotice quarantine={props.quarantine} futureVersion={props.futureVersion} />
      <StatusMessage status={props.status} />
      {props.loading ? (
        <p className="rec-body">{t('record_loading')}</p>
      ) : (
        <>
          <RecordActions
            includesTraining={props.filter.includeTraining}
            busy={props.busy}
            onExportCsv={props.onExportCsv}
            onExportJson={props.onExportJson}
            onPrint={props.onPrint}
            onVerify={props.onVerify}
            onImport={props.onImport}
            onClearTraining={props.onClearTraining}
          />
          <IntegrityPanel reports={props.reports} />
          <RecordFilters
            filter={props.filter}
            offenceIds={offences}
            caseRef={props.caseRef}
            onFilterChange={props.onFilterChange}
            onSearchCaseRef={props.onSearchCaseRef}
          />
          {props.caseRef ? <p className="rec-body rec-bold">{t('record_search_active', props.caseRef)}</p> : null}
          <RecordSummary summary={summary} includesTraining={props.filter.includeTraining} />
          {props.selectedCase && timeline.length > 0 ? <CaseTimeline entries={timeline} onClose={() => props.onSelectCase(null)} /> : null}
          <section className="rec-section" aria-labelledby="rec-entries-h">
            <h2 id="rec-entries-h" className="rec-h2">
              {t('record_entries_heading')}
            </h2>
            <RecordTable entries={visible} onSelectCase={(key) => props.onSelectCase(key)} />
          </section>
        </>
      )}
    </main>
  );
}
