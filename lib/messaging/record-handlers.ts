import type { RecordStore } from '../record/store';
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
}

/** Handlers for every record message. Combine with other areas' handlers: { ...createRecordHandlers(...), ...others }. */
export function createRecordHandlers(store: RecordStore, env: RecordHandlerEnv): Pick<Handlers, RecordMessageType> {
  return {
    'record.append': async (payload) =>
      store.append(payload, { now: env.now(), extensionVersion: env.extensionVersion, caseRefInClear: await env.caseRefInClear() }),
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
