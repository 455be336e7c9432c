import { useEffect, useId, useRef, useState, type FormEvent, type MouseEvent, type RefObject } from 'react';
import { t } from '../../lib/i18n/t';
import type { Prompt } from '../../lib/prompts/types';
import { OUTCOMES_NEEDING_REASON, type OutcomeCode, type ReasonCode } from '../../lib/prompts/outcomes';
import { outcomeLabel, reasonLabel } from './labels';
import type { Acknowledgement, AcknowledgeResult, PromptStatus } from './types';

export const NOTE_MAX_LENGTH = 500;

interface Props {
  prompt: Prompt;
  /** Pre-fills the answer when the user changes an earlier one (WCAG 2.2 3.3.7). */
  previous?: PromptStatus;
  onAcknowledge(ack: Acknowledgement, event: FormEvent<HTMLFormElement>): Promise<AcknowledgeResult>;
  onRecorded(ack: Acknowledgement): void;
  onCancel?: () => void;
  /** Move focus into the form when it opens in place of the Change button (which then disappears). */
  focusOnMount?: boolean;
}

interface Errors {
  outcome?: string;
  reason?: string;
}

/** GOV.UK-style question: outcome radios, a reason when the outcome needs one, an optional note. */
export function AcknowledgeForm({ prompt, previous, onAcknowledge, onRecorded, onCancel, focusOnMount }: Props) {
  const base = useId();
  const [outcome, setOutcome] = useState<OutcomeCode | undefined>(
    previous && prompt.outcomes.includes(previous.outcome) ? previous.outcome : undefined,
  );
  const [reason, setReason] = useState<ReasonCode | ''>(previous?.reason ?? '');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const firstOutcomeRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLSelectElement>(null);

  // GOV.UK error summary: move focus to it after a failed submit so screen-reader users hear it.
  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  const checkedRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnMount) (checkedRef.current ?? firstOutcomeRef.current)?.focus();
    // Only on mount.
  }, []);

  const needsReason = outcome !== undefined && OUTCOMES_NEEDING_REASON.includes(outcome);
  const ids = {
    legend: `${base}-legend`,
    firstOutcome: `${base}-outcome-0`,
    outcomeError: `${base}-outcome-error`,
    reason: `${base}-reason`,
    reasonError: `${base}-reason-error`,
    note: `${base}-note`,
    noteHint: `${base}-note-hint`,
  };

  function validate(): Errors {
    const found: Errors = {};
    if (!outcome) found.outcome = t('sidebar_error_outcome');
    else if (needsReason && !reason) found.reason = t('sidebar_error_reason');
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const found = validate();
    setErrors(found);
    if (found.outcome || found.reason || !outcome) {
      setAttempt((n) => n + 1);
      return;
    }
    const trimmed = note.trim();
    const ack: Acknowledgement = {
      promptId: prompt.id,
      promptVersion: prompt.version,
      outcome,
      ...(needsReason && reason ? { reason } : {}),
      ...(trimmed ? { note: trimmed.slice(0, NOTE_MAX_LENGTH) } : {}),
    };
    setPending(true);
    setFailure(undefined);
    let result: AcknowledgeResult;
    try {
      result = await onAcknowledge(ack, event);
    } catch {
      result = { ok: false, message: t('sidebar_error_record_failed') };
    }
    setPending(false);
    // On failure nothing is cleared: the user's answer stays in the form for another try.
    if (result.ok) onRecorded(ack);
    else setFailure(result.message || t('sidebar_error_record_failed'));
  }

  function focusField(ref: RefObject<HTMLElement | null>) {
    return (event: MouseEvent) => {
      // Fragment links cannot reach into a shadow root (and would change the page's URL): focus by hand.
      event.preventDefault();
      ref.current?.focus();
    };
  }

  const hasErrors = Boolean(errors.outcome || errors.reason);

  return (
    <form className="dor-form" noValidate onSubmit={submit} aria-labelledby={ids.legend}>
      {hasErrors && (
        <div className="dor-error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <p className="dor-error-summary__title">{t('sidebar_error_summary_title')}</p>
          <ul>
            {errors.outcome && (
              <li>
                <a href={`#${ids.firstOutcome}`} onClick={focusField(firstOutcomeRef)}>
                  {errors.outcome}
                </a>
              </li>
            )}
            {errors.reason && (
              <li>
                <a href={`#${ids.reason}`} onClick={focusField(reasonRef)}>
                  {errors.reason}
                </a>
              </li>
            )}
          </ul>
        </div>
      )}

      <div className={errors.outcome ? 'dor-field dor-field--error' : 'dor-field'}>
        <fieldset aria-describedby={errors.outcome ? ids.outcomeError : undefined}>
          <legend id={ids.legend}>{t('sidebar_outcome_legend')}</legend>
          {errors.outcome && (
            <p className="dor-error-message" id={ids.outcomeError}>
              <span className="dor-visually-hidden">{t('sidebar_error_prefix')} </span>
              {errors.outcome}
            </p>
          )}
          <div className="dor-radios">
            {prompt.outcomes.map((code, i) => (
              <div className="dor-radio" key={code}>
                <input
                  type="radio"
                  id={`${base}-outcome-${i}`}
                  ref={i === 0 ? firstOutcomeRef : outcome === code ? checkedRef : undefined}
                  name={`${base}-outcome`}
                  value={code}
                  checked={outcome === code}
                  onChange={() => setOutcome(code)}
                />
                <label htmlFor={`${base}-outcome-${i}`}>{outcomeLabel(code)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>

      {needsReason && (
        <div className={errors.reason ? 'dor-field dor-field--error' : 'dor-field'}>
          <label className="dor-label" htmlFor={ids.reason}>
            {t('sidebar_reason_label')}
          </label>
          {errors.reason && (
            <p className="dor-error-message" id={ids.reasonError}>
              <span className="dor-visually-hidden">{t('sidebar_error_prefix')} </span>
              {errors.reason}
            </p>
          )}
          <select
            id={ids.reason}
            ref={reasonRef}
            className="dor-select"
            value={reason}
            aria-describedby={errors.reason ? ids.reasonError : undefined}
            onChange={(e) => setReason(e.target.value as ReasonCode | '')}
          >
            <option value="">{t('sidebar_reason_placeholder')}</option>
            {prompt.reasons.map((code) => (
              <option key={code} value={code}>
                {reasonLabel(code)}
              </option>
            ))}
          </select>
        </div>
      )}

      <div className="dor-field">
        <label className="dor-label" htmlFor={ids.note}>
          {t('sidebar_note_label')}
        </label>
        <p className="dor-hint" id={ids.noteHint}>
          {t('sidebar_note_hint')}
        </p>
        <textarea
          id={ids.note}
          className="dor-textarea"
          rows={2}
          maxLength={NOTE_MAX_LENGTH}
          aria-describedby={ids.noteHint}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>

      {failure && (
        <p className="dor-error-message dor-failure" role="alert">
          {failure}
        </p>
      )}

      <div className="dor-actions">
        <button type="submit" className="dor-button" disabled={pending}>
          {pending ? t('sidebar_record_pending') : t('sidebar_record')}
        </button>
        {onCancel && (
          <button type="button" className="dor-button dor-button--secondary" onClick={onCancel} disabled={pending}>
            {t('sidebar_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
