import type { z } from 'zod';
import { caseKey, storeCaseRef } from './case-ref';
import type { IndexManifest } from './index-cache';
import type { RowMaps } from './index-counts';
import type { IndexRow } from './index-rows';
import type { IndexState } from './index-store';
import { err, ok, type Result } from '../core/result';
import { appendInput, observeInput, RECORD_VERSION, type Mode, type ParsedAppendInput, type StoredCaseRef } from './schema';
import type { StoreContext } from './store-context';
import { CHANGED_WHILE_READ, newerVersion, parseInput, storageError } from './store-errors';
import type { CaseRefKeys } from './store-secrets';
import type { AppendContext, AppendValue } from './store-types';

/**
 * What a request to record comes to once the log's index is read: an entry already recorded for it
 * (the answer is that entry, `duplicate: true`), or the body of a new entry; or why it cannot be.
 */
type Plan = Result<{ existing: IndexRow } | { body: Record<string, unknown> }>;
type ParsedObserveInput = z.output<typeof observeInput>;

/**
 * Records once, in the queue: plans against the whole index of the log, then answers the entry
 * already there or writes the new one. When the index turns out stale (an entry that is not what its
 * row says, or the new entry's slot taken) it is rebuilt and the plan made once more.
 */
async function recordOnce(ctx: StoreContext, mode: Mode, now: Date, plan: (state: IndexState) => Promise<Plan>): Promise<Result<AppendValue>> {
  const attempt = async (retry: boolean): Promise<Result<AppendValue>> => {
    const state = await ctx.index.whole(mode);
    if (state.manifest.futureVersion !== null) return newerVersion<AppendValue>(state.manifest.futureVersion);
    const planned = await plan(state);
    if (!planned.ok) return planned;
    if ('existing' in planned.value) {
      const same = await ctx.reads.entryAt(planned.value.existing);
      return same ? ok({ entry: same, duplicate: true }) : retry ? attempt(false) : err<AppendValue>('storage-error', CHANGED_WHILE_READ);
    }
    const written = await ctx.writer.writeIndexed(state, planned.value.body, now);
    if (!written.ok && written.error.code === 'slot-taken' && retry) return attempt(false);
    return written.ok ? ok({ entry: written.value, duplicate: false }) : written;
  };
  return ctx.run(async () => {
    try {
      return await attempt(true);
    } catch (error) {
      return storageError<AppendValue>(error);
    } finally {
      ctx.reads.checkLater();
    }
  });
}

/** The fields every new entry starts with: where it goes in the chain, when and by what it was made. */
function entryStart(manifest: IndexManifest, data: { mode: Mode; clientId: string }, context: AppendContext) {
  return {
    v: RECORD_VERSION,
    seq: manifest.nextSeq,
    recordedAt: context.now.toISOString(),
    mode: data.mode,
    clientId: data.clientId,
    extensionVersion: context.extensionVersion,
    prevHash: manifest.lastHash,
  };
}

/** A case reference as stored: in clear if the admin chose, else hashed with the organisation's key or this install's. */
async function storedCaseRef(keys: CaseRefKeys, ref: string | null, context: AppendContext): Promise<Result<StoredCaseRef | null>> {
  if (ref === null) return ok(null);
  const org = context.caseRefInClear ? null : await keys.orgSecret();
  const secret = context.caseRefInClear ? ok('') : org ? ok(org) : await keys.readSecret(true);
  if (!secret.ok) return secret;
  return ok(await storeCaseRef(ref, secret.value ?? '', context.caseRefInClear === true));
}

/** The entry a "shown" event repeats: this prompt (id and version) already shown or answered for the case. */
function shownBefore(maps: RowMaps, caseRef: StoredCaseRef, prompt: { id: string; version: string }): IndexRow | undefined {
  return (maps.byCase.get(caseKey(caseRef)!) ?? []).find(
    (r) => (r.kind === 'shown' || r.kind === 'outcome') && r.prompt.id === prompt.id && r.prompt.version === prompt.version,
  );
}

async function appendPlan(keys: CaseRefKeys, data: ParsedAppendInput, context: AppendContext, state: IndexState): Promise<Plan> {
  const maps = state.maps!;
  const sameRow = maps.byClient.get(data.clientId);
  if (sameRow) return ok({ existing: sameRow });
  const caseRef = await storedCaseRef(keys, data.caseRef, context);
  if (!caseRef.ok) return caseRef;
  const shownRow = data.event === 'shown' && caseRef.value !== null ? shownBefore(maps, caseRef.value, data.prompt) : undefined;
  if (shownRow) return ok({ existing: shownRow });
  if (data.corrects !== null && maps.bySeq.get(data.corrects)?.kind !== 'outcome') {
    return err('invalid-correction', `Entry ${data.corrects} is not a recorded outcome, so it cannot be corrected.`);
  }
  const common = {
    ...entryStart(state.manifest, data, context),
    role: data.role,
    caseRef: caseRef.value,
    site: data.site,
    prompt: data.prompt,
    offence: data.offence,
  };
  const body =
    data.event === 'shown'
      ? { ...common, kind: 'shown' }
      : { ...common, kind: 'outcome', outcome: data.outcome, reason: data.reason, note: data.note || null, corrects: data.corrects };
  return ok({ body });
}

async function observePlan(keys: CaseRefKeys, data: ParsedObserveInput, context: AppendContext, state: IndexState): Promise<Plan> {
  const maps = state.maps!;
  // Hashed as the case's prompts and outcomes are (the organisation's key where set), so the summary
  // counts one case, with its order seen on the page.
  const stored = await storedCaseRef(keys, data.caseRef, context);
  if (!stored.ok) return stored;
  const caseRef = stored.value!;
  const key = caseKey(caseRef)!;
  // The first of: the same client id, or this observation for this case (as a scan in seq order finds).
  const candidates = [
    maps.byClient.get(data.clientId),
    (maps.byCase.get(key) ?? []).find((r) => r.kind === 'observation' && r.observation === data.observation),
  ].filter((r): r is IndexRow => r !== undefined);
  const seenRow = candidates.sort((a, b) => a.seq - b.seq)[0];
  if (seenRow) return ok({ existing: seenRow });
  const { v, ...start } = entryStart(state.manifest, data, context);
  const body = {
    v,
    kind: 'observation', // stored second, as observations always were
    ...start,
    role: data.role,
    caseRef,
    site: data.site,
    offence: data.offence,
    observation: data.observation,
    stage: data.stage,
  };
  return ok({ body });
}

/** Appends and observations: each recorded once, whatever the retries, tabs or worker restarts. */
export function createRecording(ctx: StoreContext) {
  async function append(input: unknown, context: AppendContext): Promise<Result<AppendValue>> {
    const parsed = parseInput(appendInput, input);
    if (!parsed.ok) return parsed;
    const data = parsed.value;
    return recordOnce(ctx, data.mode, context.now, (state) => appendPlan(ctx.keys, data, context, state));
  }

  /**
   * Records what the extension saw on a page (an order already entered for a case). Idempotent: one
   * entry per case, observation and log, whatever the page visit, tab or retry; a repeat answers with
   * the entry already there (`duplicate: true`).
   */
  async function observe(input: unknown, context: AppendContext): Promise<Result<AppendValue>> {
    const parsed = parseInput(observeInput, input);
    if (!parsed.ok) return parsed;
    const data = parsed.value;
    return recordOnce(ctx, data.mode, context.now, (state) => observePlan(ctx.keys, data, context, state));
  }

  return { append, observe };
}
