import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleMessage, type DispatchDeps, type Handlers } from '../../../lib/messaging/dispatch';
import { PROTOCOL, type MessageType } from '../../../lib/messaging/protocol';
import { createRecordHandlers } from '../../../lib/messaging/record-handlers';
import { IMPORT_MAX_CHARS } from '../../../lib/record/export-file';
import { createMemoryArea } from '../../../lib/record/kv';
import { ok } from '../../../lib/core/result';
import { createRecordStore } from '../../../lib/record/store';
import { fixedPromptHasher, makeRequest } from '../record/helpers';

/**
 * Issue 9: property tests over random payloads for EVERY message type in PROTOCOL. handleMessage
 * never throws, answers {ok:false} for anything its schema refuses (and never runs the handler
 * then), refuses "page" messages from content scripts whatever the payload, refuses senders other
 * than our own extension, and refuses oversized strings in every string field.
 */

const SELF = { id: 'our-extension-id', origin: 'chrome-extension://our-extension-id' };
const EXTENSION_PAGE = { id: SELF.id, url: `${SELF.origin}/record.html`, origin: SELF.origin };
const CONTENT = { id: SELF.id, url: 'https://caseworker.example.gov.uk/case/1', origin: 'https://caseworker.example.gov.uk', tab: { id: 3 }, frameId: 0 };
const TYPES = Object.keys(PROTOCOL) as MessageType[];

/** One valid payload per message type. The test below fails if a type is added without one. */
const VALID: Record<MessageType, Record<string, unknown>> = {
  'record.append': makeRequest({ clientId: 'client-valid-000001' }) as unknown as Record<string, unknown>,
  'record.observe': {
    clientId: 'observe-valid-000001',
    caseRef: '01AB2345678',
    site: 'https://caseworker.example.gov.uk',
    offence: { id: 'soa2003-s66b-2', evidenceKind: 'title' },
    observation: 'deprivation-order-on-page',
    stage: 'results-entry',
  },
  'record.caseStatus': { caseRef: '01AB2345678', mode: 'live' },
  'record.list': { mode: 'all', caseRef: null },
  'record.view': { filter: { includeTraining: false }, page: 1, pageSize: 50 },
  'record.figures': {},
  'record.summaryExport': { organisation: null, smallNumbers: 'protected' },
  'record.verify': { mode: 'training' },
  'record.export': { includeTraining: true },
  'record.import': { text: '{"format":"x"}' },
  'record.clearTraining': { maxSeq: 0 },
  'record.purge': {},
  'page.detected': {
    verdict: 'match',
    offences: [{ id: 'soa2003-s66b-2', title: 'Sharing intimate photograph or film', citation: 'SOA 2003 s.66B(2)', category: 'intimate-image', evidenceKind: 'cjs-code' }],
    caseRef: '01AB2345678',
  },
  'detector.load': {},
  'sidebar.open': {},
  'sidebar.context': {},
  'settings.setRole': { role: 'prosecutor' },
  'settings.setPresenter': { presenter: true },
  'tab.status': { tabId: 4 },
  'tab.check': { tabId: 4 },
};

/** Handlers that only count calls: the dispatcher's own checks are what is under test. */
function spyDeps() {
  const calls: MessageType[] = [];
  const handlers = Object.fromEntries(
    TYPES.map((type) => [
      type,
      async () => {
        calls.push(type);
        return ok({});
      },
    ]),
  ) as unknown as Handlers;
  const deps: DispatchDeps = { self: SELF, handlers };
  return { deps, calls };
}

/** Real record handlers over an in-memory store; page handlers as spies. */
function realDeps(): DispatchDeps {
  const store = createRecordStore(createMemoryArea());
  const record = createRecordHandlers(store, {
    now: () => new Date('2026-03-01T10:00:00.000Z'),
    extensionVersion: '0.1.0',
    caseRefInClear: () => false,
    trainingPage: () => null,
    retentionDays: () => 730,
    promptTextHash: fixedPromptHasher,
  });
  return { self: SELF, handlers: { ...spyDeps().deps.handlers, ...record } };
}

/** Every path to a string leaf of a value. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

function setAt(value: unknown, path: (string | number)[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, leaf);
  return copy;
}

/** Near-valid payloads: a valid one with one field replaced, removed, or one key added. */
function nearValid(type: MessageType): fc.Arbitrary<unknown> {
  const base = VALID[type];
  const keys = Object.keys(base);
  const junk = fc.oneof(fc.anything(), fc.string({ maxLength: 300 }), fc.integer(), fc.constant(null), fc.constant(undefined));
  return fc.oneof(
    fc.constant(base),
    keys.length ? fc.tuple(fc.constantFrom(...keys), junk).map(([k, v]) => ({ ...base, [k]: v })) : fc.constant(base),
    keys.length ? fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(base).filter(([key]) => key !== k))) : fc.constant(base),
    fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), junk).map(([k, v]) => ({ ...base, [k]: v })),
    fc.anything(),
  );
}


