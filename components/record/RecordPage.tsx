import { t } from '../../lib/i18n/t';
import type { VerifyReport } from '../../lib/record/chain';
import type { EntryFilter } from '../../lib/record/query';
import type { Mode } from '../../lib/record/schema';
import type { RecordView } from '../../lib/record/store';
import { CaseTimeline } from './CaseTimeline';
import { ClearTraining, type ClearTrainingProps } from './ClearTraining';
import { IntegrityPanel } from './IntegrityPanel';
import { Pager } from './Pager';
import { QuarantineNotice } from './QuarantineNotice';
import { RecordActions, type RecordActionCallbacks } from './RecordActions';
import { RecordFilters } from './RecordFilters';
import { RecordSummary } from './RecordSummary';
import { RecordTable } from './RecordTable';
import { StatusMessage, type Status } from './StatusMessage';
import { SummaryExport, type SummaryExportProps } from './SummaryExport';

export interface RecordPageProps extends RecordActionCallbacks {
  /** What the background answered for the current filter and page; null while loading. */
  view: RecordView | null;
  filter: EntryFilter;
  caseRef: string;
  selectedCase: string | null;
  reports: Partial<Record<Mode, VerifyReport>>;
  status: Status | null;
  busy: boolean;
  managersHref: string;
  onFilterChange: (filter: EntryFilter) => void;
  onSearchCaseRef: (caseRef: string) => void;
  onSelectCase: (caseKey: string | null) => void;
  onPage: (page: number) => void;
  onExportSummary: SummaryExportProps['onExportSummary'];
  onListTraining: ClearTrainingProps['onListTraining'];
  onExportTraining: ClearTrainingProps['onExportTraining'];
  onClearTraining: ClearTrainingProps['onClearTraining'];
}

/**
 * The answer first (the summary, unchanged by filters), then the table one page at a time, then the
 * exports and checks, and the one action that deletes last.
 */
export function RecordPage(props: RecordPageProps) {
  const view = props.view;
  return (
    <main className="rec-page" id="main">
      <h1 className="rec-h1">{t('record_title')}</h1>
      <p className="rec-lead">{t('record_intro')}</p>
      <QuarantineNotice quarantine={view?.quarantine ?? []} futureVersion={view?.futureVersion ?? null} />
      <StatusMessage status={props.status} />
      {view === null ? (
        <p className="rec-body">{t('record_loading')}</p>
      ) : (
        <>
          <RecordSummary
            totals={view.totals}
            thisMonth={view.thisMonth}
            month={view.month}
            includesTraining={props.filter.includeTraining}
            withoutReference={view.withoutReference}
            managersHref={props.managersHref}
          />
          <RecordFilters
            filter={props.filter}
            offenceIds={view.offenceIds}
            caseRef={props.caseRef}
            month={view.month}
            onFilterChange={props.onFilterChange}
            onSearchCaseRef={props.onSearchCaseRef}
          />
          {props.caseRef ? <p className="rec-body rec-bold">{t('record_search_active', props.caseRef)}</p> : null}
          {props.selectedCase && view.timeline.length > 0 ? <CaseTimeline entries={view.timeline} onClose={() => props.onSelectCase(null)} /> : null}
          <section className="rec-section" aria-labelledby="rec-entries-h">
            <h2 id="rec-entries-h" className="rec-h2">
              {t('record_entries_heading')}
            </h2>
            <RecordTable
              entries={view.entries}
              first={(view.page - 1) * view.pageSize + 1}
              total={view.total}
              onSelectCase={(key) => props.onSelectCase(key)}
            />
            <Pager page={view.page} pages={Math.max(1, Math.ceil(view.total / view.pageSize))} onPage={props.onPage} />
          </section>
          <SummaryExport busy={props.busy} onExportSummary={props.onExportSummary} />
          <RecordActions
            includesTraining={props.filter.includeTraining}
            busy={props.busy}
            onExportCsv={props.onExportCsv}
            onExportJson={props.onExportJson}
            onPrint={props.onPrint}
            onVerify={props.onVerify}
            onImport={props.onImport}
          />
          <IntegrityPanel reports={props.reports} />
          <ClearTraining
            busy={props.busy}
            onListTraining={props.onListTraining}
            onExportTraining={props.onExportTraining}
            onClearTraining={props.onClearTraining}
          />
        </>
      )}
    </main>
  );
}
