import { t } from '../../lib/i18n/t';
import type { Role } from '../../lib/roles';
import type { LockableSetting } from '../../lib/settings/merge';
import type { SettingsProblem } from '../../lib/settings/problems';
import type { Settings } from '../../lib/settings/schema';
import type { ParsedSite } from '../../lib/sites/parse-site-input';
import { FirstRunIntro } from './FirstRunIntro';
import { PrivacySection } from './PrivacySection';
import { ProblemsNotice } from './ProblemsNotice';
import { SettingsForm, type SaveOutcome } from './SettingsForm';
import { SitesSection, type AddSiteRefusal, type SiteRow } from './SitesSection';

export interface OptionsModel {
  user: Settings;
  effective: Settings;
  locked: LockableSetting[];
  allowedRoles: Role[];
  sites: SiteRow[];
  problems: SettingsProblem[];
  future: boolean;
}

interface Props {
  model: OptionsModel;
  recordHref: string;
  trainingHref: string;
  onSave: (settings: Settings) => Promise<SaveOutcome>;
  onAddSite: (site: ParsedSite) => Promise<AddSiteRefusal | null>;
  onRemoveSite: (pattern: string) => void;
  onGrantSite: (pattern: string) => void;
}

export function OptionsPage({ model, recordHref, trainingHref, onSave, onAddSite, onRemoveSite, onGrantSite }: Props) {
  const { effective, locked } = model;
  return (
    <div className={`page${effective.presenterMode ? ' page--presenter' : ''}`}>
      <header className="header">
        <p className="header__name">{t('extName')}</p>
      </header>
      <main className="main" id="main-content">
        <h1>{t('settings_pageTitle')}</h1>
        <nav aria-label={t('settings_navLabel')}>
          <ul className="list links">
            <li>
              <a href={recordHref}>{t('settings_linkRecord')}</a>
            </li>
            <li>
              <a href={trainingHref}>{t('settings_linkTraining')}</a>
            </li>
            <li>
              <a href="#privacy-title">{t('settings_linkPrivacy')}</a>
            </li>
          </ul>
        </nav>
        <ProblemsNotice problems={model.problems} future={model.future} />
        <FirstRunIntro needsRole={effective.role === null} needsSite={effective.sites.length === 0} />
        <SitesSection
          sites={model.sites}
          locked={locked.includes('sites')}
          onAdd={onAddSite}
          onRemove={onRemoveSite}
          onGrant={onGrantSite}
        />
        <div className="section">
          <SettingsForm
            key={locked.join(',')}
            user={model.user}
            effective={effective}
            locked={locked}
            allowedRoles={model.allowedRoles}
            readOnly={model.future}
            onSave={onSave}
          />
        </div>
        <PrivacySection />
      </main>
    </div>
  );
}
