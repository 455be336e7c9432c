import { t } from '../../lib/i18n/t';
import type { SettingsProblem } from '../../lib/settings/problems';

/** Says, without alarm, that some saved or policy values could not be used and defaults apply. */
export function ProblemsNotice({ problems, future }: { problems: readonly SettingsProblem[]; future: boolean }) {
  const stored = [...new Set(problems.filter((p) => p.source === 'stored' && p.code !== 'futureVersion').map((p) => p.field))];
  const managed = [...new Set(problems.filter((p) => p.source === 'managed').map((p) => p.field))];
  if (!future && stored.length === 0 && managed.length === 0) return null;
  return (
    <div className="notice" role="region" aria-labelledby="problems-title" data-testid="settings-problems">
      <h2 id="problems-title" className="notice__title">
        {t('settings_problemsTitle')}
      </h2>
      {future && <p>{t('settings_problemsFuture')}</p>}
      {stored.length > 0 && <p>{t('settings_problemsStored', stored.join(', '))}</p>}
      {managed.length > 0 && <p>{t('settings_problemsManaged', managed.join(', '))}</p>}
    </div>
  );
}
