import { useId, useState } from 'react';
import { t } from '../../lib/i18n/t';
import { checklistCodes, type OutcomeCode } from '../../lib/prompts/outcomes';
import type { Prompt, PromptLang } from '../../lib/prompts/types';
import type { Role } from '../../lib/roles';
import { pickLatest } from './Decision';
import { formatRecordedAt, outcomeLabel } from './labels';
import { DetailToggle, isUncertain, PromptDetails } from './PromptDetails';
import { promptState } from './status';
import type { Acknowledgement, AcknowledgeResult, LatestAcknowledgement, Submit } from './types';

interface Props {
  prompts: readonly Prompt[];
  role: Role;
  lang: PromptLang;
  statuses: Readonly<Record<string, LatestAcknowledgement>>;
  onAcknowledge(ack: Acknowledgement, event: Submit): Promise<AcknowledgeResult>;
  /** On a list of several cases the points start folded, so every case's heading stays near the top. */
  folded?: boolean;
}

/** The supporting points: a GOV.UK task list, one line per point, each with one tick and a "not relevant" toggle. */
export function Checklist({ prompts, role, lang, statuses, onAcknowledge, folded = false }: Props) {
  const headingId = useId();
  const [open, setOpen] = useState(!folded);
  if (prompts.length === 0) return null;
  const title = t(role === 'trainer' ? 'sidebar_checklist_title_trainer' : 'sidebar_checklist_title');
  return (
    <div className="dor-checklist">
      <h4 className="dor-checklist__title" id={headingId}>
        {folded ? (
          <button type="button" className="dor-link-button" aria-expanded={open} aria-controls={`${headingId}-list`} onClick={() => setOpen(!open)}>
            {t('sidebar_checklist_count', [title, String(prompts.length)])}
          </button>
        ) : (
          title
        )}
      </h4>
      <ul className="dor-tasks" id={`${headingId}-list`} aria-labelledby={headingId} hidden={!open}>
        {prompts.map((prompt) => (
          <ChecklistItem
            key={`${prompt.id}@${prompt.version}`}
            prompt={prompt}
            role={role}
            lang={lang}
            status={statuses[prompt.id]}
            onAcknowledge={onAcknowledge}
          />
        ))}
      </ul>
    </div>
  );
}

interface ItemProps {
  prompt: Prompt;
  role: Role;
  lang: PromptLang;
  status: LatestAcknowledgement | undefined;
  onAcknowledge(ack: Acknowledgement, event: Submit): Promise<AcknowledgeResult>;
}

/**
 * One point. Both controls are submit buttons of the line's own small form, so a tick is recorded
 * only from a real click or key press on it (the same check as the decision's Record button).
 */
function ChecklistItem({ prompt, role, lang, status: given, onAcknowledge }: ItemProps) {
  const base = useId();
  const copy = prompt.text[lang];
  const codes = checklistCodes(role);
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const [local, setLocal] = useState<LatestAcknowledgement | undefined>();
  const status = pickLatest(given, local);
  const state = promptState(prompt, status);
  const current = state === 'recorded' ? status?.outcome : undefined;
  const notRelevant = current === codes.notRelevant;
  const done = current !== undefined && !notRelevant;

  async function submit(event: Submit) {
    event.preventDefault();
    if (pending) return;
    const which = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value');
    let outcome: OutcomeCode;
    if (which === 'done') outcome = done ? 'reopened' : codes.done;
    else if (which === 'not-relevant') outcome = notRelevant ? 'reopened' : codes.notRelevant;
    else return;
    const reason = outcome === codes.notRelevant ? codes.notRelevantReason : null;
    const ack: Acknowledgement = { promptId: prompt.id, promptVersion: prompt.version, outcome, ...(reason ? { reason } : {}) };
    setPending(true);
    setFailure(undefined);
    let result: AcknowledgeResult;
    try {
      result = await onAcknowledge(ack, event);
    } catch {
      result = { ok: false, message: t('sidebar_error_record_failed') };
    }
    setPending(false);
    if (result.ok) setLocal({ outcome, ...(ack.reason ? { reason: ack.reason } : {}), at: new Date().toISOString(), promptVersion: prompt.version });
    else setFailure(result.message || t('sidebar_error_record_failed'));
  }

  const summaryId = `${base}-summary`;
  const tagKey = notRelevant ? 'sidebar_tag_not_relevant' : done ? 'sidebar_tag_done' : state === 'changed' ? 'sidebar_tag_changed' : state === 'deferred' ? 'sidebar_tag_deferred' : 'sidebar_tag_open';

  return (
    <li className="dor-task" data-state={notRelevant ? 'not-relevant' : done ? 'done' : state}>
      <form className="dor-task__line" noValidate onSubmit={submit} aria-labelledby={summaryId}>
        <button
          type="submit"
          value="done"
          role="checkbox"
          aria-checked={done}
          className="dor-check"
          disabled={pending}
        >
          <span className="dor-check__box" aria-hidden="true" />
          <span className="dor-visually-hidden">{t(role === 'trainer' ? 'sidebar_check_discussed' : 'sidebar_check_done')}: </span>
          <span className="dor-check__label" id={summaryId} lang={lang}>
            {copy.summary}
          </span>
        </button>
        <div className="dor-task__meta">
          <strong className={`dor-tag dor-tag--${notRelevant || done ? 'recorded' : state}`}>
            {t(tagKey)}
            {status && current !== undefined && current !== codes.done && current !== codes.notRelevant && (
              <>: {outcomeLabel(current)}</>
            )}
            {status && current !== undefined && <span className="dor-visually-hidden"> {formatRecordedAt(status.at)}</span>}
          </strong>
          {isUncertain(prompt, lang) && <strong className="dor-tag dor-tag--uncertain">{t('sidebar_uncertain_marker')}</strong>}
          <DetailToggle open={open} controls={`${base}-detail`} label={t('sidebar_detail_toggle_short')} summary={copy.summary} lang={lang} onToggle={() => setOpen(!open)} />
          <button type="submit" value="not-relevant" aria-pressed={notRelevant} className="dor-toggle" disabled={pending}>
            {t(role === 'trainer' ? 'sidebar_toggle_skip' : 'sidebar_toggle_not_relevant')}
            <span className="dor-visually-hidden" lang={lang}>: {copy.summary}</span>
          </button>
        </div>
        {failure && (
          <p className="dor-error-message dor-failure" role="alert">
            {failure}
          </p>
        )}
      </form>
      <div className="dor-task__detail" id={`${base}-detail`} hidden={!open}>
        {open && <PromptDetails prompt={prompt} lang={lang} />}
      </div>
    </li>
  );
}
