import { useEffect, useRef } from 'react';
import { t } from '../../lib/i18n/t';

export interface SummaryError {
  /** id of the control to jump to. */
  targetId: string;
  text: string;
}

/**
 * GOV.UK error summary: announced and focused when errors appear, each error links to its field.
 * https://design-system.service.gov.uk/components/error-summary/
 */
export function ErrorSummary({ errors, id }: { errors: SummaryError[]; id: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 className="error-summary__title" id={`${id}-title`}>
        {t('settings_errorSummaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={`${e.targetId}:${e.text}`}>
            <a
              href={`#${e.targetId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(e.targetId)?.focus();
              }}
            >
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
