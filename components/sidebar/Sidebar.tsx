import { useId } from 'react';
import { t } from '../../lib/i18n/t';
import { PROMPTS_VERSION } from '../../lib/prompts/version';
import type { PromptLang } from '../../lib/prompts/types';
import { EvidenceDisclosure } from './EvidenceDisclosure';
import { PromptItem } from './PromptItem';
import { landmarkLabel, offenceLabel, roleLabel } from './labels';
import { allRecorded } from './status';
import type { SidebarProps } from './types';

export type {
  Acknowledgement,
  AcknowledgeResult,
  EvidenceRef,
  PromptStatus,
  SidebarProps,
} from './types';

/** Only English prompt text exists so far (see lib/prompts/types.ts). */
const LANG: PromptLang = 'en';

/**
 * The in-page reminder. Presentational only: no browser APIs and no storage. The container (the
 * content script) owns state, records acknowledgements and decides when to open or collapse it.
 */
export function Sidebar(props: SidebarProps) {
  const { detection, role, prompts, statuses, training, presenter, collapsed } = props;
  const bodyId = useId();
  const offences = detection.offences;
  const done = allRecorded(prompts, statuses);

  return (
    <aside
      role="complementary"
      className="dor-sidebar"
      aria-label={landmarkLabel(offences)}
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
          {training && (
            <p className="dor-training" role="note">
              <strong className="dor-training__tag">{t('sidebar_training_tag')}</strong> {t('sidebar_training_text')}
            </p>
          )}
          <h2 className="dor-title">{t('sidebar_title')}</h2>
          <p className="dor-recognised__lead">
            {t(detection.verdict === 'match' ? 'sidebar_recognised_match' : 'sidebar_recognised_possible')}
          </p>
          {offences.length > 0 ? (
            <ul className="dor-list dor-recognised">
              {offences.map((o) => (
                <li key={o.id}>{offenceLabel(o)}</li>
              ))}
            </ul>
          ) : (
            <p className="dor-recognised">{t('sidebar_recognised_unknown')}</p>
          )}
          <p className="dor-meta">{t('sidebar_role_line', roleLabel(role))}</p>
          <EvidenceDisclosure offences={offences} onShowEvidence={props.onShowEvidence} />
        </header>

        {done && (
          <p className="dor-all-done">{t('sidebar_all_recorded', String(prompts.length))}</p>
        )}

        <ol className="dor-tasks" aria-label={t('sidebar_tasks_label')}>
          {prompts.map((prompt) => (
            <PromptItem
              key={`${prompt.id}@${prompt.version}`}
              prompt={prompt}
              lang={LANG}
              status={statuses[prompt.id]}
              onAcknowledge={props.onAcknowledge}
            />
          ))}
        </ol>

        <footer className="dor-footer">
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
