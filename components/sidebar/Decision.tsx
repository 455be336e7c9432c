import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../lib/i18n/t';
import { DECISION_OUTCOMES, DECISION_REASONS, followOns } from '../../lib/prompts/outcomes';
import type { Prompt, PromptLang } from '../../lib/prompts/types';
import type { Role } from '../../lib/roles';
import { DecisionForm } from './DecisionForm';
import { formatRecordedAt, outcomeLabel, reasonLabel } from './labels';
import { DetailToggle, PromptDetails, sayLine } from './PromptDetails';
import { promptState } from './status';
import type { Acknowledgement, AcknowledgeResult, LatestAcknowledgement, Submit } from './types';

interface Props {
  prompt: Prompt;
  role: Role;
  lang: PromptLang;
  status: LatestAcknowledgement | undefined;
  /**
   * Presenter mode (large text on a shared screen): "what to say" goes under the choice and the private
   * note is one click away (nobody types a private note on a projector), so that the choice and Record
   * stay above the fold of a 1366x768 screen.
   */
  presenter?: boolean;
  onAcknowledge(ack: Acknowledgement, event: Submit): Promise<AcknowledgeResult>;
}

type Editing = 'no' | 'change' | 'next';

/** The one decision for a case: the role's sentence, the choice and Record, then the detail a click away. */
export function Decision({ prompt, role, lang, status: given, presenter, onAcknowledge }: Props) {
  const base = useId();
  const copy = prompt.text[lang];
  const say = sayLine(prompt, lang);
  const [editing, setEditing] = useState<Editing>('no');
  const [open, setOpen] = useState(false);
  // Shown until the container passes the stored status back, so a success is never invisible.
  const [justRecorded, setJustRecorded] = useState<LatestAcknowledgement | undefined>();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [focusStatus, setFocusStatus] = useState(false);

  useEffect(() => {
    if (focusStatus) statusRef.current?.focus();
    setFocusStatus(false);
  }, [focusStatus]);

  const status = pickLatest(given, justRecorded);
  const state = promptState(prompt, status);
  const showForm = editing !== 'no' || state !== 'recorded';
  const next = editing === 'next' && status ? followOns(status.outcome) : [];

  const sayBlock = say && (
    <p className="dor-say">
      <strong>{t('sidebar_say_prefix')}</strong> <span lang={lang}>{say}</span>
    </p>
  );

  function recorded(ack: Acknowledgement) {
    setJustRecorded({ outcome: ack.outcome, ...(ack.reason ? { reason: ack.reason } : {}), at: new Date().toISOString(), promptVersion: ack.promptVersion });
    setEditing('no');
    setFocusStatus(true);
  }

  return (
    <div className="dor-decision">
      <p className="dor-decision__sentence" id={`${base}-sentence`} lang={lang}>
        {copy.summary}
      </p>
      {!presenter && sayBlock}

      {status && (state !== 'recorded' || editing === 'no') && (
        <p className="dor-status__text" ref={statusRef} tabIndex={-1}>
          {t(state === 'changed' ? 'sidebar_status_previous' : 'sidebar_status_recorded', [outcomeLabel(status.outcome), formatRecordedAt(status.at)])}
          {status.reason && <> {t('sidebar_status_reason', reasonLabel(status.reason))}</>}
        </p>
      )}
      {state === 'changed' && editing === 'no' && <p className="dor-hint">{t('sidebar_prompt_changed_hint')}</p>}

      {state === 'recorded' && editing === 'no' && status && (
        <div className="dor-actions">
          {followOns(status.outcome).length > 0 && (
            <button type="button" className="dor-button dor-button--secondary" onClick={() => setEditing('next')}>
              {t('sidebar_record_next')}
            </button>
          )}
          <button type="button" className="dor-link-button" onClick={() => setEditing('change')}>
            {t('sidebar_change')}
            <span className="dor-visually-hidden" lang={lang}>: {copy.summary}</span>
          </button>
        </div>
      )}

      {showForm && (
        <DecisionForm
          key={editing}
          promptId={prompt.id}
          promptVersion={prompt.version}
          outcomes={editing === 'next' ? next : DECISION_OUTCOMES[role]}
          reasons={DECISION_REASONS}
          legend={t(editing === 'next' ? 'sidebar_next_legend' : 'sidebar_outcome_legend')}
          previous={editing === 'change' ? status : undefined}
          onAcknowledge={onAcknowledge}
          onRecorded={recorded}
          onCancel={editing === 'no' ? undefined : () => setEditing('no')}
          focusOnMount={editing !== 'no'}
          noteFolded={presenter}
        />
      )}

      {presenter && sayBlock}
      <DetailToggle open={open} controls={`${base}-detail`} label={t('sidebar_detail_toggle')} summary={copy.summary} lang={lang} onToggle={() => setOpen(!open)} />
      <div className="dor-task__detail" id={`${base}-detail`} hidden={!open}>
        {/* Rendered only when open, so hidden links never take focus. */}
        {open && <PromptDetails prompt={prompt} lang={lang} sayShown={say !== undefined} />}
      </div>
    </div>
  );
}

/** The container's status wins once it is at least as new as the one recorded here. */
export function pickLatest(given: LatestAcknowledgement | undefined, local: LatestAcknowledgement | undefined): LatestAcknowledgement | undefined {
  if (!local) return given;
  if (!given) return local;
  return Date.parse(given.at) >= Date.parse(local.at) ? given : local;
}