describe('message validation, property-based (fast-check, seed 42)', () => {
  it('has a valid sample payload for every PROTOCOL type, accepted as it stands', async () => {
    expect(Object.keys(VALID).sort()).toEqual([...TYPES].sort());
    for (const type of TYPES) {
      const { deps, calls } = spyDeps();
      const result = await handleMessage({ type, payload: VALID[type] }, EXTENSION_PAGE, deps);
      expect(result, type).toEqual({ ok: true, value: {} });
      expect(calls).toEqual([type]);
    }
  });

  it('never throws; refuses what the schema refuses without running the handler; content scripts never reach "page" messages', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TYPES).chain((type) => fc.tuple(fc.constant(type), nearValid(type))),
        fc.constantFrom<'page' | 'content'>('page', 'content'),
        async ([type, payload], from) => {
          const { deps, calls } = spyDeps();
          const sender = from === 'page' ? EXTENSION_PAGE : CONTENT;
          const result = await handleMessage({ type, payload }, sender, deps);
          expect(typeof result.ok).toBe('boolean');
          const spec = PROTOCOL[type];
          if (from === 'content' && spec.access === 'page') {
            expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
            expect(calls).toEqual([]);
            return;
          }
          const valid = spec.payload.safeParse(payload ?? {}).success;
          if (valid) expect(calls).toEqual([type]);
          else {
            expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
            expect(calls).toEqual([]);
          }
        },
      ),
      { seed: 42, numRuns: 3000 },
    );
  });

  it('refuses unknown types, malformed envelopes and foreign senders, whatever they carry', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({ type: fc.string({ maxLength: 100 }), payload: fc.anything() }),
          fc.record({ type: fc.constantFrom(...TYPES), payload: fc.anything(), extra: fc.anything() }),
          fc.constantFrom(...TYPES).map((type) => ({ type: `${type} `, payload: VALID[type] })),
          fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty').map((type) => ({ type, payload: {} })),
        ),
        fc.constantFrom<unknown>(EXTENSION_PAGE, CONTENT),
        async (message, sender) => {
          const { deps, calls } = spyDeps();
          const result = await handleMessage(message, sender as never, deps);
          const known =
            typeof message === 'object' && message !== null && Object.keys(message).every((k) => k === 'type' || k === 'payload') &&
            TYPES.includes((message as { type: MessageType }).type);
          if (!known) {
            expect(result.ok).toBe(false);
            expect(calls).toEqual([]);
          }
        },
      ),
      { seed: 42, numRuns: 3000 },
    );
    // Valid messages from anything but our own extension contexts: refused before anything else.
    const foreign = fc.oneof(
      fc.record({ id: fc.string().filter((id) => id !== SELF.id), url: fc.webUrl(), tab: fc.option(fc.record({ id: fc.nat() })) }, { requiredKeys: [] }),
      fc.constant<unknown>({ ...CONTENT, id: 'another-extension' }),
      fc.constant<unknown>({ ...EXTENSION_PAGE, origin: 'chrome-extension://another-extension' }),
      fc.constant<unknown>({ id: SELF.id }), // no URL and no tab: not a context we know
      fc.constant<unknown>(undefined),
      fc.constant<unknown>(null),
      fc.anything().filter((v) => !(typeof v === 'object' && v !== null && (v as { id?: unknown }).id === SELF.id)),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TYPES), foreign, async (type, sender) => {
        const { deps, calls } = spyDeps();
        const result = await handleMessage({ type, payload: VALID[type] }, sender as never, deps);
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
        expect(calls).toEqual([]);
      }),
      { seed: 42, numRuns: 3000 },
    );
  });

  it('refuses an oversized string in every string field of every message type', async () => {
    for (const type of TYPES) {
      for (const path of stringPaths(VALID[type])) {
        const limit = type === 'record.import' ? IMPORT_MAX_CHARS : 10_000;
        const { deps, calls } = spyDeps();
        const payload = setAt(VALID[type], path, 'x'.repeat(limit + 1));
        const result = await handleMessage({ type, payload }, EXTENSION_PAGE, deps);
        expect(result, `${type}.${path.join('.')}`).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
        expect(calls).toEqual([]);
      }
    }
    const { deps } = spyDeps();
    const longType = await handleMessage({ type: 'record.append'.padEnd(65, 'x'), payload: {} }, EXTENSION_PAGE, deps);
    expect(longType).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('with the real record handlers: random near-valid payloads never reach an internal error', async () => {
    const deps = realDeps();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TYPES.filter((t) => t.startsWith('record.'))).chain((type) => fc.tuple(fc.constant(type), nearValid(type))),
        async ([type, payload]) => {
          const result = await handleMessage({ type, payload }, EXTENSION_PAGE, deps);
          if (!result.ok) expect(result.error.code, `${type}: ${result.error.message}`).not.toBe('internal');
          expect(result.ok ? '' : result.error.message.length).not.toBe(0);
        },
      ),
      { seed: 42, numRuns: 600 },
    );
  });
});
