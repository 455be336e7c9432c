import { useId } from 'react';
import { t } from '../../lib/i18n/t';
import { OFFENCE_GROUPS } from '../../lib/record/offence-groups';
import { rowsOf, type LoadedSummary, type LoadMessage, type SummaryFilter } from '../../lib/record/summary-combine';
import { formatMonth } from '../../lib/i18n/dates';
import { ROLES } from '../../lib/roles';
import { groupLabel, roleLabel } from '../record/labels';
import { ManagersCharts } from './ManagersCharts';

export interface ManagersPageProps {
  loaded: readonly LoadedSummary[];
  /** What happened to the files chosen last. */
  messages: readonly LoadMessage[];
  filter: SummaryFilter;
  onFiles: (files: File[]) => void;
  onFilter: (filter: SummaryFilter) => void;
  onClear: () => void;
  onCsv: () => void;
  onPrint: () => void;
}

function messageText(m: LoadMessage): string {
  if (m.kind === 'added') return t('mi_file_added', m.name);
  if (m.kind === 'repeat') return t('mi_file_repeat', [m.name, m.sameAs]);
  return t('mi_file_refused', [m.name, m.reason]);
}

function months(l: LoadedSummary): string {
  const ms = l.file.rows.map((r) => r.month).sort();
  if (ms.length === 0) return '–';
  return ms[0] === ms.at(-1) ? formatMonth(ms[0]!) : `${formatMonth(ms[0]!)} – ${formatMonth(ms.at(-1)!)}`;
}

function Loader({ loaded, messages, onFiles, onClear }: Pick<ManagersPageProps, 'loaded' | 'messages' | 'onFiles' | 'onClear'>) {
  const id = useId();
  const problems = messages.filter((m) => m.kind !== 'added');
  return (
    <section className="rec-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="rec-h2">
        {t('mi_loaded_heading')}
      </h2>
      <div className="rec-field no-print">
        <label className="rec-label" htmlFor={`${id}-files`}>
          {t('mi_load_label')}
        </label>
        <p className="rec-hint" id={`${id}-hint`}>
          {t('mi_load_hint')}
        </p>
        <input
          id={`${id}-files`}
          className="rec-file"
          type="file"
          multiple
          accept="application/json,.json"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            if (files.length) onFiles(files);
            e.target.value = '';
          }}
        />
      </div>
      <div role="alert" className={problems.length ? 'rec-warning' : undefined} data-testid="mi-problems">
        {problems.map((m, i) => (
          <p key={i} className="rec-body rec-bold">
            {messageText(m)}
          </p>
        ))}
      </div>
      <div role="status" data-testid="mi-added">
        {messages
          .filter((m) => m.kind === 'added')
          .map((m, i) => (
            <p key={i} className="rec-status-success">
              {messageText(m)}
            </p>
          ))}
      </div>
      {loaded.length === 0 ? (
        <p className="rec-body">{t('mi_loaded_none')}</p>
      ) : (
        <>
          <ul className="rec-list" data-testid="mi-files">
            {loaded.map((l) => (
              <li key={l.file.exportId}>
                {t('mi_loaded_item', [l.file.organisation ?? t('mi_loaded_no_org'), String(l.file.rows.length), months(l), l.name])} ·{' '}
                {l.file.smallNumbers === 'protected' ? t('mi_small_protected') : t('mi_small_exact')}
                {l.file.caseRefKey === 'organisation' ? ` · ${t('mi_org_key')}` : null}
              </li>
            ))}
          </ul>
          <button type="button" className="rec-button rec-button-secondary no-print" onClick={onClear}>
            {t('mi_clear_all')}
          </button>
        </>
      )}
    </section>
  );
}

function Filters({ filter, onFilter }: Pick<ManagersPageProps, 'filter' | 'onFilter'>) {
  const id = useId();
  return (
    <section className="rec-section no-print" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="rec-h2">
        {t('mi_filters_heading')}
      </h2>
      <div className="rec-filter-grid">
        <div>
          <label className="rec-label" htmlFor={`${id}-group`}>
            {t('mi_filter_group')}
          </label>
          <select id={`${id}-group`} className="rec-select" value={filter.offenceGroup} onChange={(e) => onFilter({ ...filter, offenceGroup: e.target.value })}>
            <option value="">{t('mi_filter_all')}</option>
            {OFFENCE_GROUPS.map((g) => (
              <option key={g} value={g}>
                {groupLabel(g)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="rec-label" htmlFor={`${id}-role`}>
            {t('mi_filter_role')}
          </label>
          <select id={`${id}-role`} className="rec-select" value={filter.role} onChange={(e) => onFilter({ ...filter, role: e.target.value })}>
            <option value="">{t('mi_filter_all')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </section>
  );
}

/** Summary for managers: many users' summary files combined in this browser. */
export function ManagersPage(props: ManagersPageProps) {
  const rows = rowsOf(props.loaded, props.filter);
  return (
    <main className="rec-page" id="main">
      <h1 className="rec-h1">{t('mi_page_title')}</h1>
      <p className="rec-lead">{t('mi_page_intro')}</p>
      <div className="mi-inset" data-testid="mi-same-case">
        <p className="rec-body">{t('mi_page_same_case')}</p>
      </div>
      <Loader loaded={props.loaded} messages={props.messages} onFiles={props.onFiles} onClear={props.onClear} />
      {props.loaded.length === 0 ? (
        <p className="rec-body">{t('mi_nothing')}</p>
      ) : (
        <>
          <Filters filter={props.filter} onFilter={props.onFilter} />
          <ManagersCharts rows={rows} />
          <div className="rec-button-group no-print">
            <button type="button" className="rec-button" onClick={props.onCsv}>
              {t('mi_csv')}
            </button>
            <button type="button" className="rec-button rec-button-secondary" onClick={props.onPrint}>
              {t('mi_print')}
            </button>
          </div>
        </>
      )}
    </main>
  );
}
