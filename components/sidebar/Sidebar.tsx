import { useId } from 'react';
import { currentLanguage, t } from '../../lib/i18n/t';
import { PROMPTS_VERSION } from '../../lib/prompts/version';
import { CaseSection } from './CaseSection';
import { landmarkLabel, roleLabel } from './labels';
import { RoleChooser } from './RoleChooser';
import { caseStartsOpen } from './status';
import type { SidebarProps } from './types';

export type { Acknowledgement, AcknowledgeResult, CaseView, EvidenceRef, LatestAcknowledgement, SidebarProps } from './types';

/**
 * The in-page reminder. Presentational only: no browser APIs and no storage. The container owns state,
 * records acknowledgements and decides when to open or collapse it. One decision per case comes first;
 * the supporting points are a checklist under it; on a list, one section per matching case.
 */
export function Sidebar(props: SidebarProps) {
  const { detection, role, cases, training, presenter, collapsed } = props;
  const bodyId = useId();
  // On a list, the cases that still need a decision come first (the decision first, in view at load),
  // the rest keep the page's order; only the first of them starts open, the rest are one line each.
  const ordered = [...cases.filter((c) => caseStartsOpen(c)), ...cases.filter((c) => !caseStartsOpen(c))];
  const firstOpen = ordered.findIndex((c) => caseStartsOpen(c));
  // The prompts' legal text may be in another language than the interface (lib/i18n/languages.ts).
  const language = currentLanguage();

  return (
    <aside
      role="complementary"
      className="dor-sidebar"
      lang={language.tag}
      aria-label={landmarkLabel(detection.offences)}
      data-collapsed={collapsed ? 'true' : 'false'}
      data-presenter={presenter ? 'true' : 'false'}
      data-training={training ? 'true' : 'false'}
    >
      <button
        type="button"
        className="dor-tab"
        aria-expanded={!collapsed}
        aria-controls={bodyId}
        aria-label={t(collapsed ? 'sidebar_tab_show' : 'sidebar_tab_hide')}
        onClick={() => props.onToggleCollapsed(!collapsed)}
      >
        <span className="dor-tab__text">{t('sidebar_tab_text')}</span>
      </button>

      <div id={bodyId} className="dor-body" inert={collapsed}>
        <header className="dor-header">
          {/* Where the focus shortcut lands: the heading, never the control that hides the panel. */}
          <h2 className="dor-title" tabIndex={-1} data-sidebar-focus="">
            {training && <strong className="dor-training__tag">{t('sidebar_training_tag')}</strong>} {t('sidebar_title')}
          </h2>
          {cases.length > 1 && <p className="dor-meta">{t('sidebar_cases_count', String(cases.length))}</p>}
          {props.notes?.map((note) => (
            <p className="dor-case__note" key={note}>
              {note}
            </p>
          ))}
        </header>

        {role === null ? (
          <RoleChooser onChooseRole={props.onChooseRole} />
        ) : (
          ordered.map((view, i) => (
            <CaseSection
              key={`${view.key}|${role}`}
              view={view}
              role={role}
              lang={language.prompts}
              startOpen={i === firstOpen}
              panelCollapsed={collapsed}
              presenter={presenter}
              onList={cases.length > 1}
              onAcknowledge={props.onAcknowledge}
              onShowEvidence={props.onShowEvidence}
              onShown={props.onCaseShown}
            />
          ))
        )}

        <footer className="dor-footer">
          {training && <p className="dor-meta dor-training">{t('sidebar_training_text')}</p>}
          {role && <p className="dor-meta">{t('sidebar_role_line', roleLabel(role))}</p>}
          <button type="button" className="dor-button dor-button--secondary" onClick={props.onReturnToPage}>
            {t('sidebar_return_to_page')}
          </button>
          {props.focusShortcut && <p className="dor-meta">{t('sidebar_shortcut_hint', props.focusShortcut)}</p>}
          <p className="dor-meta">{t('sidebar_footer_version', PROMPTS_VERSION)}</p>
          <p className="dor-meta">{t('sidebar_footer_disclaimer')}</p>
        </footer>
      </div>

      <div className="dor-visually-hidden" aria-live="polite" aria-atomic="true">
        {props.announce ?? ''}
      </div>
    </aside>
  );
}
