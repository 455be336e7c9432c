import { describe, expect, it } from 'vitest';
import { loadPageState, removeSiteAndPermission, requestAndAddSite, saveAddedSite, saveGrantedOrigins, type SettingsPageApi } from '../../../lib/settings/options-controller';
import { describeTabSite, requestAlwaysRun } from '../../../lib/settings/popup-controller';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY } from '../../../lib/settings/schema';
import { fixture, memoryArea } from './fixtures';

const A = 'https://a.example.org/*';
const B = 'https://b.example.org/*';

function fakeApi(opts: { stored?: unknown; managed?: Record<string, unknown>; origins?: string[]; answer?: boolean } = {}) {
  const local = memoryArea(opts.stored === undefined ? {} : { [SETTINGS_STORAGE_KEY]: opts.stored });
  const origins = new Set(opts.origins ?? []);
  const log: string[] = [];
  const api: SettingsPageApi = {
    local,
    managed: { get: async () => { if (!opts.managed) throw new Error('no policy'); return opts.managed; } },
    permissions: {
      getAll: async () => ({ origins: [...origins] }),
      request: ({ origins: o }) => {
        log.push(`request ${o.join()}`);
        if (opts.answer !== false) o.forEach((x) => origins.add(x));
        return Promise.resolve(opts.answer !== false);
      },
      remove: async ({ origins: o }) => {
        log.push(`remove ${o.join()}`);
        o.forEach((x) => origins.delete(x));
        return true;
      },
    },
  };
  return { api, local, origins, log };
}

const stored = (sites: string[]) => ({ ...DEFAULT_SETTINGS, role: 'legal-adviser', sites });

describe('options controller', () => {
  it('builds page state with grant and policy flags', async () => {
    const { api } = fakeApi({ stored: stored([A]), managed: { sites: ['b.example.org'] }, origins: [A] });
    const state = await loadPageState(api);
    expect(state.sites).toEqual([
      { pattern: B, granted: false, managed: true },
      { pattern: A, granted: true, managed: false },
    ]);
    expect(state.fresh).toBe(false);
  });

  it('asks for permission before awaiting anything (user gesture), then saves', async () => {
    const { api, local, log } = fakeApi({ stored: stored([]) });
    const state = await loadPageState(api);
    const pending = requestAndAddSite(api, state, A);
    expect(log).toEqual([`request ${A}`]); // synchronous, before the returned promise settles
    expect(await pending).toBeNull();
    expect((local.data[SETTINGS_STORAGE_KEY] as { sites: string[] }).sites).toEqual([A]);
  });

  it('does not add a site the browser refused', async () => {
    const { api, local } = fakeApi({ stored: stored([]), answer: false });
    expect(await requestAndAddSite(api, await loadPageState(api), A)).toBe('denied');
    expect((local.data[SETTINGS_STORAGE_KEY] as { sites: string[] }).sites).toEqual([]);
  });

  it('refuses duplicates and locked lists without prompting', async () => {
    const dup = fakeApi({ stored: stored([A]) });
    expect(await requestAndAddSite(dup.api, await loadPageState(dup.api), A)).toBe('duplicate');
    const locked = fakeApi({ stored: stored([]), managed: { sites: [B], sitesLocked: true } });
    expect(await requestAndAddSite(locked.api, await loadPageState(locked.api), A)).toBe('locked');
    expect([...dup.log, ...locked.log]).toEqual([]);
  });

  it('treats a site the background already saved as success', async () => {
    const { api, local } = fakeApi({ stored: stored([]) });
    const state = await loadPageState(api);
    const pending = requestAndAddSite(api, state, A);
    local.data[SETTINGS_STORAGE_KEY] = stored([A]);
    expect(await pending).toBeNull();
  });

  it('will not write over settings from a newer version', async () => {
    const future = fixture('v3-future.json');
    const { api, local } = fakeApi({ stored: future });
    expect(await requestAndAddSite(api, await loadPageState(api), A)).toBe('failed');
    expect(local.data[SETTINGS_STORAGE_KEY]).toEqual(future);
  });

  it('removes a site and its permission, but keeps a permission another site needs', async () => {
    const wild = 'https://*.example.org/*';
    const { api, log, local } = fakeApi({ stored: stored([A, wild, B]), origins: [A, wild, B] });
    expect(await removeSiteAndPermission(api, wild)).toBe(true);
    expect(log).toEqual([]); // A and B are still covered by the wildcard grant
    expect(await removeSiteAndPermission(api, B)).toBe(true);
    expect(log).toEqual([`remove ${B}`]);
    expect((local.data[SETTINGS_STORAGE_KEY] as { sites: string[] }).sites).toEqual([A]);
  });

  it('never removes an organisation site', async () => {
    const { api, log } = fakeApi({ stored: stored([]), managed: { sites: [B] }, origins: [B] });
    expect(await removeSiteAndPermission(api, B)).toBe(false);
    expect(log).toEqual([]);
  });
});

