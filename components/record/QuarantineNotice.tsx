import { t } from '../../lib/i18n/t';
import type { QuarantineItem } from '../../lib/record/load';

export interface QuarantineNoticeProps {
  quarantine: readonly QuarantineItem[];
  futureVersion: number | null;
}

/** Damaged or newer data is never wiped: this says so, and what to do. */
export function QuarantineNotice({ quarantine, futureVersion }: QuarantineNoticeProps) {
  if (quarantine.length === 0 && futureVersion === null) return null;
  return (
    <div className="rec-warning" role="alert">
      {futureVersion !== null ? <p className="rec-body rec-bold">{t('record_future_version', String(futureVersion))}</p> : null}
      {quarantine.length > 0 ? (
        <>
          <p className="rec-body rec-bold">{t('record_quarantine_heading', String(quarantine.length))}</p>
          <p className="rec-body">{t('record_quarantine_body')}</p>
          <ul className="rec-list">
            {quarantine.map((q) => (
              <li key={q.key}>
                <code>{q.key}</code>: {q.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
