import '../../lib/zod-config';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Popup, type AlwaysRunResult, type PopupFigures, type PopupView } from '../../components/popup/Popup';
import { send } from '../../lib/messaging/client';
import { startInUserLanguage } from '../../components/page-language';
import { loadPageState, type PageState, type SettingsPageApi } from '../../lib/settings/options-controller';
import { describeTabSite, requestAlwaysRun, type TabSite } from '../../lib/settings/popup-controller';
import { CHECK_PAGE_COMMAND } from '../../lib/commands/check-page';
import { tabStatusValueSchema } from '../../lib/messaging/page-schemas';

const api: SettingsPageApi = {
  local: browser.storage.local,
  managed: browser.storage.managed,
  permissions: browser.permissions,
};

/** `tab.status` or `tab.check` (the status after checking), through the one message contract. */
async function ask(type: 'tab.status' | 'tab.check', tabId: number): Promise<PopupView> {
  const reply = await send(type, { tabId }, tabStatusValueSchema);
  return reply.ok ? { kind: 'status', status: reply.value } : { kind: 'error' };
}

async function readShortcut(): Promise<string | undefined> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === CHECK_PAGE_COMMAND)?.shortcut || undefined;
  } catch {
    return undefined;
  }
}

function App() {
  const [view, setView] = useState<PopupView>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | undefined>();
  const [state, setState] = useState<PageState | null>(null);
  const [site, setSite] = useState<TabSite | undefined>();
  const [checking, setChecking] = useState(false);
  const [alwaysRun, setAlwaysRun] = useState<AlwaysRunResult | undefined>();
  const [shortcut, setShortcut] = useState<string | undefined>();
  const [figures, setFigures] = useState<PopupFigures | undefined>();

  async function load() {
    const [[tab], page] = await Promise.all([browser.tabs.query({ active: true, currentWindow: true }), loadPageState(api)]);
    setState(page);
    const tabSite = describeTabSite(tab?.url, page);
    setSite(tabSite);
    if (tab?.id === undefined) return setView({ kind: 'error' });
    setTabId(tab.id);
    if (!tabSite) return setView({ kind: 'unsupported' });
    setView(await ask('tab.status', tab.id));
  }

  useEffect(() => {
    load().catch(() => setView({ kind: 'error' }));
    void readShortcut().then(setShortcut);
    // Counted in the background from kept counts: cheap however large the record is.
    void send('record.figures', {})
      .then((r) => {
        if (r.ok) setFigures({ ...r.value.thisMonth, month: r.value.month });
      })
      .catch(() => undefined);
  }, []);

  return (
    <Popup
      view={view}
      figures={figures}
      site={site}
      checking={checking}
      alwaysRun={alwaysRun}
      roleMissing={state !== null && state.effective.role === null}
      shortcut={shortcut}
      recordHref="/record.html"
      trainingHref="/training/index.html"
      onCheck={() => {
        if (tabId === undefined) return;
        setChecking(true);
        void ask('tab.check', tabId).then((next) => {
          setView(next);
          setChecking(false);
        });
      }}
      onAlwaysRun={() => {
        if (!state || !site) return;
        // Straight from the click: requestAlwaysRun asks for the permission before any await.
        void requestAlwaysRun(api, state, site).then((outcome) => {
          setAlwaysRun(outcome === null ? 'granted' : outcome === 'denied' ? 'denied' : outcome === 'locked' ? 'locked' : 'failed');
          return load();
        });
      }}
      onOpenSettings={() => {
        void browser.runtime.openOptionsPage().then(() => window.close());
      }}
    />
  );
}

void startInUserLanguage('popup_documentTitle').then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
