import type { PromptHasher } from '../prompts/text-hash';
import type { Role } from '../roles';
import type { RecordStore } from '../record/store';
import { err, type Result } from '../core/result';
import type { Mode } from '../record/schema';
import type { TrainingPageKind } from '../training/training-pages';
import type { HandlerContext, Handlers } from './dispatch';
import type { MessageType } from './protocol';

export type RecordMessageType = Extract<MessageType, `record.${string}`>;

export interface RecordHandlerEnv {
  now: () => Date;
  extensionVersion: string;
  /** The admin's setting (default false): store case references in clear. */
  caseRefInClear: () => boolean | Promise<boolean>;
  /** Retention period in days (default 730). */
  retentionDays: () => number | Promise<number>;
  /** The user's role (null if none chosen): for observations. */
  userContext?: () => Promise<{ role: Role | null }>;
  /**
   * Whether the sending page is a training page, from its browser-reported address
   * (lib/training/training-pages.ts). The only thing that makes an entry a training entry: no
   * setting and nothing in a message can.
   */
  trainingPage: (ctx: HandlerContext) => TrainingPageKind | null;
  /**
   * The hash of the prompt text the user was shown, from the background's own copy of the prompts
   * (lib/prompts/text-hash.ts `createPromptHasher`). Never taken from the message: a page could send
   * any hash, and pages on plain http have no Web Crypto to compute one.
   */
  promptTextHash: PromptHasher;
}

/** A training case page records training entries; any other page records live ones. The index and guide record nothing. */
function modeFor(kind: TrainingPageKind | null): Result<Mode> {
  if (kind === 'non-case') return err('not-a-case-page', 'The training index and guide are not case pages: nothing is recorded from them.');
  return { ok: true, value: kind === 'case' ? 'training' : 'live' };
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
    'record.append': async ({ prompt, ...request }, ctx) => {
      const textHash = await env.promptTextHash(prompt, request.role);
      if (!textHash.ok) return textHash;
      // The sender's own `mode` is replaced: a page cannot declare itself training (or live).
      const mode = modeFor(env.trainingPage(ctx));
      if (!mode.ok) return mode;
      return store.append(
        { ...request, mode: mode.value, prompt: { ...prompt, textHash: textHash.value } },
        { now: env.now(), extensionVersion: env.extensionVersion, caseRefInClear: await env.caseRefInClear() },
      );
    },
    'record.observe': async (payload, ctx) => {
      // A content script speaks for the page it runs in: its site is the browser-reported origin.
      const site = ctx.sender === 'content-script' ? originOf(ctx.url) : payload.site;
      if (!site) return err('no-site', 'record.observe: the sending page has no address.');
      const mode = modeFor(env.trainingPage(ctx));
      if (!mode.ok) return mode;
      const user = (await env.userContext?.()) ?? { role: null };
      return store.observe(
        {
          clientId: payload.clientId,
          mode: mode.value,
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
    'record.clearTraining': (payload) => store.clearTraining({ maxSeq: payload.maxSeq }),
    'record.purge': async () => store.purgeExpired(env.now(), await env.retentionDays(), env.extensionVersion),
  };
}
