import { caseStates, countRows, totalOf, type CountsRow } from './aggregate';
import { caseKey, caseRefMatcher, orgSecretHex, storeCaseRef } from './case-ref';
import { entryHash, verifyChain, type VerifyReport } from './chain';
import { canonicalJson, isHex64, randomHex } from './digest';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, parseExportFile, type ExportFile } from './export-file';
import { asEntries, toRow, type IndexRow } from './index-rows';
import { createIndexAccess, type IndexState } from './index-store';
import { entryKey, entryPrefix, headKey, indexKey, QUARANTINE_PREFIX, SECRET_KEY } from './keys';
import type { StorageArea } from '../core/storage-area';
import { loadLog, type LoadedLog, type QuarantineItem } from './load';
import { migrateEntry } from './migrations';
import { caseTimeline, matchesFilter, newestFirst, offenceIds, pageOf, type EntryFilter, type EntryPage } from './query';
import { createQueue } from './queue';
import { buildSummaryFile, type SmallNumbers, type SummaryFile } from './summary-file';
import { ukMonth } from './uk-time';
import { err, ok, type Result } from '../core/result';
import {
  appendInput,
  observeInput,
  GENESIS_HASH,
  MODES,
  RECORD_VERSION,
  type CaseEntry,
  type Mode,
  type OutcomeEntry,
  type RecordEntry,
  type RecordHead,
} from './schema';
import type { OutcomeCode, ReasonCode } from '../prompts/outcomes';

export interface AppendContext {
  now: Date;
  extensionVersion: string;
  /** The admin's setting: keep the case reference in clear instead of as an HMAC (default false). */
  caseRefInClear?: boolean;
}

export interface AppendValue {
  entry: RecordEntry;
  /** True when the same client id (or the same "shown" event) was already recorded: nothing was written. */
  duplicate: boolean;
}

export interface ListQuery {
  mode: Mode | 'all';
  /** A typed case reference: matched by HMAC, never stored. */
  caseRef?: string | null;
}

export interface RecordListing {
  /** Newest first. */
  entries: RecordEntry[];
  quarantine: QuarantineItem[];
  futureVersion: number | null;
}

export interface PromptStatus {
  promptId: string;
  promptVersion: string;
  shown: boolean;
  /** The latest outcome (corrections included), or null if only shown. */
  outcome: OutcomeCode | null;
  reason: ReasonCode | null;
  seq: number;
  recordedAt: string;
}
export interface CaseStatus {
  prompts: PromptStatus[];
}

export interface ImportValue {
  added: number;
  duplicates: number;
  /** Entries the file has but the store keeps an unreadable value for: never overwritten. */
  skipped: number;
}

export interface ViewQuery {
  filter: EntryFilter;
  /** A typed case reference: matched exactly (by HMAC or in clear), never stored. */
  caseRef: string | null;
  /** A case key (from a row of the table): its timeline comes back too. */
  caseKey: string | null;
  page: number;
  pageSize: number;
}

/** What the record page shows: the whole record's figures, and one page of the filtered table. */
export interface RecordView extends EntryPage {
  /** All months, for the modes the filter includes; other filters never change these. */
  totals: CountsRow;
  /** The current UK calendar month, same modes. */
  thisMonth: CountsRow;
  month: string;
  /** Case entries without a case reference (not counted as cases). */
  withoutReference: number;
  offenceIds: string[];
  timeline: CaseEntry[];
  quarantine: QuarantineItem[];
  futureVersion: number | null;
}

export interface SummaryExportOptions {
  organisation: string | null;
  smallNumbers: SmallNumbers;
  now: Date;
  extensionVersion: string;
}

export interface StoreOptions {
  /** The organisation-wide case-reference key from policy (`caseRefKey`), if any. */
  orgKey?: () => Promise<string | null | undefined>;
}

export interface PurgeValue {
  purged: Record<Mode, number>;
}

export const DEFAULT_RETENTION_DAYS = 730;
const DAY_MS = 86_400_000;

function storageError<T>(error: unknown): Result<T> {
  const text = error instanceof Error ? error.message : String(error);
  // Firefox raises a DOMException named QuotaExceededError, whose message need not say so.
  const name = error instanceof Error ? error.name : ''; // DOMException is an Error
  if (name === 'QuotaExceededError' || /quota|QUOTA_BYTES|storage.*full|no space/i.test(text)) {
    return err('storage-full', 'Browser storage is full, so this was not recorded. Nothing already recorded was lost. Export the record and free some space.');
  }
  return err('storage-error', `The browser could not save the record (${text.slice(0, 200)}). Nothing already recorded was lost.`);
}

