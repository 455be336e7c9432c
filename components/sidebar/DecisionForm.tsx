import { useEffect, useId, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { NOTE_MAX } from '../../lib/core/record-limits';
import { t } from '../../lib/i18n/t';
import { OUTCOMES_NEEDING_REASON, type OutcomeCode, type ReasonCode } from '../../lib/prompts/outcomes';
import { outcomeLabel, reasonLabel } from './labels';
import type { Acknowledgement, AcknowledgeResult, LatestAcknowledgement, Submit } from './types';

interface Props {
  promptId: string;
  promptVersion: string;
  outcomes: readonly OutcomeCode[];
  reasons: readonly ReasonCode[];
  legend: string;
  /** Pre-fills the answer when the user changes an earlier one (WCAG 2.2 3.3.7). */
  previous?: LatestAcknowledgement;
  onAcknowledge(ack: Acknowledgement, event: Submit): Promise<AcknowledgeResult>;
  onRecorded(ack: Acknowledgement): void;
  onCancel?: () => void;
  /** Move focus into the form when it opens in place of a button (which then disappears). */
  focusOnMount?: boolean;
  /** The private note starts behind an "Add a private note" button (presenter mode). */
  noteFolded?: boolean;
}

interface Errors {
  outcome?: string;
  reason?: string;
}

/**
 * The decision as one GOV.UK question: small radios, the reason revealed under the answer that needs
 * one, one optional note, one Record button. Enter on a radio records it too (implicit submission),
 * so the keyboard path is Tab, Space, Enter.
 */
export function DecisionForm(props: Props) {
  const { outcomes, reasons, previous } = props;
  const base = useId();
  const [outcome, setOutcome] = useState<OutcomeCode | undefined>(
    previous && outcomes.includes(previous.outcome) ? previous.outcome : undefined,
  );
  const [reason, setReason] = useState<ReasonCode | ''>(previous?.reason ?? '');
  const [note, setNote] = useState('');
  const [noteOpen, setNoteOpen] = useState(!props.noteFolded);
  const [focusNote, setFocusNote] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const firstOutcomeRef = useRef<HTMLInputElement>(null);
  const checkedRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLSelectElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  // GOV.UK error summary: move focus to it after a failed submit so screen-reader users hear it.
  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);
  useEffect(() => {
    if (focusNote) noteRef.current?.focus();
    setFocusNote(false);
  }, [focusNote]);
  useEffect(() => {
    if (props.focusOnMount) (checkedRef.current ?? firstOutcomeRef.current)?.focus();
    // Only on mount.
  }, []);

  const needsReason = outcome !== undefined && OUTCOMES_NEEDING_REASON.includes(outcome);
  const ids = {
    legend: `${base}-legend`,
    outcomeError: `${base}-outcome-error`,
    reason: `${base}-reason`,
    reasonError: `${base}-reason-error`,
    note: `${base}-note`,
    noteHint: `${base}-note-hint`,
  };

  async function submit(event: Submit) {
    event.preventDefault();
    if (pending) return;
    const found: Errors = {};
    if (!outcome) found.outcome = t('sidebar_error_outcome');
    else if (needsReason && !reason) found.reason = t('sidebar_error_reason');
    setErrors(found);
    if (found.outcome || found.reason || !outcome) {
      setAttempt((n) => n + 1);
      return;
    }
    const trimmed = note.trim();
    const ack: Acknowledgement = {
      promptId: props.promptId,
      promptVersion: props.promptVersion,
      outcome,
      ...(needsReason && reason ? { reason } : {}),
      ...(trimmed ? { note: trimmed.slice(0, NOTE_MAX) } : {}),
    };
    setPending(true);
    setFailure(undefined);
    let result: AcknowledgeResult;
    try {
      result = await props.onAcknowledge(ack, event);
    } catch {
      result = { ok: false, message: t('sidebar_error_record_failed') };
    }
    setPending(false);
    // On failure nothing is cleared: the user's answer stays in the form for another try.
    if (result.ok) props.onRecorded(ack);
    else setFailure(result.message || t('sidebar_error_record_failed'));
  }

  function focusField(ref: RefObject<HTMLElement | null>) {
    return (event: MouseEvent) => {
      // Fragment links cannot reach into a shadow root (and would change the page's URL): focus by hand.
      event.preventDefault();
      ref.current?.focus();
    };
  }

  const reasonField = (
    <div className={errors.reason ? 'dor-field dor-field--error dor-reveal' : 'dor-field dor-reveal'}>
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
        {reasons.map((code) => (
          <option key={code} value={code}>
            {reasonLabel(code)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className="dor-form" noValidate onSubmit={submit} aria-labelledby={ids.legend}>
      {(errors.outcome || errors.reason) && (
        <div className="dor-error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <p className="dor-error-summary__title">{t('sidebar_error_summary_title')}</p>
          <ul>
            {errors.outcome && (
              <li>
                <a href={`#${base}-outcome-0`} onClick={focusField(firstOutcomeRef)}>
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
          <legend id={ids.legend}>{props.legend}</legend>
          {errors.outcome && (
            <p className="dor-error-message" id={ids.outcomeError}>
              <span className="dor-visually-hidden">{t('sidebar_error_prefix')} </span>
              {errors.outcome}
            </p>
          )}
          <div className="dor-radios">
            {outcomes.map((code, i) => (
              <div key={code}>
                <div className="dor-radio">
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
                {/* GOV.UK conditional reveal: the reason sits under the answer that asks for it. */}
                {outcome === code && needsReason && reasonField}
              </div>
            ))}
          </div>
        </fieldset>
      </div>

      {!noteOpen ? (
        <button
          type="button"
          className="dor-link-button"
          // Replaced by the field it opens (focus moves there), so no expanded state to report.
          onClick={() => {
            setNoteOpen(true);
            setFocusNote(true);
          }}
        >
          {t('sidebar_note_add')}
        </button>
      ) : (
        <div className="dor-field">
          <div className="dor-note-head">
            <label className="dor-label dor-label--light" htmlFor={ids.note}>
              {t('sidebar_note_label')}
            </label>
            <p className="dor-hint" id={ids.noteHint}>
              {t('sidebar_note_hint')}
            </p>
          </div>
          <textarea
            id={ids.note}
            className="dor-textarea"
            rows={1}
            maxLength={NOTE_MAX}
            aria-describedby={ids.noteHint}
            ref={noteRef}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
      )}

      {failure && (
        <p className="dor-error-message dor-failure" role="alert">
          {failure}
        </p>
      )}

      <div className="dor-actions">
        <button type="submit" className="dor-button" disabled={pending}>
          {pending ? t('sidebar_record_pending') : t('sidebar_record')}
        </button>
        {props.onCancel && (
          <button type="button" className="dor-button dor-button--secondary" onClick={props.onCancel} disabled={pending}>
            {t('sidebar_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
