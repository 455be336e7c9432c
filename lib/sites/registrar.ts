import { planRegistration, type RegisteredScript, type RegistrationPlan, type SiteScript } from './plan-registration';

/**
 * The slice of `browser.scripting` and `browser.permissions` the registrar uses. Passed in, not
 * imported, so the background hands over the real API and tests hand over fakes.
 */
export interface RegistrarApi {
  scripting: {
    getRegisteredContentScripts(): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: SiteScript[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
    updateContentScripts?(scripts: SiteScript[]): Promise<unknown>;
  };
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
  };
}

export interface ReconcileResult {
  plan: RegistrationPlan;
  /** One entry per failed step; the rest of the plan still ran. */
  errors: { id: string; step: 'register' | 'unregister' | 'update'; message: string }[];
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Brings content-script registrations in line with the configured sites and granted origins.
 * Each script is applied on its own so one bad site cannot stop the others from working.
 */
export async function reconcileRegistrations(api: RegistrarApi, sites: readonly string[]): Promise<ReconcileResult> {
  const [granted, registered] = await Promise.all([
    api.permissions.getAll(),
    api.scripting.getRegisteredContentScripts(),
  ]);
  const plan = planRegistration(sites, granted.origins ?? [], registered);
  const errors: ReconcileResult['errors'] = [];

  if (plan.unregister.length > 0) {
    try {
      await api.scripting.unregisterContentScripts({ ids: plan.unregister });
    } catch (e) {
      for (const id of plan.unregister) errors.push({ id, step: 'unregister', message: message(e) });
    }
  }
  for (const script of plan.update) {
    try {
      if (api.scripting.updateContentScripts) {
        await api.scripting.updateContentScripts([script]);
      } else {
        await api.scripting.unregisterContentScripts({ ids: [script.id] });
        await api.scripting.registerContentScripts([script]);
      }
    } catch (e) {
      errors.push({ id: script.id, step: 'update', message: message(e) });
    }
  }
  for (const script of plan.register) {
    try {
      await api.scripting.registerContentScripts([script]);
    } catch (e) {
      errors.push({ id: script.id, step: 'register', message: message(e) });
    }
  }
  return { plan, errors };
}
