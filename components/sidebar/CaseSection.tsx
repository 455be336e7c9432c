import { useEffect, useId, useState } from 'react';
import { t } from '../../lib/i18n/t';
import type { PromptLang } from '../../lib/prompts/types';
import type { Role } from '../../lib/roles';
import { Checklist } from './Checklist';
import { Decision } from './Decision';
import { EvidenceDisclosure } from './EvidenceDisclosure';
import { formatRecordedAt, outcomeLabel } from './labels';
import type { Acknowledgement, AcknowledgeResult, CaseView, EvidenceRef, Submit } from './types';

interface Props {
  view: CaseView;
  role: Role;
  lang: PromptLang;
  startOpen: boolean;
  /** The whole panel is collapsed: nothing in it is on screen. */
  panelCollapsed: boolean;
  onAcknowledge(caseKey: string, ack: Acknowledgement, event: Submit): Promise<AcknowledgeResult>;
  onShowEvidence(ref: EvidenceRef): void;
  onShown(caseKey: string): void;
  /** One of several cases on the page: its checklist starts folded. */
  onList?: boolean;
  /** Presenter mode (large text): the decision's choice keeps its place above "what to say". */
  presenter?: boolean;
}

/** One matching case: its reference and offence, then (when open) the decision, the evidence and the checklist. */
export function CaseSection({ view, role, lang, startOpen, panelCollapsed, onAcknowledge, onShowEvidence, onShown, onList, presenter }: Props) {
  const base = useId();
  // A page with one case has nothing to fold: its decision (or what was recorded) is always in view.
  const [folded, setFolded] = useState(!startOpen);
  const open = !onList || !folded;
  const offence = view.offences[0];
  const decisionStatus = view.decision ? view.statuses[view.decision.id] : undefined;

  useEffect(() => {
    if (open && !panelCollapsed) onShown(view.key);
  }, [open, panelCollapsed, onShown, view.key]);

  const acknowledge = (ack: Acknowledgement, event: Submit) => onAcknowledge(view.key, ack, event);
  const title = view.ref ? t('sidebar_case_heading', view.ref) : t('sidebar_case_heading_no_ref');
  let statusLine: string;
  const some = view.defendants && view.defendants.withOrder < view.defendants.count ? view.defendants : null;
  if (view.plan.status === 'order-on-page')
    statusLine = some ? t('sidebar_status_order_on_page_some', [String(some.withOrder), String(some.count)]) : t('sidebar_status_order_on_page');
  else if (view.plan.presentation === 'indicator' && !decisionStatus) statusLine = t('sidebar_status_too_early');
  else if (decisionStatus) statusLine = t('sidebar_status_recorded', [outcomeLabel(decisionStatus.outcome), formatRecordedAt(decisionStatus.at)]);
  else statusLine = t('sidebar_tag_open');

  return (
    <section className="dor-case" aria-labelledby={`${base}-heading`} data-open={open ? 'true' : 'false'} data-on-list={onList ? 'true' : 'false'}>
      <h3 className="dor-case__heading" id={`${base}-heading`}>
        {onList ? (
          <button
            type="button"
            className="dor-case__toggle"
            aria-expanded={open}
            aria-controls={`${base}-body`}
            onClick={() => setFolded(open)}
          >
            {title}
          </button>
        ) : (
          title
        )}
      </h3>
      <p className="dor-case__offence">
        {offence ? t('sidebar_case_offence', [offence.citation, offence.title]) : t('sidebar_recognised_unknown')}
        {view.offences.length > 1 && <> {t('sidebar_case_more_offences', String(view.offences.length - 1))}</>}
      </p>
      {!open && <p className="dor-case__status">{statusLine}</p>}
      <div className="dor-case__body" id={`${base}-body`} hidden={!open}>
        {open && (
          <>
            {view.plan.status === 'order-on-page' && <p className="dor-case__status">{statusLine}</p>}
            {view.decision && (
              <Decision prompt={view.decision} role={role} lang={lang} status={decisionStatus} presenter={presenter} onAcknowledge={acknowledge} />
            )}
            <EvidenceDisclosure offences={view.offences} onShowEvidence={(ref) => onShowEvidence({ ...ref, caseKey: view.key })} />
            <Checklist prompts={view.checklist} role={role} lang={lang} statuses={view.statuses} onAcknowledge={acknowledge} folded={onList} />
          </>
        )}
      </div>
    </section>
  );
}
