import { t } from '../../lib/i18n/t';

/** Shown until a case-system site is set: what to do first, in order. */
export function FirstRunIntro({ needsRole, needsSite }: { needsRole: boolean; needsSite: boolean }) {
  if (!needsRole && !needsSite) return null;
  return (
    <section className="panel" aria-labelledby="first-run-title" data-testid="first-run">
      <h2 id="first-run-title">{t('settings_firstRunTitle')}</h2>
      <p>{t('settings_firstRunIntro')}</p>
      <ol className="list list--number">
        {needsRole && (
          <li>
            <a href="#role">{t('settings_firstRunStepRole')}</a>
          </li>
        )}
        {needsSite && (
          <li>
            <a href="#site-input">{t('settings_firstRunStepSite')}</a> {t('settings_firstRunStepSiteHint')}
          </li>
        )}
      </ol>
      <p>{t('settings_firstRunTryWithout')}</p>
    </section>
  );
}
