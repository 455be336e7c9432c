import { t } from '../../lib/i18n/t';
import type { CaseEntry } from '../../lib/record/schema';
import { caseLabel, codeLabel, entryOutcomeText, formatTime, promptLabel } from './labels';

export interface CaseTimelineProps {
  /** One case's entries, oldest first. */
  entries: readonly CaseEntry[];
  onClose: () => void;
}

/** Most recent first, as the MoJ timeline pattern advises; each item says what, when and by which role. */
export function CaseTimeline({ entries, onClose }: CaseTimelineProps) {
  const first = entries[0];
  return (
    <section className="rec-section" aria-labelledby="rec-case-heading">
      <h2 id="rec-case-heading" className="rec-h2">
        {t('record_case_heading', first ? caseLabel(first.caseRef) : '')}
      </h2>
      <button type="button" className="rec-button rec-button-secondary no-print" onClick={onClose}>
        {t('record_case_close')}
      </button>
      <ol className="rec-timeline">
        {[...entries].reverse().map((e) => (
          <li key={`${e.mode}-${e.seq}`} className="rec-timeline-item">
            <h3 className="rec-h3">
              {promptLabel(e.prompt.id)}: {entryOutcomeText(e)}
            </h3>
            <p className="rec-body">
              <time dateTime={e.recordedAt}>{formatTime(e.recordedAt)}</time>
              {' · '}
              {codeLabel('record_role', e.role)}
              {' · '}
              {t('record_entry_number', String(e.seq))}
              {e.mode === 'training' ? ` · ${t('record_mode_training')}` : null}
            </p>
            {e.kind === 'outcome' && e.reason ? <p className="rec-body">{codeLabel('reason', e.reason)}</p> : null}
            {e.kind === 'outcome' && e.corrects !== null ? <p className="rec-hint">{t('record_corrects', String(e.corrects))}</p> : null}
            {e.kind === 'outcome' && e.note ? <p className="rec-body rec-note" translate="no">{e.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
