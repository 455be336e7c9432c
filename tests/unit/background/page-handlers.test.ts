import { describe, expect, it } from 'vitest';
import { createPageHandlers, type PageHandlerDeps } from '../../../lib/background/page-handlers';
import type { TabRecord } from '../../../lib/background/tab-state';
import type { EffectiveSettings } from '../../../lib/settings/effective';
import { trainingPageKind } from '../../../lib/training/training-pages';

const MATCH: TabRecord = {
  origin: 'https://cases.example.gov.uk',
  at: 0,
  summary: {
    verdict: 'match',
    caseRef: null,
    cases: [],
    offences: [{ id: 'soa2003-s66b-2', title: 'Sharing intimate photograph or film', citation: 'SOA 2003 s.66B(2)', category: 'intimate-image', evidenceKind: 'cjs-code' }],
  },
};

function handlers(record: TabRecord | null, url: string | undefined) {
  const deps: PageHandlerDeps = {
    settings: async () => ({}) as EffectiveSettings,
    tabs: { get: async () => record, set: async () => undefined, clear: async () => undefined },
    injectSidebar: async () => true,
    injectDetector: async () => true,
    injectCasePage: async () => undefined,
    setBadge: async () => undefined,
    tabUrl: async () => url,
    isConfigured: (u) => u.startsWith('https://cases.example.gov.uk/'),
    sleep: async () => undefined,
    saveRole: async () => ({ ok: true, value: null }),
    savePresenter: async () => ({ ok: true, value: null }),
    trainingPage: () => null,
  };
  return createPageHandlers(deps);
}

describe('tab.status', () => {
  it('reports the finding of the page the tab shows', async () => {
    const r = await handlers(MATCH, 'https://cases.example.gov.uk/case/1')['tab.status']({ tabId: 1 }, { sender: 'extension-page' });
    expect(r).toEqual({ ok: true, value: { state: 'match', offenceTitle: 'Sharing intimate photograph or film', citation: 'SOA 2003 s.66B(2)' } });
  });

  it('says where every case has ended, or already has its order, and nothing extra while a reminder is due', async () => {
    const at = (cases: TabRecord['summary']['cases']) => ({ ...MATCH, summary: { ...MATCH.summary, cases } });
    const status = async (cases: TabRecord['summary']['cases']) => {
      const r = await handlers(at(cases), 'https://cases.example.gov.uk/case/1')['tab.status']({ tabId: 1 }, { sender: 'extension-page' });
      return r.ok ? (r.value as { cases?: string }).cases : 'error';
    };
    expect(await status([{ stage: 'ended', orderOnPage: false }, { stage: 'ended', orderOnPage: false }])).toBe('ended');
    expect(await status([{ stage: 'results-entry', orderOnPage: true }, { stage: 'ended', orderOnPage: false }])).toBe('order-entered');
    expect(await status([{ stage: 'results-entry', orderOnPage: true }, { stage: 'sentence', orderOnPage: false }])).toBeUndefined();
    expect(await status([{ stage: 'first-hearing', orderOnPage: false }])).toBeUndefined();
    expect(await status([])).toBeUndefined();
  });

  it('ignores a finding left from an earlier page once the tab shows another origin', async () => {
    const r = await handlers(MATCH, 'https://news.example.com/')['tab.status']({ tabId: 1 }, { sender: 'extension-page' });
    expect(r).toEqual({ ok: true, value: { state: 'not-configured' } });
  });

  it('ignores it when the tab now shows a page the extension may not see', async () => {
    const r = await handlers(MATCH, undefined)['tab.status']({ tabId: 1 }, { sender: 'extension-page' });
    expect(r).toEqual({ ok: true, value: { state: 'not-configured' } });
  });

  it('says unchecked for a configured site that has not reported yet', async () => {
    const r = await handlers(null, 'https://cases.example.gov.uk/case/2')['tab.status']({ tabId: 1 }, { sender: 'extension-page' });
    expect(r).toEqual({ ok: true, value: { state: 'unchecked' } });
  });
});

describe('detector.load', () => {
  it('injects the detector into the frame that asked, and says whether it could', async () => {
    const calls: [number, number][] = [];
    const h = createPageHandlers({
      ...({} as PageHandlerDeps),
      injectDetector: async (tabId, frameId) => {
        calls.push([tabId, frameId]);
        return tabId !== 9;
      },
    });
    expect(await h['detector.load']({}, { sender: 'content-script', tabId: 4, frameId: 2, url: 'https://cases.example.gov.uk/' })).toEqual({ ok: true, value: { injected: true } });
    expect(await h['detector.load']({}, { sender: 'content-script', tabId: 9, frameId: 0, url: 'https://cases.example.gov.uk/' })).toEqual({ ok: true, value: { injected: false } });
    expect(calls).toEqual([
      [4, 2],
      [9, 0],
    ]);
  });

  it('refuses a request that does not come from a tab', async () => {
    const r = await handlers(null, undefined)['detector.load']({}, { sender: 'content-script' });
    expect(r.ok).toBe(false);
  });
});

/** Handler dependencies with no browser behind them: sidebar injections are collected in `injected`. */
function handlerDeps(settings: PageHandlerDeps['settings'], injected: number[], badges: unknown[] = []): PageHandlerDeps {
  return {
    settings,
    tabs: { get: async () => null, set: async () => undefined, clear: async () => undefined },
    injectSidebar: async (tabId) => (injected.push(tabId), true),
    injectDetector: async () => true,
    injectCasePage: async () => undefined,
    setBadge: async (tabId, badge) => void badges.push([tabId, badge]),
    tabUrl: async () => undefined,
    isConfigured: () => true,
    sleep: async () => undefined,
    saveRole: async () => ({ ok: true, value: null }),
    savePresenter: async () => ({ ok: true, value: null }),
    trainingPage: (c) => trainingPageKind(c.url, { extensionOrigin: 'chrome-extension://ext', sites: ['http://127.0.0.1:8123'] }),
  };
}

