import { entryHash } from '../../lib/record/chain';
import { GENESIS_HASH, type RecordHead } from '../../lib/record/schema';
import { entryKey, headKey } from '../../lib/record/keys';
import { DECISION_PROMPT_ID, ORDER_MADE_OUTCOMES } from '../../lib/prompts/outcomes';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from '../../lib/record/export-file';

/**
 * A valid live record of `count` entries, as storage.local items (one key per entry + the head),
 * built directly with the real hash chain (appending through the store is one entry at a time).
 * Years of a busy court: about one case in three gets an outcome, some followed on or corrected,
 * spread over the 700 days before yesterday; a note on some outcomes.
 * `compact`: short client ids, case references in clear and a short site, so that an export of 30,000
 * entries stays under the import limit (IMPORT_MAX_CHARS; real entries are ~700 characters each).
 */
export async function buildRecordItems(count: number, options: { compact?: boolean } = {}): Promise<Record<string, unknown>> {
  const items: Record<string, unknown> = {};
  const prompts = [DECISION_PROMPT_ID, 'identify-each-device', 'companion-orders'];
  const offences = ['soa2003-s66b-2', 'soa2003-s67-3', 'cjca2015-s33', 'soa2003-s66a', 'mca1988-s1'];
  const outcomes = [ORDER_MADE_OUTCOMES[0]!, 'raised-with-court', 'declined', 'deferred', 'not-applicable'] as const;
  // Within the default retention period (two years) ending yesterday, so the daily purge leaves it whole.
  const span = 700 * 86_400_000;
  const start = Date.now() - 86_400_000 - span;
  let prevHash = GENESIS_HASH;
  let last = '';
  for (let seq = 1; seq <= count; seq++) {
    const caseNo = Math.floor(seq / 3);
    const isOutcome = seq % 3 === 0;
    const outcome = outcomes[seq % outcomes.length]!;
    const body: Record<string, unknown> = {
      v: 1,
      seq,
      kind: isOutcome ? 'outcome' : 'shown',
      recordedAt: new Date(start + Math.floor((seq / count) * span)).toISOString(),
      mode: 'live',
      clientId: options.compact ? `b${String(seq).padStart(7, '0')}` : `bench-${String(seq).padStart(8, '0')}`,
      extensionVersion: '0.1.0',
      prevHash,
      role: seq % 7 === 0 ? 'prosecutor' : 'legal-adviser',
      caseRef: options.compact ? { type: 'clear', value: `C${caseNo}` } : { type: 'hmac', value: (caseNo.toString(16).padStart(8, '0') + 'c'.repeat(56)).slice(0, 64) },
      site: options.compact ? 'https://cw.example' : 'https://caseworker.example.gov.uk',
      prompt: { id: prompts[seq % 2 === 0 ? 0 : (seq % 3) % 3]!, version: '1.0.0', textHash: 'a'.repeat(64), lang: 'en' },
      offence: { id: offences[caseNo % offences.length]!, evidenceKind: 'cjs-code' },
    };
    if (isOutcome) {
      body.outcome = outcome;
      body.reason = outcome === 'declined' || outcome === 'not-applicable' ? 'disproportionate' : outcome === 'deferred' ? 'adjourned' : null;
      body.note = seq % 30 === 0 ? 'Bench note' : null;
      body.corrects = null;
    }
    body.hash = '';
    body.hash = await entryHash(body);
    prevHash = body.hash as string;
    last = body.recordedAt as string;
    items[entryKey('live', seq)] = body;
  }
  const head: RecordHead = { v: 1, seq: count, hash: prevHash, updatedAt: last || new Date(start).toISOString() };
  items[headKey('live')] = head;
  return items;
}

/** The record as an export file (what "Export as JSON" writes), for importing through the record page. */
export async function buildExportText(count: number): Promise<string> {
  const items = await buildRecordItems(count, { compact: true });
  const head = items[headKey('live')] as RecordHead;
  const entries = Object.keys(items)
    .filter((k) => k !== headKey('live'))
    .sort()
    .map((k) => items[k]);
  return JSON.stringify({
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: head.updatedAt,
    extensionVersion: '0.1.0',
    includesTraining: false,
    logs: { live: { headSeq: head.seq, headHash: head.hash, entries } },
  });
}
