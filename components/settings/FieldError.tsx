import { t } from '../../lib/i18n/t';

/** Inline error text; its id is referenced by the control's aria-describedby. */
export function FieldError({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p className="field-error" id={id}>
      <span className="visually-hidden">{t('settings_errorPrefix')} </span>
      {text}
    </p>
  );
}
