import { useId } from 'react';
import { t } from '../../lib/i18n/t';
import { caseKey } from '../../lib/record/case-ref';
import type { RecordEntry } from '../../lib/record/schema';
import { caseLabel, codeLabel, entryOutcomeText, formatTime, offenceLabel, promptLabel } from './labels';

export interface RecordTableProps {
  /** One page, already filtered, newest first. */
  entries: readonly RecordEntry[];
  /** Position of the first row in the filtered list (from 1) and the filtered total. */
  first: number;
  total: number;
  onSelectCase: (caseKey: string) => void;
}

export function RecordTable({ entries, first, total, onSelectCase }: RecordTableProps) {
  const captionId = useId();
  if (entries.length === 0) return <p className="rec-body">{t('record_table_empty')}</p>;
  return (
    // The table scrolls inside its own labelled, focusable region so the page never scrolls sideways at 400% zoom.
    <div className="rec-table-region" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="rec-table">
        <caption id={captionId} className="rec-caption">
          {t('mi_table_caption', [String(first), String(first + entries.length - 1), String(total)])}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('record_col_entry')}</th>
            <th scope="col">{t('record_col_time')}</th>
            <th scope="col">{t('record_col_mode')}</th>
            <th scope="col">{t('record_col_case')}</th>
            <th scope="col">{t('record_col_prompt')}</th>
            <th scope="col">{t('record_col_offence')}</th>
            <th scope="col">{t('record_col_outcome')}</th>
            <th scope="col">{t('record_col_reason')}</th>
            <th scope="col">{t('record_col_note')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const key = e.kind === 'purge' ? null : caseKey(e.caseRef);
            return (
              <tr key={`${e.mode}-${e.seq}`}>
                <th scope="row">{e.seq}</th>
                <td>{formatTime(e.recordedAt)}</td>
                <td>{e.mode === 'live' ? t('record_mode_live') : t('record_mode_training')}</td>
                <td>
                  {e.kind === 'purge' ? null : key === null ? (
                    caseLabel(null)
                  ) : (
                    <button type="button" className="rec-link" onClick={() => onSelectCase(key)}>
                      {caseLabel(e.caseRef)}
                      <span className="rec-visually-hidden"> {t('record_case_view_hint')}</span>
                    </button>
                  )}
                </td>
                <td>{e.kind === 'shown' || e.kind === 'outcome' ? promptLabel(e.prompt.id) : null}</td>
                <td>{e.kind === 'purge' || !e.offence ? null : offenceLabel(e.offence.id)}</td>
                <td>
                  {entryOutcomeText(e)}
                  {e.kind === 'outcome' && e.corrects !== null ? (
                    <span className="rec-hint"> {t('record_corrects', String(e.corrects))}</span>
                  ) : null}
                </td>
                <td>{e.kind === 'outcome' && e.reason ? codeLabel('reason', e.reason) : null}</td>
                {/* The user's own words: not interface text, never machine-translated. */}
                <td translate="no">{e.kind === 'outcome' ? e.note : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
