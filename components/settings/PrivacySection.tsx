import { t } from '../../lib/i18n/t';

/** Plain-words account of what is stored and where. Must stay true: see lib/record and house rules. */
export function PrivacySection() {
  const items = ['settings_privacyStored1', 'settings_privacyStored2', 'settings_privacyStored3', 'settings_privacyStored4'];
  return (
    <section aria-labelledby="privacy-title" className="section">
      <h2 id="privacy-title">{t('settings_privacyTitle')}</h2>
      <p>{t('settings_privacyIntro')}</p>
      <ul className="list list--bullet">
        {items.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p>
        <strong>{t('settings_privacyNothingLeaves')}</strong>
      </p>
      <p>{t('settings_privacyNotStored')}</p>
      <p>{t('settings_privacyRemoval')}</p>
    </section>
  );
}
