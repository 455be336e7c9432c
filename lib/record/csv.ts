import type { RecordEntry } from './schema';

/** CSV column names: also the documented field names of a CSV export. */
export const CSV_COLUMNS = [
  'seq',
  'recordedAt',
  'mode',
  'kind',
  'role',
  'caseRefType',
  'caseRef',
  'site',
  'promptId',
  'promptVersion',
  'promptTextHash',
  'promptLang',
  'offenceId',
  'evidenceKind',
  'outcome',
  'reason',
  'note',
  'corrects',
  'purgedFromSeq',
  'purgedToSeq',
  'purgedCount',
  'extensionVersion',
  'prevHash',
  'hash',
  // Added with observation entries: at the end, so the columns before keep their places.
  'observation',
  'stage',
] as const;

/**
 * Quotes every cell and defuses spreadsheet formulas: a note typed as "=HYPERLINK(...)" must not
 * run when a manager opens the export in a spreadsheet (OWASP "CSV injection").
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

function row(e: RecordEntry): (string | number | null)[] {
  const c = e.kind === 'shown' || e.kind === 'outcome' ? e : null;
  const ob = e.kind === 'observation' ? e : null;
  const any = c ?? ob;
  const o = e.kind === 'outcome' ? e : null;
  const p = e.kind === 'purge' ? e.purge : null;
  return [
    e.seq,
    e.recordedAt,
    e.mode,
    e.kind,
    any?.role ?? null,
    any?.caseRef?.type ?? null,
    any?.caseRef?.value ?? null,
    any?.site ?? null,
    c?.prompt.id ?? null,
    c?.prompt.version ?? null,
    c?.prompt.textHash ?? null,
    c?.prompt.lang ?? null,
    any?.offence?.id ?? null,
    any?.offence?.evidenceKind ?? null,
    o?.outcome ?? null,
    o?.reason ?? null,
    o?.note ?? null,
    o?.corrects ?? null,
    p?.fromSeq ?? null,
    p?.toSeq ?? null,
    p?.count ?? null,
    e.extensionVersion,
    e.prevHash,
    e.hash,
    ob?.observation ?? null,
    ob?.stage ?? null,
  ];
}

/** Oldest first, CRLF line ends (RFC 4180). */
export function toCsv(entries: readonly RecordEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.mode === b.mode ? a.seq - b.seq : a.mode === 'live' ? -1 : 1));
  return [CSV_COLUMNS.map(csvCell), ...sorted.map((e) => row(e).map(csvCell))].map((r) => r.join(',')).join('\r\n') + '\r\n';
}
