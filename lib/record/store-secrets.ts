import { caseRefMatcher, orgSecretHex } from './case-ref';
import { isHex64, randomHex } from './digest';
import { SECRET_KEY } from './keys';
import type { StorageArea } from '../core/storage-area';
import { err, ok, type Result } from '../core/result';
import type { StoredCaseRef } from './schema';
import type { StoreOptions } from './store-types';

/** The keys case references are hashed with: this install's secret and the organisation's (policy). */
export interface CaseRefKeys {
  /** This install's secret; made on first use when `create` (null before that otherwise). */
  readSecret(create: boolean): Promise<Result<string | null>>;
  /** The HMAC key made from the organisation's policy key, or null without one (or if it cannot be read). */
  orgSecret(): Promise<string | null>;
  /** A matcher for a typed reference against every key a stored hash may have been made with. */
  matcherFor(ref: string): Promise<(stored: StoredCaseRef | null) => boolean>;
}

export function createCaseRefKeys(kv: StorageArea, options: StoreOptions): CaseRefKeys {
  async function readSecret(create: boolean): Promise<Result<string | null>> {
    const stored = (await kv.get([SECRET_KEY]))[SECRET_KEY];
    if (isHex64(stored)) return ok(stored);
    if (stored !== undefined) return err('secret-unreadable', 'The key used to protect case references is damaged; it has been left as it is.');
    if (!create) return ok(null);
    const secret = randomHex(32);
    await kv.set({ [SECRET_KEY]: secret });
    return ok(secret);
  }

  async function orgSecret(): Promise<string | null> {
    const key = (await options.orgKey?.().catch(() => null)) ?? null;
    return key ? orgSecretHex(key) : null;
  }

  async function matcherFor(ref: string): Promise<(stored: StoredCaseRef | null) => boolean> {
    const secret = await readSecret(false);
    return caseRefMatcher(ref, [secret.ok ? secret.value : null, await orgSecret()]);
  }

  return { readSecret, orgSecret, matcherFor };
}
