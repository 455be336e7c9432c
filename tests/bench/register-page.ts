/**
 * A long court-register HTML page for the Chromium bench, built from registerText's cases (fictional
 * names): one table row per case, one cell per line. The non-matching variant drops the intimate-image
 * case; the matching one keeps exactly one, in the middle of the page.
 */
import { registerText } from './register-text';

const INTIMATE_CODE = 'SX03250';
/** Acts some catalogue offence cites (names as the register text prints them). */
const RELEVANT_ACT = /Sexual Offences|Criminal Justice|Theft Act|Communications Act|Harassment|Malicious|Protection of Children|Online Safety|Serious Crime|Coroners|Domestic Abuse|Data \(Use/i;

export interface RegisterPages {
  nonMatching: string;
  /** Non-matching, and citing none of the Acts the detector has offences for (no look-alikes). */
  otherActs: string;
  matching: string;
  /** Cases in the non-matching page. */
  rows: number;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Case blocks (one per case, lines split) from registerText. */
export function registerCases(bytes: number, seed = 1): string[][] {
  return registerText(bytes, seed)
    .split(/\n\n+/)
    .map((b) => b.split('\n').filter((l) => l.trim() !== ''))
    .filter((lines) => lines.length > 0);
}

export function isIntimateCase(lines: string[]): boolean {
  return lines.some((l) => l.includes(INTIMATE_CODE));
}

export function caseRow(lines: string[]): string {
  return `<tr>${lines.map((l) => `<td>${escapeHtml(l)}</td>`).join('')}</tr>`;
}

function page(rows: string[], title: string): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>',
    escapeHtml(title),
    '</title><style>body{font:14px/1.4 sans-serif;margin:1rem}td{border-bottom:1px solid #ccc;padding:2px 6px;vertical-align:top}</style>',
    '</head><body><header><h1>Northbridge Magistrates\' Court: court register (fictional, for benchmarks)</h1>',
    '<nav><a href="#list">Court list</a> | <a href="#results">Results</a></nav></header>',
    '<main id="list"><table id="register"><thead><tr><th>Case</th><th>Defendant</th><th>Offence</th><th>Legislation</th><th>Particulars</th><th>Result</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table></main><footer>End of register.</footer></body></html>',
  ].join('\n');
}

/** Pages of about `htmlBytes` of HTML each. */
export function registerPages(htmlBytes = 1_000_000, seed = 1): RegisterPages {
  // Register text is ~80% of the HTML; ask for a little more than needed and stop at the size.
  const cases = registerCases(htmlBytes * 1.1, seed);
  const intimate = cases.find(isIntimateCase);
  if (!intimate) throw new Error('registerText produced no intimate-image case');
  const rows: string[] = [];
  let size = 2_000; // header and footer
  for (const c of cases) {
    if (isIntimateCase(c)) continue;
    const row = caseRow(c);
    if (size + row.length > htmlBytes) break;
    rows.push(row);
    size += row.length + 1;
  }
  const otherRows: string[] = [];
  let otherSize = 2_000;
  for (const c of registerCases(htmlBytes * 3, seed + 1)) {
    if (isIntimateCase(c) || RELEVANT_ACT.test(c.join(' '))) continue;
    const row = caseRow(c);
    if (otherSize + row.length > htmlBytes) break;
    otherRows.push(row);
    otherSize += row.length + 1;
  }
  const matchingRows = [...rows];
  matchingRows.splice(Math.floor(rows.length / 2), 1, caseRow(intimate));
  return {
    nonMatching: page(rows, 'Court register: non-matching'),
    otherActs: page(otherRows, 'Court register: other Acts only'),
    matching: page(matchingRows, 'Court register: one intimate-image case'),
    rows: rows.length,
  };
}

/** About `chars` of non-matching register rows (cell texts), for the DOM-change measurement. */
export function extraRows(chars = 1_000, seed = 7): string[][] {
  const out: string[][] = [];
  let size = 0;
  for (const c of registerCases(chars * 4, seed)) {
    if (isIntimateCase(c)) continue;
    out.push(c);
    size += c.join('').length;
    if (size >= chars) break;
  }
  return out;
}
