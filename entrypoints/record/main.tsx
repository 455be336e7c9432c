import '../../lib/zod-config';
import { StrictMode, useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { RecordPage } from '../../components/record/RecordPage';
import type { Status } from '../../components/record/StatusMessage';
import '../../components/record/record.css';
import { errorText } from '../../lib/i18n/error-text';
import { startInUserLanguage } from '../../components/page-language';
import { t } from '../../lib/i18n/t';
import { send } from '../../lib/messaging/client';
import type { VerifyReport } from '../../lib/record/chain';
import { toCsv } from '../../lib/record/csv';
import { filterEntries, localDate, type EntryFilter } from '../../lib/record/query';
import type { ResultError } from '../../lib/core/result';
import type { Mode } from '../../lib/record/schema';
import type { RecordView } from '../../lib/record/store';
import { downloadFile as download } from '../../components/download-file';
import { trainingToClear } from '../../components/record/training-to-clear';

/** Rows per page: the page never holds more than this many entries, whatever the record's size. */
export const PAGE_SIZE = 50;

/** Thin glue: all messaging and file handling for the record page; the components only render. */
function App() {
  const [view, setView] = useState<RecordView | null>(null);
  // ?training=show (the training index's "Open the record"): training entries shown from the start.
  const [filter, setFilter] = useState<EntryFilter>(() => ({ includeTraining: showTrainingAtStart(location.search), showShown: false }));
  const [caseRef, setCaseRef] = useState('');
  const [selectedCase, setSelectedCase] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [reports, setReports] = useState<Partial<Record<Mode, VerifyReport>>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const request = useRef(0);

  const fail = (error: ResultError) => setStatus({ kind: 'error', text: t('record_status_error', errorText(error)) });

  // The background filters, counts and pages; the page receives the figures and one page of rows.
  const refresh = useCallback(async () => {
    const mine = ++request.current;
    const result = await send('record.view', { filter, caseRef: caseRef || null, caseKey: selectedCase, page, pageSize: PAGE_SIZE });
    if (mine !== request.current) return; // a newer request is on its way
    if (!result.ok) return fail(result.error);
    setView(result.value);
  }, [filter, caseRef, selectedCase, page]);

  useEffect(() => {
    void refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !Object.keys(changes).some((k) => k.startsWith('record:'))) return;
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), 250); // a burst of appends is one refresh
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [refresh]);

  // #clear-training (the training index's "Clear the training entries"): the section is drawn after the
  // first answer, too late for the browser's own jump, so go there once it exists.
  const jumped = useRef(false);
  useEffect(() => {
    if (view === null || jumped.current || location.hash !== '#clear-training') return;
    jumped.current = true;
    document.getElementById('clear-training')?.scrollIntoView();
    document.querySelector<HTMLButtonElement>('#clear-training button')?.focus();
  }, [view]);

  const withBusy = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  const stamp = () => localDate(new Date().toISOString());

  return (
    <RecordPage
      view={view}
      filter={filter}
      caseRef={caseRef}
      selectedCase={selectedCase}
      reports={reports}
      status={status}
      busy={busy}
      managersHref="/managers.html"
      onFilterChange={(next) => {
        setPage(1);
        setFilter(next);
      }}
      onSearchCaseRef={(ref) => {
        setSelectedCase(null);
        setPage(1);
        setCaseRef(ref);
      }}
      onSelectCase={setSelectedCase}
      onPage={setPage}
      onExportSummary={(options) =>
        void withBusy(async () => {
          const result = await send('record.summaryExport', options);
          if (!result.ok) return fail(result.error);
          const name = `summary-for-managers-${result.value.exportedMonth}-${result.value.exportId.slice(0, 6)}.json`;
          download(name, 'application/json', JSON.stringify(result.value, null, 2));
          setStatus({ kind: 'success', text: t('mi_status_summary_exported', name) });
        })
      }
      onExportCsv={() =>
        void withBusy(async () => {
          // The whole record (not one page): asked for only when the user exports.
          const result = await send('record.list', { mode: 'all', caseRef: null });
          if (!result.ok) return fail(result.error);
          const name = `acknowledgement-record-${stamp()}.csv`;
          download(name, 'text/csv;charset=utf-8', toCsv(filterEntries(result.value.entries, { includeTraining: filter.includeTraining })));
          setStatus({ kind: 'success', text: t('record_status_exported', name) });
        })
      }
      onExportJson={() =>
        void withBusy(async () => {
          const result = await send('record.export', { includeTraining: filter.includeTraining });
          if (!result.ok) return fail(result.error);
          const name = `acknowledgement-record-${stamp()}.json`;
          download(name, 'application/json', JSON.stringify(result.value, null, 2));
          setStatus({ kind: 'success', text: t('record_status_exported', name) });
        })
      }
      onPrint={() => window.print()}
      onVerify={() =>
        void withBusy(async () => {
          const next: Partial<Record<Mode, VerifyReport>> = {};
          for (const mode of filter.includeTraining ? (['live', 'training'] as const) : (['live'] as const)) {
            const result = await send('record.verify', { mode });
            if (!result.ok) return fail(result.error);
            next[mode] = result.value;
          }
          setReports(next);
          setStatus({ kind: 'info', text: t('record_status_verified') });
        })
      }
      onImport={(file) =>
        void withBusy(async () => {
          const result = await send('record.import', { text: await file.text() });
          if (!result.ok) return fail(result.error);
          setStatus({ kind: 'success', text: t('record_status_imported', [String(result.value.added), String(result.value.duplicates)]) });
          await refresh();
        })
      }
      onListTraining={async () => {
        const result = await send('record.list', { mode: 'training', caseRef: null });
        if (!result.ok) {
          fail(result.error);
          return null;
        }
        return trainingToClear(result.value.entries);
      }}
      onExportTraining={(listed) => {
        const name = `training-entries-${stamp()}.csv`;
        download(name, 'text/csv;charset=utf-8', toCsv(listed.entries));
        setStatus({ kind: 'success', text: t('record_status_training_exported', [String(listed.count), name]) });
      }}
      onClearTraining={(listed) =>
        void withBusy(async () => {
          const result = await send('record.clearTraining', { maxSeq: listed.maxSeq });
          if (!result.ok) return fail(result.error);
          setStatus({ kind: 'success', text: t('record_status_cleared', String(result.value.removed)) });
          await refresh();
        })
      }
    />
  );
}

function showTrainingAtStart(search: string): boolean {
  return new URLSearchParams(search).get('training') === 'show';
}

void startInUserLanguage('record_page_title').then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
