import '../../lib/zod-config';
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ManagersPage } from '../../components/managers/ManagersPage';
import { countOf } from '../../components/managers/format';
import { codeLabel, groupLabel, promptLabel, roleLabel } from '../../components/record/labels';
import '../../components/record/record.css';
import '../../components/managers/managers.css';
import { startInUserLanguage } from '../../components/page-language';
import { t } from '../../lib/i18n/t';
import { addSummaryFiles, combinedCsv, rowsOf, type LoadedSummary, type LoadMessage, type SummaryFilter } from '../../lib/record/summary-combine';
import { formatMonth } from '../../lib/i18n/dates';
import { ukDate } from '../../lib/record/uk-time';
import { downloadFile as download } from '../../components/download-file';

/**
 * The managers' page: reads summary files chosen by the user, in this page only. No messaging, no
 * network, and from storage only the language setting: closing the page forgets the files.
 */
function App() {
  const [loaded, setLoaded] = useState<LoadedSummary[]>([]);
  // Files are read asynchronously: each batch is added to what is loaded by then, never to a stale copy.
  const current = useRef<LoadedSummary[]>([]);
  const [messages, setMessages] = useState<LoadMessage[]>([]);
  const [filter, setFilter] = useState<SummaryFilter>({ offenceGroup: '', role: '' });

  return (
    <ManagersPage
      loaded={loaded}
      messages={messages}
      filter={filter}
      onFiles={(files) =>
        void Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))).then((incoming) => {
          const result = addSummaryFiles(current.current, incoming);
          current.current = result.loaded;
          setLoaded(result.loaded);
          setMessages(result.messages);
        })
      }
      onFilter={setFilter}
      onClear={() => {
        current.current = [];
        setLoaded([]);
        setMessages([]);
      }}
      onPrint={() => window.print()}
      onCsv={() => {
        const csv = combinedCsv(rowsOf(loaded, filter), {
          month: formatMonth,
          group: groupLabel,
          role: roleLabel,
          prompt: promptLabel,
          outcome: (c) => codeLabel('outcome', c),
          reason: (c) => codeLabel('reason', c),
          count: countOf,
          columns: {
            month: t('mi_col_month'),
            offenceGroup: t('mi_col_group'),
            role: t('mi_col_role'),
            casesRecognised: t('mi_fig_cases'),
            casesWithDecision: t('mi_fig_decisions'),
            ordersMade: t('mi_fig_orders'),
            ordersSeenOnPage: t('mi_fig_seen'),
            deferrals: t('mi_fig_deferrals'),
          },
        });
        download(`summary-for-managers-combined-${ukDate(Date.now())}.csv`, 'text/csv;charset=utf-8', csv);
      }}
    />
  );
}

void startInUserLanguage('mi_page_title').then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
