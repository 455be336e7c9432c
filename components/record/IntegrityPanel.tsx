import { t } from '../../lib/i18n/t';
import type { BreakReason, VerifyReport } from '../../lib/record/chain';
import type { Mode } from '../../lib/record/schema';

export interface IntegrityPanelProps {
  reports: Partial<Record<Mode, VerifyReport>>;
}

const REASON_KEYS: Record<BreakReason, string> = {
  unreadable: 'record_break_unreadable',
  'hash-mismatch': 'record_break_hash_mismatch',
  'seq-mismatch': 'record_break_seq_mismatch',
  missing: 'record_break_missing',
  'prev-hash-mismatch': 'record_break_prev_hash_mismatch',
  'start-missing': 'record_break_start_missing',
  'head-missing': 'record_break_head_missing',
  'head-mismatch': 'record_break_head_mismatch',
};

/** Shows the head hash so it can be written down or sent to the organisation (anchoring the chain). */
export function IntegrityPanel({ reports }: IntegrityPanelProps) {
  const modes = (['live', 'training'] as const).filter((m) => reports[m]);
  if (modes.length === 0) return null;
  return (
    <section className="rec-section" aria-labelledby="rec-integrity-h" aria-live="polite">
      <h2 id="rec-integrity-h" className="rec-h2">
        {t('record_integrity_heading')}
      </h2>
      {modes.map((mode) => {
        const report = reports[mode]!;
        return (
          <div key={mode} className={report.ok ? 'rec-panel-ok' : 'rec-warning'}>
            <h3 className="rec-h3">{mode === 'live' ? t('record_mode_live') : t('record_mode_training')}</h3>
            <p className="rec-body">
              {report.ok ? t('record_integrity_ok', String(report.count)) : t('record_integrity_broken', String(report.breaks.length))}
            </p>
            <p className="rec-body">
              {t('record_integrity_head', String(report.headSeq))} <code className="rec-hash">{report.headHash}</code>
            </p>
            {report.ok ? null : (
              <ul className="rec-list">
                {report.breaks.map((b, i) => (
                  <li key={`${b.seq}-${b.reason}-${i}`}>{t(REASON_KEYS[b.reason], String(b.seq))}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
