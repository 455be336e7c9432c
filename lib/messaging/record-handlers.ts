import type { Role } from '../roles';
import type { RecordStore } from '../record/store';
import { err } from '../record/result';
import type { Handlers } from './dispatch';
import type { MessageType } from './protocol';

export type RecordMessageType = Extract<MessageType, `record.${string}`>;

export interface RecordHandlerEnv {
  now: () => Date;
  extensionVersion: string;
  /** The admin's setting (default false): store case references in clear. */
  caseRefInClear: () => boolean | Promise<boolean>;
  /** Retention period in days (default 730). */
  retentionDays: () => number | Promise<number>;
  /** The user's role (null if none chosen) and whether training mode is on: for observations. */
  userContext?: () => Promise<{ role: Role | null; training: boolean }>;
}

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/** Handlers for every record message. Combine with other areas' handlers: { ...createRecordHandlers(...), ...others }. */
export function createRecordHandlers(store: RecordStore, env: RecordHandlerEnv): Pick<Handlers, RecordMessageType> {
  return {
    'record.append': async (payload) =>
      store.append(payload, { now: env.now(), extensionVersion: env.extensionVersion, caseRefInClear: await env.caseRefInClear() }),
    'record.observe': async (payload, ctx) => {
      // A content script speaks for the page it runs in: its site is the browser-reported origin.
      const site = ctx.sender === 'content-script' ? originOf(ctx.url) : payload.site;
      if (!site) return err('no-site', 'record.observe: the sending page has no address.');
      const user = (await env.userContext?.()) ?? { role: null, training: false };
      return store.observe(
        {
          clientId: payload.clientId,
          mode: payload.training || user.training ? 'training' : 'live',
          role: user.role,
          caseRef: payload.caseRef,
          site,
          offence: payload.offence,
          observation: payload.observation,
          stage: payload.stage,
        },
        { now: env.now(), extensionVersion: env.extensionVersion, caseRefInClear: await env.caseRefInClear() },
      );
    },
    'record.caseStatus': (payload) => store.caseStatus(payload.caseRef, payload.mode),
    'record.list': (payload) => store.list({ mode: payload.mode, caseRef: payload.caseRef }),
    'record.view': (payload) => store.view(payload, env.now()),
    'record.figures': () => store.figures(env.now()),
    'record.summaryExport': (payload) =>
      store.summaryExport({ ...payload, now: env.now(), extensionVersion: env.extensionVersion }),
    'record.verify': (payload) => store.verify(payload.mode),
    'record.export': (payload) =>
      store.exportFile({ includeTraining: payload.includeTraining, now: env.now(), extensionVersion: env.extensionVersion }),
    'record.import': (payload) => store.importFile(payload.text),
    'record.clearTraining': () => store.clearTraining(),
    'record.purge': async () => store.purgeExpired(env.now(), await env.retentionDays(), env.extensionVersion),
  };
}