describe('page.detected: by each case\'s stage and the role (lib/stage)', () => {
  const summary = (cases: { stage: 'first-hearing' | 'sentence' | 'ended'; orderOnPage: boolean }[]) => ({ ...MATCH.summary, cases });
  function withRole(role: 'legal-adviser' | 'prosecutor' | null) {
    const injected: number[] = [];
    const badges: unknown[] = [];
    const deps = handlerDeps(async () => ({ effective: { role, sensitivity: 'match-only' }, allowedRoles: ['legal-adviser', 'prosecutor', 'trainer'] }) as unknown as EffectiveSettings, injected, badges);
    return { handlers: createPageHandlers(deps), injected, badges };
  }
  const ctx = { sender: 'content-script' as const, tabId: 7, frameId: 0, url: 'https://cases.example.gov.uk/x' };

  it('a legal adviser at a first hearing gets the quiet indicator, not the sidebar', async () => {
    const { handlers: h, injected } = withRole('legal-adviser');
    expect(await h['page.detected'](summary([{ stage: 'first-hearing', orderOnPage: false }]), ctx)).toEqual({ ok: true, value: { indicator: true, sidebar: false } });
    expect(injected).toEqual([]);
  });

  it('the sidebar for a sentence hearing, and for a prosecutor at a first hearing', async () => {
    for (const [role, stage] of [['legal-adviser', 'sentence'], ['prosecutor', 'first-hearing']] as const) {
      const { handlers: h, injected } = withRole(role);
      expect(await h['page.detected'](summary([{ stage, orderOnPage: false }]), ctx)).toEqual({ ok: true, value: { indicator: false, sidebar: true } });
      expect(injected).toEqual([7]);
    }
  });

  it('nothing when every case has ended: no sidebar, no indicator and no badge (an acquittal is not a reminder)', async () => {
    const { handlers: h, injected, badges } = withRole(null);
    expect(await h['page.detected'](summary([{ stage: 'ended', orderOnPage: false }]), ctx)).toEqual({ ok: true, value: { indicator: false, sidebar: false } });
    expect(injected).toEqual([]);
    expect(badges).toEqual([[7, null]]);
  });

  it('the badge follows what the page shows: ! at sentence, ? for the indicator, a tick where the order is entered', async () => {
    const cases = [
      ['legal-adviser', { stage: 'sentence', orderOnPage: false }, 'alert'],
      ['legal-adviser', { stage: 'first-hearing', orderOnPage: false }, 'quiet'],
      ['prosecutor', { stage: 'sentence', orderOnPage: true }, 'order'],
    ] as const;
    for (const [role, c, badge] of cases) {
      const { handlers: h, badges } = withRole(role);
      await h['page.detected'](summary([c]), ctx);
      expect(badges, `${role} ${c.stage}`).toEqual([[7, badge]]);
    }
    // Only the top frame sets the tab's badge.
    const { handlers: h, badges } = withRole('legal-adviser');
    await h['page.detected'](summary([{ stage: 'sentence', orderOnPage: false }]), { ...ctx, frameId: 3 });
    expect(badges).toEqual([]);
  });
});

describe('training pages, known by their address (issue 23)', () => {
  function withSettings(trainingModeLeftOn: boolean) {
    const injected: number[] = [];
    // A settings object from before issue 23 with the old switch on: it must change nothing.
    const deps = handlerDeps(
      async () =>
        ({ effective: { role: 'trainer', sensitivity: 'show-possible', presenterMode: true, trainingMode: trainingModeLeftOn }, allowedRoles: ['legal-adviser', 'prosecutor', 'trainer'] }) as unknown as EffectiveSettings,
      injected,
    );
    return { h: createPageHandlers(deps), injected };
  }
  const at = (url: string) => ({ sender: 'content-script' as const, tabId: 5, frameId: 0, url });
  const sentence = { ...MATCH.summary, cases: [{ stage: 'sentence' as const, orderOnPage: false }] };

  it('the sidebar says training only on a training case page, whatever was left switched on', async () => {
    const { h } = withSettings(true);
    const live = await h['sidebar.context']({}, at('https://cases.example.gov.uk/case/1'));
    expect(live.ok && live.value).toMatchObject({ role: 'trainer', training: false, presenter: true });
    const served = await h['sidebar.context']({}, at('http://127.0.0.1:8123/training/cp-s66b2.html'));
    expect(served.ok && served.value.training).toBe(true);
    const bundled = await h['sidebar.context']({}, { sender: 'extension-page', url: 'chrome-extension://ext/training/cp-s66b1.html' });
    expect(bundled.ok && bundled.value.training).toBe(true);
    // The same files served on another port stand in for a real case system: live.
    const otherPort = await h['sidebar.context']({}, at('http://127.0.0.1:41234/training/cp-s66b2.html'));
    expect(otherPort.ok && otherPort.value.training).toBe(false);
  });

  it('the index and guide get no sidebar; a training case page does (positive control)', async () => {
    const { h, injected } = withSettings(false);
    for (const page of ['index.html', 'guide.html', '']) {
      expect(await h['page.detected'](sentence, at(`http://127.0.0.1:8123/training/${page}`))).toEqual({ ok: true, value: { indicator: false, sidebar: false } });
    }
    expect(injected).toEqual([]);
    expect(await h['page.detected'](sentence, at('http://127.0.0.1:8123/training/cp-s66b2.html'))).toEqual({ ok: true, value: { indicator: false, sidebar: true } });
    expect(injected).toEqual([5]);
  });
});