describe('settings that cannot be read are never written over', () => {
  /** storage.local holding the user's settings; `failNext` makes the next read fail (a transient IO
   * error), so the write that follows would succeed if anything attempted it. */
  function flakyApi() {
    const made = fakeApi({ stored: stored([A]), origins: [A] });
    const area = made.local;
    let fail = false;
    const local = {
      get: async (keys: string | string[]) => {
        if (fail) {
          fail = false;
          throw new Error('IO error');
        }
        return area.get(keys);
      },
      set: area.set,
    };
    return { api: { ...made.api, local }, data: area.data, failNext: () => (fail = true) };
  }

  it('the options page says it cannot read them instead of offering a form of defaults', async () => {
    const { api, failNext } = flakyApi();
    failNext();
    await expect(loadPageState(api)).rejects.toThrow(/could not be read/);
    expect((await loadPageState(api)).user.sites).toEqual([A]);
  });

  it('adding, removing or a granted site writes nothing over them, and the stored sites are intact', async () => {
    const { api, data, failNext } = flakyApi();
    const before = structuredClone(data);
    failNext();
    expect(await saveAddedSite(api, B)).toBe('failed');
    failNext();
    expect(await removeSiteAndPermission(api, A)).toBe(false);
    failNext();
    expect(await saveGrantedOrigins(api, [B])).toBe('unreadable');
    expect(data).toEqual(before);
    expect((await loadPageState(api)).user.sites).toEqual([A]);
  });

  it('a granted site is saved beside the stored ones once they can be read', async () => {
    const { api, local } = fakeApi({ stored: stored([A]) });
    expect(await saveGrantedOrigins(api, [B, A, '<all_urls>'])).toBe('saved');
    expect((local.data[SETTINGS_STORAGE_KEY] as { sites: string[] }).sites).toEqual([A, B]);
    expect(await saveGrantedOrigins(api, [B])).toBe('nothing');
  });
});

describe('popup controller', () => {
  it('describes the tab site', async () => {
    const { api } = fakeApi({ stored: stored(['https://*.example.org/*']), origins: ['https://*.example.org/*'] });
    const state = await loadPageState(api);
    expect(describeTabSite('https://x.example.org:8443/case/1', state)).toEqual({
      pattern: 'https://x.example.org/*',
      origin: 'https://x.example.org:8443',
      configuredAs: 'https://*.example.org/*',
      configured: true,
      granted: true,
      locked: false,
    });
    expect(describeTabSite('https://other.example/', state)).toMatchObject({ configured: false, granted: false });
    expect(describeTabSite('chrome://extensions', state)).toBeUndefined();
    expect(describeTabSite(undefined, state)).toBeUndefined();
  });

  it('"Always run" on a new site requests and saves it', async () => {
    const { api, log, local } = fakeApi({ stored: stored([]) });
    const state = await loadPageState(api);
    const site = describeTabSite('https://cases.example.gov.uk/list', state)!;
    const pending = requestAlwaysRun(api, state, site);
    expect(log).toEqual(['request https://cases.example.gov.uk/*']);
    expect(await pending).toBeNull();
    expect((local.data[SETTINGS_STORAGE_KEY] as { sites: string[] }).sites).toEqual(['https://cases.example.gov.uk/*']);
  });

  it('"Always run" on a configured but ungranted site only requests the configured pattern', async () => {
    const { api, log, local } = fakeApi({ stored: stored(['https://*.example.org/*']) });
    const state = await loadPageState(api);
    const site = describeTabSite('https://x.example.org/', state)!;
    expect(await requestAlwaysRun(api, state, site)).toBeNull();
    expect(log).toEqual(['request https://*.example.org/*']);
    expect((local.data[SETTINGS_STORAGE_KEY] as { sites: string[] }).sites).toEqual(['https://*.example.org/*']);
  });
});
