import '../../lib/zod-config';
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { RecordPage } from '../../components/record/RecordPage';
import type { Status } from '../../components/record/StatusMessage';
import '../../components/record/record.css';
import { errorText } from '../../lib/i18n/error-text';
import { t } from '../../lib/i18n/t';
import { send } from '../../lib/messaging/client';
import type { VerifyReport } from '../../lib/record/chain';
import { toCsv } from '../../lib/record/csv';
import type { QuarantineItem } from '../../lib/record/load';
import { filterEntries, localDate, type EntryFilter } from '../../lib/record/query';
import type { ResultError } from '../../lib/record/result';
import type { Mode, RecordEntry } from '../../lib/record/schema';

/** Thin glue: all messaging and file handling for the record page; the components only render. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function App() {
  const [loading, setLoading] = useState(true);
  const [entries, setEntries] = useState<RecordEntry[]>([]);
  const [quarantine, setQuarantine] = useState<QuarantineItem[]>([]);
  const [futureVersion, setFutureVersion] = useState<number | null>(null);
  const [filter, setFilter] = useState<EntryFilter>({ includeTraining: false });
  const [caseRef, setCaseRef] = useState('');
  const [selectedCase, setSelectedCase] = useState<string | null>(null);
  const [reports, setReports] = useState<Partial<Record<Mode, VerifyReport>>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (error: ResultError) => setStatus({ kind: 'error', text: t('record_status_error', errorText(error)) });

  const refresh = useCallback(async (ref: string) => {
    const result = await send('record.list', { mode: 'all', caseRef: ref || null });
    setLoading(false);
    if (!result.ok) return fail(result.error);
    setEntries(result.value.entries);
    setQuarantine(result.value.quarantine);
    setFutureVersion(result.value.futureVersion);
  }, []);

  useEffect(() => {
    document.title = t('record_page_title');
    void refresh(caseRef);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((k) => k.startsWith('record:'))) void refresh(caseRef);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [caseRef, refresh]);

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
      loading={loading}
      entries={entries}
      quarantine={quarantine}
      futureVersion={futureVersion}
      filter={filter}
      caseRef={caseRef}
      selectedCase={selectedCase}
      reports={reports}
      status={status}
      busy={busy}
      onFilterChange={setFilter}
      onSearchCaseRef={(ref) => {
        setSelectedCase(null);
        setCaseRef(ref);
      }}
      onSelectCase={setSelectedCase}
      onExportCsv={() => {
        const name = `acknowledgement-record-${stamp()}.csv`;
        download(name, 'text/csv;charset=utf-8', toCsv(filterEntries(entries, { includeTraining: filter.includeTraining })));
        setStatus({ kind: 'success', text: t('record_status_exported', name) });
      }}
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
          await refresh(caseRef);
        })
      }
      onClearTraining={() =>
        void withBusy(async () => {
          const result = await send('record.clearTraining', {});
          if (!result.ok) return fail(result.error);
          setStatus({ kind: 'success', text: t('record_status_cleared', String(result.value.removed)) });
          await refresh(caseRef);
        })
      }
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
