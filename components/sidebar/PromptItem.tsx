import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n/t';
import type { Prompt, PromptLang } from '../../lib/prompts/types';
import { AcknowledgeForm } from './AcknowledgeForm';
import { PromptDetail, PromptWarning } from './PromptDetail';
import { formatRecordedAt, outcomeLabel, reasonLabel } from './labels';
import { promptState, type PromptState } from './status';
import type { Acknowledgement, AcknowledgeResult, PromptStatus } from './types';

interface Props {
  prompt: Prompt;
  lang: PromptLang;
  status: PromptStatus | undefined;
  onAcknowledge(ack: Acknowledgement, event: FormEvent<HTMLFormElement>): Promise<AcknowledgeResult>;
}

const TAG_KEY: Record<PromptState, string> = {
  open: 'sidebar_tag_open',
  recorded: 'sidebar_tag_recorded',
  deferred: 'sidebar_tag_deferred',
  changed: 'sidebar_tag_changed',
};

/** One task-list row: the reminder, its detail and sources, and the decision the user records. */
export function PromptItem({ prompt, lang, status: given, onAcknowledge }: Props) {
  const base = useId();
  const copy = prompt.text[lang];
  const [open, setOpen] = useState(false);
  const [changing, setChanging] = useState(false);
  // Shown until the container passes the stored status back, so a success is never invisible.
  const [justRecorded, setJustRecorded] = useState<PromptStatus | undefined>();

  const statusRef = useRef<HTMLParagraphElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<'status' | 'change' | undefined>();

  // The form the user was in disappears after recording or cancelling: put focus somewhere sensible.
  useEffect(() => {
    if (focusAfter === 'status') statusRef.current?.focus();
    if (focusAfter === 'change') changeRef.current?.focus();
    if (focusAfter) setFocusAfter(undefined);
  }, [focusAfter]);

  const status = pickLatest(given, justRecorded);
  const state = promptState(prompt, status);
  const showForm = changing || state === 'open' || state === 'changed';

  function recorded(ack: Acknowledgement) {
    setJustRecorded({
      outcome: ack.outcome,
      ...(ack.reason ? { reason: ack.reason } : {}),
      at: new Date().toISOString(),
      promptVersion: ack.promptVersion,
    });
    setChanging(false);
    setFocusAfter('status');
  }

  const ids = { summary: `${base}-summary`, detail: `${base}-detail` };

  return (
    <li className="dor-task" data-state={state}>
      <div className="dor-task__head">
        <h3 className="dor-task__summary" id={ids.summary}>
          {copy.summary}
        </h3>
        <strong className={`dor-tag dor-tag--${state}`}>{t(TAG_KEY[state])}</strong>
      </div>

      <PromptWarning prompt={prompt} lang={lang} />

      <button
        type="button"
        className="dor-link-button"
        aria-expanded={open}
        aria-controls={ids.detail}
        onClick={() => setOpen(!open)}
      >
        {t('sidebar_detail_toggle')}
        <span className="dor-visually-hidden">: {copy.summary}</span>
      </button>
      <div className="dor-task__detail" id={ids.detail} hidden={!open}>
        {/* Rendered only when open, so hidden links never take focus. */}
        {open && <PromptDetail prompt={prompt} lang={lang} />}
      </div>

      {state === 'changed' && !changing && <p className="dor-hint">{t('sidebar_prompt_changed_hint')}</p>}

      {status && state !== 'changed' && !changing && (
        <div className="dor-status">
          <p className="dor-status__text" ref={statusRef} tabIndex={-1}>
            {t('sidebar_status_recorded', [
              outcomeLabel(status.outcome),
              formatRecordedAt(status.at),
            ])}
            {status.reason && <> {t('sidebar_status_reason', reasonLabel(status.reason))}</>}
          </p>
          <button type="button" className="dor-link-button" ref={changeRef} onClick={() => setChanging(true)}>
            {t('sidebar_change')}
            <span className="dor-visually-hidden">: {copy.summary}</span>
          </button>
        </div>
      )}

      {showForm && (
        <AcknowledgeForm
          prompt={prompt}
          previous={changing ? status : undefined}
          onAcknowledge={onAcknowledge}
          onRecorded={recorded}
          onCancel={
            changing
              ? () => {
                  setChanging(false);
                  setFocusAfter('change');
                }
              : undefined
          }
          focusOnMount={changing}
        />
      )}
    </li>
  );
}

/** The container's status wins once it is at least as new as the one recorded here. */
function pickLatest(given: PromptStatus | undefined, local: PromptStatus | undefined): PromptStatus | undefined {
  if (!local) return given;
  if (!given) return local;
  return Date.parse(given.at) >= Date.parse(local.at) ? given : local;
}
