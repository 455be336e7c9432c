import { t } from '../../lib/i18n/t';

/** Shown beside any control an organisation policy has set; the control itself is disabled. */
export function LockedHint({ id }: { id: string }) {
  return (
    <p className="locked-hint" id={id}>
      {t('settings_lockedByOrganisation')}
    </p>
  );
}