function newerVersion<T>(version: number): Result<T> {
  return err('newer-version', `The record was written by a newer version of the extension (record version ${version}). Update the extension; nothing has been changed.`);
}

/**
 * The acknowledgement record. The background service worker owns the only instance. Storage is the
 * source of truth: the in-memory copy of a log is reused only while the stored head is unchanged,
 * so a restarted worker (MV3 stops them at any time) simply reloads.
 */
export function createRecordStore(kv: StorageArea, options: StoreOptions = {}) {
  const run = createQueue();
  const cache = new Map<Mode, { headJson: string; log: LoadedLog }>();
  const counted = new Map<Mode, { log: LoadedLog; length: number; rows: CountsRow[]; withoutReference: number }>();

  /** The log's counts, recounted only when the log changed since they were last made. */
  function countedOf(log: LoadedLog) {
    const hit = counted.get(log.mode);
    if (hit && hit.log === log && hit.length === log.entries.length) return hit;
    const states = caseStates(log.entries);
    const next = { log, length: log.entries.length, rows: countRows(states), withoutReference: states.withoutReference };
    counted.set(log.mode, next);
    return next;
  }

  async function orgSecret(): Promise<string | null> {
    const key = (await options.orgKey?.().catch(() => null)) ?? null;
    return key ? orgSecretHex(key) : null;
  }

  /** Every key a stored hash may have been made with: this install's secret and the organisation's. */
  async function matcherFor(ref: string) {
    const secret = await readSecret(false);
    return caseRefMatcher(ref, [secret.ok ? secret.value : null, await orgSecret()]);
  }

  /** Reads every given log in full from one snapshot (the slow path: every entry is read and checked). */
  async function fullRead(modes: readonly Mode[]) {
    const snapshot = await kv.get(null);
    const logs: LoadedLog[] = [];
    const heads = new Map<Mode, string>();
    const copies: Record<string, unknown> = {};
    for (const mode of modes) {
      const log = loadLog(snapshot, mode);
      for (const item of log.quarantine) {
        const qKey = QUARANTINE_PREFIX + item.key;
        if (!(qKey in snapshot)) copies[qKey] = { key: item.key, reason: item.reason, value: snapshot[item.key] ?? null };
      }
      heads.set(mode, canonicalJson(snapshot[headKey(mode)] ?? null));
      cache.set(mode, { headJson: heads.get(mode)!, log });
      logs.push(log);
    }
    if (Object.keys(copies).length > 0) {
      // Best effort: the original stays in place whatever happens here.
      await kv.set(copies).catch(() => undefined);
    }
    return { logs, keys: Object.keys(snapshot), heads };
  }

  async function readLog(mode: Mode): Promise<LoadedLog> {
    return (await fullRead([mode])).logs[0]!;
  }

  const index = createIndexAccess(kv, fullRead);

  /**
   * Logs whose index was read from storage (not rebuilt) in this worker are checked once, after the
   * request that read them has been answered: are the keys under the log the ones the index knows?
   * Entries added or removed outside the store (a restore, a damaged profile) then reach the index.
   */
  function checkLater() {
    for (const mode of index.takeUnchecked()) {
      void run(async () => {
        if (!(await index.keysAgree(mode))) await index.rebuild([mode]);
      }).catch(() => undefined);
    }
  }

  /** After a change the index cannot follow step by step (an import, a purge). */
  async function rebuildOrForget(modes: readonly Mode[]) {
    await index.rebuild(modes).catch(() => modes.forEach((m) => index.forget(m)));
  }

  /** The stored entries behind some rows, or null if one is missing or is not what its row says (rebuild). */
  async function entriesOf(rows: readonly IndexRow[]): Promise<RecordEntry[] | null> {
    if (rows.length === 0) return [];
    const stored = await kv.get(rows.map((r) => entryKey(r.mode, r.seq)));
    const out: RecordEntry[] = [];
    for (const row of rows) {
      const read = migrateEntry(stored[entryKey(row.mode, row.seq)]);
      if (read.status !== 'ok' || canonicalJson(toRow(read.value)) !== canonicalJson(row)) return null;
      out.push(read.value);
    }
    return out;
  }

  /** Every row of a log held by the index, oldest first. */
  function rowsOf(state: IndexState): IndexRow[] {
    return (state.segments as IndexRow[][]).flat();
  }

  /** The log, from cache if the stored head has not moved since it was loaded. */
  async function currentLog(mode: Mode): Promise<LoadedLog> {
    const cached = cache.get(mode);
    if (cached) {
      const stored = await kv.get([headKey(mode)]);
      if (canonicalJson(stored[headKey(mode)] ?? null) === cached.headJson) return cached.log;
    }
    return readLog(mode);
  }

  async function readSecret(create: boolean): Promise<Result<string | null>> {
    const stored = (await kv.get([SECRET_KEY]))[SECRET_KEY];
    if (isHex64(stored)) return ok(stored);
    if (stored !== undefined) return err('secret-unreadable', 'The key used to protect case references is damaged; it has been left as it is.');
    if (!create) return ok(null);
    const secret = randomHex(32);
    await kv.set({ [SECRET_KEY]: secret });
    return ok(secret);
  }

  function lastHash(log: LoadedLog): string {
    return log.head?.hash ?? log.entries.at(-1)?.hash ?? GENESIS_HASH;
  }
  function nextSeq(log: LoadedLog): number {
    return Math.max(log.head?.seq ?? 0, log.maxSeq, log.entries.at(-1)?.seq ?? 0) + 1;
  }

  /** Hashes and writes one entry and the head in ONE set(), then updates the cached log. */
  async function write(log: LoadedLog, body: Record<string, unknown>, now: Date): Promise<Result<RecordEntry>> {
    const stored: Record<string, unknown> = { ...body, hash: '' };
    stored.hash = await entryHash(stored);
    const entry = stored as unknown as RecordEntry;
    const head: RecordHead = { v: RECORD_VERSION, seq: entry.seq, hash: entry.hash, updatedAt: now.toISOString() };
    try {
      await kv.set({ [entryKey(log.mode, entry.seq)]: stored, [headKey(log.mode)]: head });
    } catch (error) {
      return storageError(error);
    }
    log.entries.push(entry);
    log.raw.set(entry.seq, stored);
    log.slots.push({ seq: entry.seq, raw: stored, entry });
    log.head = head;
    log.maxSeq = Math.max(log.maxSeq, entry.seq);
    cache.set(log.mode, { headJson: canonicalJson(head), log });
    return ok(entry);
  }

  /**
   * Hashes and writes one entry, the head and the index's changes in ONE set(), so the index can never
   * describe a log other than the stored one; then updates what this worker holds.
   */
  async function writeIndexed(state: IndexState, body: Record<string, unknown>, now: Date): Promise<Result<RecordEntry>> {
    const mode = state.mode;
    const stored: Record<string, unknown> = { ...body, hash: '' };
    stored.hash = await entryHash(stored);
    const entry = stored as unknown as RecordEntry;
    const head: RecordHead = { v: RECORD_VERSION, seq: entry.seq, hash: entry.hash, updatedAt: now.toISOString() };
    const headJson = canonicalJson(head);
    const before = state.headJson;
    // Never over anything: a slot already taken (written by another version or copy, beyond the head the
    // index knows) means the index is stale. It is rebuilt from a full read and the caller reads again.
    const slot = entryKey(mode, entry.seq);
    if ((await kv.get(slot))[slot] !== undefined) {
      await index.rebuild([mode]);
      return err('slot-taken', 'The record changed while it was read. Nothing was recorded; try again.');
    }
    const indexed = index.appendItems(state, entry, headJson);
    try {
      await kv.set({ [entryKey(mode, entry.seq)]: stored, [headKey(mode)]: head, ...indexed.items });
    } catch (error) {
      return storageError(error);
    }
    indexed.apply();
    const held = cache.get(mode);
    if (held && held.headJson === before) {
      held.log.entries.push(entry);
      held.log.raw.set(entry.seq, stored);
      held.log.slots.push({ seq: entry.seq, raw: stored, entry });
      held.log.head = head;
      held.log.maxSeq = Math.max(held.log.maxSeq, entry.seq);
      cache.set(mode, { headJson, log: held.log });
    } else cache.delete(mode);
    return ok(entry);
  }

  /** The stored entry behind a row; if it is not what the row says, the index is rebuilt and null returned. */
  async function entryAt(row: IndexRow): Promise<RecordEntry | null> {
    const [entry] = (await entriesOf([row])) ?? [];
    if (entry) return entry;
    await index.rebuild([row.mode]);
    return null;
  }

  async function append(input: unknown, context: AppendContext): Promise<Result<AppendValue>> {
    const parsed = appendInput.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return err('invalid-input', `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    const data = parsed.data;
    const attempt = async (retry: boolean): Promise<Result<AppendValue>> => {
        const state = await index.whole(data.mode);
        const { manifest, maps } = { manifest: state.manifest, maps: state.maps! };
        if (manifest.futureVersion !== null) return newerVersion<AppendValue>(manifest.futureVersion);
        const sameRow = maps.byClient.get(data.clientId);
        if (sameRow) {
          const same = await entryAt(sameRow);
          return same ? ok({ entry: same, duplicate: true }) : retry ? attempt(false) : err<AppendValue>('storage-error', 'The record changed while it was read. Nothing was recorded; try again.');
        }

        let caseRef = null;
        if (data.caseRef !== null) {
          const org = context.caseRefInClear ? null : await orgSecret();
          const secret = context.caseRefInClear ? ok('') : org ? ok(org) : await readSecret(true);
          if (!secret.ok) return secret;
          caseRef = await storeCaseRef(data.caseRef, secret.value ?? '', context.caseRefInClear === true);
        }
        if (data.event === 'shown' && caseRef !== null) {
          const shownRow = (maps.byCase.get(caseKey(caseRef)!) ?? []).find(
            (r) => (r.kind === 'shown' || r.kind === 'outcome') && r.prompt.id === data.prompt.id && r.prompt.version === data.prompt.version,
          );
          if (shownRow) {
            const shown = await entryAt(shownRow);
            return shown ? ok({ entry: shown, duplicate: true }) : retry ? attempt(false) : err<AppendValue>('storage-error', 'The record changed while it was read. Nothing was recorded; try again.');
          }
        }
        if (data.corrects !== null && maps.bySeq.get(data.corrects)?.kind !== 'outcome') {
          return err<AppendValue>('invalid-correction', `Entry ${data.corrects} is not a recorded outcome, so it cannot be corrected.`);
        }

        const common = {
          v: RECORD_VERSION,
          seq: manifest.nextSeq,
          recordedAt: context.now.toISOString(),
          mode: data.mode,
          clientId: data.clientId,
          extensionVersion: context.extensionVersion,
          prevHash: manifest.lastHash,
          role: data.role,
          caseRef,
          site: data.site,
          prompt: data.prompt,
          offence: data.offence,
        };
        const body =
          data.event === 'shown'
            ? { ...common, kind: 'shown' }
            : { ...common, kind: 'outcome', outcome: data.outcome, reason: data.reason, note: data.note || null, corrects: data.corrects };
        const written = await writeIndexed(state, body, context.now);
        if (!written.ok && written.error.code === 'slot-taken' && retry) return attempt(false);
        return written.ok ? ok({ entry: written.value, duplicate: false }) : written;
    };
    return run(async () => {
      try {
        return await attempt(true);
      } catch (error) {
        return storageError<AppendValue>(error);
      } finally {
        checkLater();
      }
    });
  }

  /**
   * Records what the extension saw on a page (an order already entered for a case). Idempotent: one
   * entry per case, observation and log, whatever the page visit, tab or retry; a repeat answers with
   * the entry already there (`duplicate: true`).
   */
  async function observe(input: unknown, context: AppendContext): Promise<Result<AppendValue>> {
    const parsed = observeInput.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return err('invalid-input', `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    const data = parsed.data;
    const attempt = async (retry: boolean): Promise<Result<AppendValue>> => {
        const state = await index.whole(data.mode);
        const { manifest, maps } = { manifest: state.manifest, maps: state.maps! };
        if (manifest.futureVersion !== null) return newerVersion<AppendValue>(manifest.futureVersion);
        const secret = context.caseRefInClear ? ok('') : await readSecret(true);
        if (!secret.ok) return secret;
        const caseRef = await storeCaseRef(data.caseRef, secret.value ?? '', context.caseRefInClear === true);
        const key = caseKey(caseRef)!;
        // The first of: the same client id, or this observation for this case (as a scan in seq order finds).
        const candidates = [
          maps.byClient.get(data.clientId),
          (maps.byCase.get(key) ?? []).find((r) => r.kind === 'observation' && r.observation === data.observation),
        ].filter((r): r is IndexRow => r !== undefined);
        const seenRow = candidates.sort((a, b) => a.seq - b.seq)[0];
        if (seenRow) {
          const seen = await entryAt(seenRow);
          return seen ? ok({ entry: seen, duplicate: true }) : retry ? attempt(false) : err<AppendValue>('storage-error', 'The record changed while it was read. Nothing was recorded; try again.');
        }
        const body = {
          v: RECORD_VERSION,
          kind: 'observation',
          seq: manifest.nextSeq,
          recordedAt: context.now.toISOString(),
          mode: data.mode,
          clientId: data.clientId,
          extensionVersion: context.extensionVersion,
          prevHash: manifest.lastHash,
          role: data.role,
          caseRef,
          site: data.site,
          offence: data.offence,
          observation: data.observation,
          stage: data.stage,
        };
        const written = await writeIndexed(state, body, context.now);
        if (!written.ok && written.error.code === 'slot-taken' && retry) return attempt(false);
        return written.ok ? ok({ entry: written.value, duplicate: false }) : written;
    };
    return run(async () => {
      try {
        return await attempt(true);
      } catch (error) {
        return storageError<AppendValue>(error);
      } finally {
        checkLater();
      }
    });
  }

  async function list(query: ListQuery): Promise<Result<RecordListing>> {
    return run(async () => {
      const modes = query.mode === 'all' ? MODES : [query.mode];
      const logs = [];
      for (const mode of modes) logs.push(await currentLog(mode));
      let entries = logs.flatMap((l) => l.entries);
      if (query.caseRef) {
        const matches = await matcherFor(query.caseRef);
        entries = entries.filter((e) => e.kind !== 'purge' && matches(e.caseRef));
      }
      entries.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt) || b.seq - a.seq);
      const futures = logs.map((l) => l.futureVersion).filter((v): v is number => v !== null);
      return ok({
        entries,
        quarantine: logs.flatMap((l) => l.quarantine),
        futureVersion: futures.length ? Math.max(...futures) : null,
      });
    });
  }

  async function caseStatus(caseRef: string, mode: Mode): Promise<Result<CaseStatus>> {
    return run(async () => {
      const rows = asEntries(rowsOf(await index.whole(mode)));
      checkLater();
      const matches = await matcherFor(caseRef);
      const byPrompt = new Map<string, PromptStatus>();
      for (const entry of rows) {
        if ((entry.kind !== 'shown' && entry.kind !== 'outcome') || !matches(entry.caseRef)) continue;
        const status = byPrompt.get(entry.prompt.id) ?? {
          promptId: entry.prompt.id,
          promptVersion: entry.prompt.version,
          shown: false,
          outcome: null,
          reason: null,
          seq: entry.seq,
          recordedAt: entry.recordedAt,
        };
        status.shown = true;
        status.promptVersion = entry.prompt.version;
        status.seq = entry.seq;
        status.recordedAt = entry.recordedAt;
        if (entry.kind === 'outcome') {
          status.outcome = entry.outcome;
          status.reason = entry.reason;
        }
        byPrompt.set(entry.prompt.id, status);
      }
      return ok({ prompts: [...byPrompt.values()] });
    });
  }

  /** The newest rows of one log that pass the filter, newest first (the log's times never go back). */
  async function newestMatching(state: IndexState, filter: EntryFilter, need: number): Promise<IndexRow[] | null> {
    const out: IndexRow[] = [];
    for (let n = state.manifest.segments - 1; n >= 0 && out.length < need; n--) {
      if (!(await index.readSegments(state, [n]))) return null;
      const segment = state.segments[n]!;
      for (let i = segment.length - 1; i >= 0 && out.length < need; i--) {
        if (matchesFilter(asEntries([segment[i]!])[0]!, filter)) out.push(segment[i]!);
      }
    }
    return out;
  }

  /**
   * The record page's answer from the index: the counts as kept, one page of rows, and only those
   * entries read from storage. With the default filters and a log whose times never went back, only
   * the newest segments are read, so the cost does not grow with the record. Null when the index turns
   * out not to match the entries (then it is rebuilt and the full read answers).
   */
  async function viewFromIndex(query: ViewQuery, now: Date): Promise<RecordView | null> {
    const states = await index.states(MODES);
    const modes: readonly Mode[] = query.filter.includeTraining ? MODES : ['live'];
    const included = states.filter((s) => modes.includes(s.mode));
    const f = query.filter;
    let pageRows: IndexRow[];
    let timelineRows: IndexRow[] = [];
    let total: number;
    let current: number;
    const byTail = !query.caseRef && !query.caseKey && !f.from && !f.to && !f.outcome && !f.offenceId && included.every((s) => s.manifest.monotonic);
    if (byTail) {
      total = included.reduce((n, s) => n + s.manifest.count - (f.showShown === false ? s.manifest.kinds.shown : 0), 0);
      const pages = Math.max(1, Math.ceil(total / query.pageSize));
      current = Math.min(Math.max(1, Math.floor(query.page)), pages);
      const candidates: IndexRow[] = [];
      for (const state of included) {
        const newest = await newestMatching(state, f, current * query.pageSize);
        if (newest === null) return null;
        candidates.push(...newest);
      }
      candidates.sort((a, b) => newestFirst(asEntries([a])[0]!, asEntries([b])[0]!));
      pageRows = candidates.slice((current - 1) * query.pageSize, current * query.pageSize);
    } else {
      let rows: IndexRow[] = [];
      for (const state of included) rows.push(...rowsOf(await index.whole(state.mode)));
      if (query.caseRef) {
        const matches = await matcherFor(query.caseRef);
        rows = rows.filter((r) => (r.kind === 'shown' || r.kind === 'outcome') && matches(r.caseRef));
      }
      const page = pageOf(asEntries(rows), f, query.page, query.pageSize);
      pageRows = page.entries as unknown as IndexRow[];
      total = page.total;
      current = page.page;
      if (query.caseKey) timelineRows = caseTimeline(asEntries(rows), query.caseKey) as unknown as IndexRow[];
    }
    const entries = await entriesOf(pageRows);
    const timeline = await entriesOf(timelineRows);
    if (entries === null || timeline === null) return null;
    const rows = included.flatMap((s) => s.manifest.rows);
    const month = ukMonth(now.getTime());
    const futures = states.map((s) => s.manifest.futureVersion).filter((v): v is number => v !== null);
    return {
      entries,
      total,
      page: current,
      pageSize: query.pageSize,
      totals: totalOf(rows),
      thisMonth: totalOf(rows.filter((r) => r.month === month), month),
      month,
      withoutReference: included.reduce((n, s) => n + s.manifest.withoutReference, 0),
      offenceIds: [...new Set(included.flatMap((s) => s.manifest.offenceIds))].sort(),
      timeline: timeline as CaseEntry[],
      quarantine: states.flatMap((s) => s.manifest.quarantine),
      futureVersion: futures.length ? Math.max(...futures) : null,
    };
  }

  /** The record page's one request: figures from kept counts, one page of the filtered table. */
  async function view(query: ViewQuery, now: Date): Promise<Result<RecordView>> {
    return run(async () => {
      const fast = await viewFromIndex(query, now);
      checkLater();
      if (fast) return ok(fast);
      await index.rebuild(MODES);
      return viewFromLogs(query, now);
    });
  }

  /** The same answer from the full logs: the reference the index is tested against, and the fallback. */
  async function viewFromLogs(query: ViewQuery, now: Date): Promise<Result<RecordView>> {
    const modes = query.filter.includeTraining ? MODES : (['live'] as const);
    const logs: LoadedLog[] = [];
    for (const mode of MODES) logs.push(await currentLog(mode));
    const included = logs.filter((l) => (modes as readonly Mode[]).includes(l.mode));
    const counts = included.map(countedOf);
    const rows = counts.flatMap((c) => c.rows);
    const month = ukMonth(now.getTime());
    let entries: RecordEntry[] = included.length === 1 ? included[0]!.entries : included.flatMap((l) => l.entries);
    if (query.caseRef) {
      const matches = await matcherFor(query.caseRef);
      entries = entries.filter((e) => (e.kind === 'shown' || e.kind === 'outcome') && matches(e.caseRef));
    }
    const futures = logs.map((l) => l.futureVersion).filter((v): v is number => v !== null);
    return ok({
      ...pageOf(entries, query.filter, query.page, query.pageSize),
      totals: totalOf(rows),
      thisMonth: totalOf(rows.filter((r) => r.month === month), month),
      month,
      withoutReference: counts.reduce((n, c) => n + c.withoutReference, 0),
      offenceIds: offenceIds(included.flatMap((l) => l.entries)),
      timeline: query.caseKey ? caseTimeline(entries, query.caseKey) : [],
      quarantine: logs.flatMap((l) => l.quarantine),
      futureVersion: futures.length ? Math.max(...futures) : null,
    });
  }

  /** Counts of the live record per month (training never counts towards management information). */
  async function liveRows(): Promise<Result<CountsRow[]>> {
    return run(async () => {
      const [state] = await index.states(['live']);
      checkLater();
      const manifest = state!.manifest;
      if (manifest.futureVersion !== null) return newerVersion<CountsRow[]>(manifest.futureVersion);
      return ok(manifest.rows);
    });
  }

  /** The popup's figures: this month and all time, live record only. */
  async function figures(now: Date): Promise<Result<{ month: string; thisMonth: CountsRow; totals: CountsRow }>> {
    const rows = await liveRows();
    if (!rows.ok) return rows;
    const month = ukMonth(now.getTime());
    return ok({ month, thisMonth: totalOf(rows.value.filter((r) => r.month === month), month), totals: totalOf(rows.value) });
  }

  async function summaryExport(opts: SummaryExportOptions): Promise<Result<SummaryFile>> {
    const rows = await liveRows();
    if (!rows.ok) return rows;
    return ok(
      buildSummaryFile(rows.value, {
        exportId: randomHex(16),
        extensionVersion: opts.extensionVersion,
        exportedMonth: ukMonth(opts.now.getTime()),
        organisation: opts.organisation,
        smallNumbers: opts.smallNumbers,
        caseRefKey: (await orgSecret()) ? 'organisation' : 'this-browser',
      }),
    );
  }

  async function verify(mode: Mode): Promise<Result<VerifyReport>> {
    return run(async () => {
      const log = await readLog(mode);
      if (log.futureVersion !== null) return newerVersion<VerifyReport>(log.futureVersion);
      const headMissing = log.head === null;
      const report = await verifyChain(log.slots, log.head);
      // A head that exists but cannot be read is reported as missing at the last entry.
      if (headMissing && log.slots.length === 0 && log.quarantine.some((q) => q.key === headKey(mode))) {
        report.breaks.push({ seq: 0, reason: 'head-missing' });
        report.ok = false;
      }
      return ok(report);
    });
  }

  async function exportFile(options: { includeTraining: boolean; now: Date; extensionVersion: string }): Promise<Result<ExportFile>> {
    return run(async () => {
      const file: ExportFile = {
        format: EXPORT_FORMAT,
        formatVersion: EXPORT_FORMAT_VERSION,
        exportedAt: options.now.toISOString(),
        extensionVersion: options.extensionVersion,
        includesTraining: options.includeTraining,
        logs: {},
      };
      for (const mode of options.includeTraining ? MODES : (['live'] as const)) {
        const log = await readLog(mode);
        if (log.futureVersion !== null) return newerVersion<ExportFile>(log.futureVersion);
        const last = log.entries.at(-1);
        file.logs[mode] = {
          headSeq: log.head?.seq ?? last?.seq ?? 0,
          headHash: log.head?.hash ?? last?.hash ?? GENESIS_HASH,
          entries: log.entries.map((e) => log.raw.get(e.seq)!),
        };
      }
      return ok(file);
    });
  }

  async function importFile(text: string): Promise<Result<ImportValue>> {
    const parsed = await parseExportFile(text);
    if (!parsed.ok) return parsed;
    return run(async () => {
      const items: Record<string, unknown> = {};
      const result: ImportValue = { added: 0, duplicates: 0, skipped: 0 };
      for (const incoming of parsed.value) {
        const log = await readLog(incoming.mode);
        if (log.futureVersion !== null) return newerVersion<ImportValue>(log.futureVersion);
        const present = new Map(log.slots.map((s) => [s.seq, s]));
        const firstSeq = log.entries[0]?.seq ?? Infinity;
        const headSeq = log.head?.seq ?? log.entries.at(-1)?.seq ?? 0;
        let extendsFrom: string | null = null;
        for (const entry of incoming.entries) {
          const slot = present.get(entry.seq);
          if (slot && 'entry' in slot) {
            if (slot.entry.hash !== entry.hash) {
              return err<ImportValue>('import-conflict', `Entry ${entry.seq} of the ${incoming.mode} record differs from the one in the file: the file is from another record or one of them was changed. Nothing was imported.`);
            }
            result.duplicates++;
          } else if (slot) {
            result.skipped++;
          } else if (entry.seq < firstSeq && entry.seq <= headSeq) {
            result.duplicates++; // purged here already: stays purged
          } else {
            if (entry.seq > headSeq && extendsFrom === null) extendsFrom = entry.prevHash;
            items[entryKey(incoming.mode, entry.seq)] = incoming.raw.get(entry.seq);
            result.added++;
          }
        }
        if (extendsFrom !== null) {
          if (headSeq > 0 && extendsFrom !== lastHash(log)) {
            return err<ImportValue>('import-conflict', `The ${incoming.mode} entries in the file do not continue this record. Nothing was imported.`);
          }
          const last = incoming.entries.at(-1)!;
          items[headKey(incoming.mode)] = { v: RECORD_VERSION, seq: last.seq, hash: last.hash, updatedAt: new Date().toISOString() };
        }
      }
      if (result.added === 0) return ok(result);
      // The index is void in the same write (an import can fill gaps below the head, which the head cannot
      // show), then rebuilt; if the rebuild fails, the next read rebuilds.
      for (const incoming of parsed.value) items[indexKey(incoming.mode)] = null;
      try {
        await kv.set(items);
      } catch (error) {
        return storageError<ImportValue>(error);
      }
      cache.clear();
      counted.clear();
      await rebuildOrForget(parsed.value.map((l) => l.mode));
      return ok(result);
    });
  }

  /**
   * Removes the training log only (never a live key). With `expected`, only if the training log still
   * ends where the list the user confirmed ended: an entry added since (another tab) was never shown.
   */
  async function clearTraining(expected?: { maxSeq: number }): Promise<Result<{ removed: number }>> {
    return run(async () => {
      const snapshot = await kv.get(null);
      const lastListed = (log: LoadedLog) => log.entries.reduce((max, e) => Math.max(max, e.seq), 0);
      if (expected && lastListed(loadLog(snapshot, 'training')) !== expected.maxSeq) {
        return err('training-changed', 'Training entries were added since the list was shown. Nothing was removed: look at the list again.');
      }
      const keys = Object.keys(snapshot).filter((k) => k.startsWith(entryPrefix('training')));
      const indexKeys = Object.keys(snapshot).filter((k) => k.startsWith(indexKey('training')));
      try {
        await kv.remove([...keys, headKey('training'), ...indexKeys]);
      } catch (error) {
        return storageError<{ removed: number }>(error);
      }
      cache.delete('training');
      await index.reset('training');
      return ok({ removed: keys.length });
    });
  }

  /**
   * Removes entries older than the retention period from the start of each chain and appends a
   * marker naming the range and the last purged hash. Stops at the first entry that is unreadable,
   * missing or still in date, so a purge never hides damage.
   */
  async function purgeExpired(now: Date, retentionDays = DEFAULT_RETENTION_DAYS, extensionVersion = '0'): Promise<Result<PurgeValue>> {
    return run(async () => {
      const purged: Record<Mode, number> = { live: 0, training: 0 };
      const cutoff = now.getTime() - retentionDays * DAY_MS;
      for (const mode of MODES) {
        // The daily check usually finds nothing due: the index's oldest entry says so without a full read.
        // (A purge stops at the first entry that is unreadable or in date, so an in-date oldest readable
        // entry means nothing goes.)
        const [state] = await index.states([mode]);
        if (state!.manifest.futureVersion === null && state!.manifest.quarantine.length === 0) {
          if (state!.manifest.count === 0) continue;
          if ((await index.readSegments(state!, [0])) && Date.parse(state!.segments[0]![0]!.recordedAt) >= cutoff) continue;
        }
        const log = await readLog(mode);
        if (log.futureVersion !== null) return newerVersion<PurgeValue>(log.futureVersion);
        const expired: RecordEntry[] = [];
        for (const slot of log.slots) {
          const previous = expired.at(-1);
          if (!('entry' in slot) || slot.entry.seq !== slot.seq) break;
          if (previous && slot.seq !== previous.seq + 1) break;
          if (Date.parse(slot.entry.recordedAt) >= cutoff) break;
          expired.push(slot.entry);
        }
        const first = expired[0];
        const last = expired.at(-1);
        if (!first || !last) continue;
        const marker = {
          v: RECORD_VERSION,
          kind: 'purge',
          seq: nextSeq(log),
          recordedAt: now.toISOString(),
          mode,
          clientId: `purge-${randomHex(8)}`,
          extensionVersion,
          prevHash: lastHash(log),
          purge: { fromSeq: first.seq, toSeq: last.seq, count: expired.length, lastHash: last.hash },
        };
        // Marker first: a worker stopped between the two calls leaves extra entries, never a gap.
        const written = await write(log, marker, now);
        if (!written.ok) return written;
        try {
          await kv.remove(expired.map((e) => entryKey(mode, e.seq)));
        } catch (error) {
          return storageError<PurgeValue>(error);
        }
        cache.delete(mode);
        await rebuildOrForget([mode]);
        purged[mode] = expired.length;
      }
      return ok({ purged });
    });
  }

  /** The page's answer from a full read of the logs (what the index must agree with; tests compare them). */
  const viewFull = (query: ViewQuery, now: Date) => run(() => viewFromLogs(query, now));

  return { append, observe, list, view, viewFull, liveRows, figures, summaryExport, caseStatus, verify, exportFile, importFile, clearTraining, purgeExpired };
}

export type RecordStore = ReturnType<typeof createRecordStore>;
export type { CaseEntry, OutcomeEntry };
