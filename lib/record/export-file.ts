import { z } from 'zod';
import { verifyChain, type ChainSlot, type VerifyReport } from './chain';
import { readJsonFile } from './json-file';
import { migrateEntry } from './migrations';
import { err, ok, type Result } from '../core/result';
import { hex64, isoTime, MODES, type Mode, type RecordEntry } from './schema';

/**
 * The JSON export: the stored entries exactly as written (so the chain verifies anywhere) plus each
 * log's head, which the reader can compare with the head hash shown on the record page.
 */
export const EXPORT_FORMAT = 'deprivation-order-reminder/record';
export const EXPORT_FORMAT_VERSION = 1;
export const IMPORT_MAX_CHARS = 20_000_000;
export const IMPORT_MAX_ENTRIES = 200_000;

export interface ExportLog {
  headSeq: number;
  headHash: string;
  entries: Record<string, unknown>[];
}
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  exportedAt: string;
  extensionVersion: string;
  includesTraining: boolean;
  logs: Partial<Record<Mode, ExportLog>>;
}

const exportLogSchema = z.strictObject({
  headSeq: z.number().int().min(0),
  headHash: hex64,
  entries: z.array(z.unknown()).max(IMPORT_MAX_ENTRIES),
});
const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: isoTime,
  extensionVersion: z.string().max(32),
  includesTraining: z.boolean(),
  logs: z.strictObject({ live: exportLogSchema.optional(), training: exportLogSchema.optional() }),
});

export interface ParsedLog {
  mode: Mode;
  entries: RecordEntry[];
  raw: Map<number, Record<string, unknown>>;
  headSeq: number;
  headHash: string;
  report: VerifyReport;
}

/** Reads an export and checks every entry and both chains. Changes nothing; says why on failure. */
export async function parseExportFile(text: string): Promise<Result<ParsedLog[]>> {
  const read = readJsonFile(text, IMPORT_MAX_CHARS, {
    tooLarge: { code: 'import-too-large', message: `The file is larger than ${IMPORT_MAX_CHARS} characters.` },
    notJson: { code: 'import-not-json', message: 'The file is not valid JSON.' },
  });
  if (!read.ok) return read;
  const { json, header } = read.value;
  if (header?.format !== EXPORT_FORMAT) return err('import-not-record', 'The file is not an export of this record.');
  if (typeof header.formatVersion === 'number' && header.formatVersion > EXPORT_FORMAT_VERSION) {
    return err('newer-version', 'The file was written by a newer version of the extension. Update the extension, then import it again.');
  }
  const parsed = exportFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err('import-invalid', `The file is not in the expected form (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}).`);
  }

  const logs: ParsedLog[] = [];
  for (const mode of MODES) {
    const log = parsed.data.logs[mode];
    if (!log) continue;
    const slots: ChainSlot[] = [];
    const raw = new Map<number, Record<string, unknown>>();
    const entries: RecordEntry[] = [];
    for (const [index, value] of log.entries.entries()) {
      const migrated = migrateEntry(value);
      if (migrated.status === 'future') {
        return err('newer-version', 'The file holds entries from a newer version of the extension. Update the extension, then import it again.');
      }
      if (migrated.status === 'invalid') return err('import-invalid', `Entry ${index + 1} of the ${mode} record is not valid (${migrated.reason}).`);
      if (migrated.value.mode !== mode) return err('import-invalid', `Entry ${index + 1} is not a ${mode} entry.`);
      if (raw.has(migrated.value.seq)) return err('import-invalid', `Entry number ${migrated.value.seq} appears twice in the ${mode} record.`);
      raw.set(migrated.value.seq, value as Record<string, unknown>);
      entries.push(migrated.value);
      slots.push({ seq: migrated.value.seq, raw: value as Record<string, unknown>, entry: migrated.value });
    }
    const report = await verifyChain(slots, { v: 1, seq: log.headSeq, hash: log.headHash, updatedAt: parsed.data.exportedAt });
    if (!report.ok) {
      const first = report.breaks[0]!;
      return err('import-tampered', `The ${mode} record in the file does not verify: entry ${first.seq} (${first.reason}). Nothing was imported.`);
    }
    entries.sort((a, b) => a.seq - b.seq);
    logs.push({ mode, entries, raw, headSeq: log.headSeq, headHash: log.headHash, report });
  }
  return ok(logs);
}
