import { describe, expect, it } from 'vitest';
import { siteScriptFor, type RegisteredScript, type SiteScript } from '../../../lib/sites/plan-registration';
import { reconcileRegistrations, type RegistrarApi } from '../../../lib/sites/registrar';

/** An in-memory scripting API with Chrome's duplicate-id and unknown-id errors. */
function fakeApi(origins: string[], initial: RegisteredScript[] = [], opts: { noUpdate?: boolean; failRegister?: string } = {}) {
  const scripts = new Map(initial.map((s) => [s.id, s]));
  const calls: string[] = [];
  const api: RegistrarApi = {
    permissions: { getAll: async () => ({ origins }) },
    scripting: {
      getRegisteredContentScripts: async () => [...scripts.values()],
      registerContentScripts: async (list: SiteScript[]) => {
        for (const s of list) {
          calls.push(`register ${s.id}`);
          if (s.matches[0] === opts.failRegister) throw new Error('Invalid match pattern');
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, s);
        }
      },
      unregisterContentScripts: async ({ ids }) => {
        for (const id of ids) {
          calls.push(`unregister ${id}`);
          if (!scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
        }
      },
      updateContentScripts: opts.noUpdate
        ? undefined
        : async (list: SiteScript[]) => {
            for (const s of list) {
              calls.push(`update ${s.id}`);
              scripts.set(s.id, s);
            }
          },
    },
  };
  return { api, scripts, calls };
}

const A = 'https://a.example.org/*';
const B = 'https://b.example.org/*';

describe('reconcileRegistrations', () => {
  it('registers granted sites and is idempotent on a second run', async () => {
    const { api, scripts } = fakeApi([A, B]);
    const first = await reconcileRegistrations(api, [A, B]);
    expect(first.errors).toEqual([]);
    expect([...scripts.values()].map((s) => s.matches?.[0]).sort()).toEqual([A, B]);
    const second = await reconcileRegistrations(api, [A, B]);
    expect(second.plan).toEqual({ register: [], unregister: [], update: [] });
  });

  it('removes registrations when the permission is revoked', async () => {
    const { api, scripts } = fakeApi([A], [siteScriptFor(A), siteScriptFor(B)]);
    await reconcileRegistrations(api, [A, B]);
    expect([...scripts.keys()]).toEqual([siteScriptFor(A).id]);
  });

  it('falls back to unregister + register where updateContentScripts is missing', async () => {
    const stale = { ...siteScriptFor(A), js: ['old.js'] };
    const { api, scripts, calls } = fakeApi([A], [stale], { noUpdate: true });
    const result = await reconcileRegistrations(api, [A]);
    expect(result.errors).toEqual([]);
    expect(calls).toEqual([`unregister ${stale.id}`, `register ${stale.id}`]);
    expect(scripts.get(stale.id)?.js).toEqual(siteScriptFor(A).js);
  });

  it('keeps going when one registration fails, and reports it', async () => {
    const { api, scripts } = fakeApi([A, B], [], { failRegister: A });
    const result = await reconcileRegistrations(api, [A, B]);
    expect(result.errors).toEqual([{ id: siteScriptFor(A).id, step: 'register', message: 'Invalid match pattern' }]);
    expect([...scripts.keys()]).toEqual([siteScriptFor(B).id]);
  });
});
