import '../../lib/zod-config';
import { StrictMode, useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../components/settings/OptionsPage';
import type { SaveOutcome } from '../../components/settings/SettingsForm';
import { startInUserLanguage } from '../../components/page-language';
import { t } from '../../lib/i18n/t';
import { loadPageState, removeSiteAndPermission, requestAndAddSite, type PageState, type SettingsPageApi } from '../../lib/settings/options-controller';
import { SETTINGS_STORAGE_KEY, type Settings } from '../../lib/settings/schema';
import { saveSettings } from '../../lib/settings/storage';

const api: SettingsPageApi = {
  local: browser.storage.local,
  // Missing in some Firefox builds and throws when no policy exists: readManaged handles both.
  managed: browser.storage.managed,
  permissions: browser.permissions,
};

function App() {
  const [state, setState] = useState<PageState | null>(null);
  const [failed, setFailed] = useState(false);
  // The add-site handler must run synchronously in the click, so it reads the latest state from a ref.
  const latest = useRef<PageState | null>(null);

  const refresh = useCallback(async () => {
    try {
      const next = await loadPageState(api);
      latest.current = next;
      setState(next);
    } catch {
      setFailed(true);
    }
  }, []);

  useEffect(() => {
    void refresh();
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'local' && SETTINGS_STORAGE_KEY in changes)) void refresh();
    };
    const onPermissions = () => void refresh();
    browser.storage.onChanged.addListener(onStorage);
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
    return () => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.permissions.onAdded.removeListener(onPermissions);
      browser.permissions.onRemoved.removeListener(onPermissions);
    };
  }, [refresh]);

  if (failed) return <p className="main">{t('settings_loadFailed')}</p>;
  if (!state) return <p className="main">{t('settings_loading')}</p>;

  const onSave = async (settings: Settings): Promise<SaveOutcome> => {
    try {
      const result = await saveSettings(api.local, settings);
      await refresh();
      if (result.ok) return 'saved';
      return result.error === 'futureVersion' ? 'futureVersion' : 'failed';
    } catch {
      return 'failed';
    }
  };

  return (
    <OptionsPage
      model={state}
      recordHref="/record.html"
      trainingHref="/training/index.html"
      onSave={onSave}
      onAddSite={(site) => {
        const pending = requestAndAddSite(api, latest.current ?? state, site.pattern);
        return pending.then(async (outcome) => {
          await refresh();
          return outcome;
        });
      }}
      onRemoveSite={(pattern) => void removeSiteAndPermission(api, pattern).then(refresh)}
      onGrantSite={(pattern) => void api.permissions.request({ origins: [pattern] }).catch(() => false).then(refresh)}
    />
  );
}

void startInUserLanguage('settings_documentTitle').then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
