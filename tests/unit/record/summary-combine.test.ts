import { describe, expect, it } from 'vitest';
import { emptyRow } from '../../../lib/record/aggregate';
import { buildSummaryFile, type SmallNumbers } from '../../../lib/record/summary-file';
import { addSummaryFiles, combinedCsv, groupRows, rangeText, rate, rowsOf, totalRow } from '../../../lib/record/summary-combine';
import { DECISION_PROMPT_ID } from '../../../lib/prompts/outcomes';

function file(id: string, smallNumbers: SmallNumbers, rows: Parameters<typeof buildSummaryFile>[0]) {
  return JSON.stringify(
    buildSummaryFile(rows, { exportId: id.repeat(32).slice(0, 32), extensionVersion: '0.1.0', exportedMonth: '2026-12', organisation: `Court ${id}`, smallNumbers, caseRefKey: 'this-browser' }),
  );
}
const row = (month: string, cases: number, orders: number, role: 'legal-adviser' | 'prosecutor' = 'legal-adviser') => ({
  ...emptyRow(month, 'sharing', role),
  casesRecognised: cases,
  casesWithDecision: orders,
  ordersMade: orders,
  outcomes: { [DECISION_PROMPT_ID]: { 'order-made': orders } },
});
const words = { fewerThan5: 'fewer than 5', between: (a: number, b: number) => `${a} to ${b}` };

describe('combining summary files', () => {
  it('adds files, de-duplicates by export id, and refuses bad files without changing what is loaded', () => {
    const a = file('a', 'exact', [row('2026-10', 10, 2)]);
    const b = file('b', 'exact', [row('2026-10', 20, 6, 'prosecutor'), row('2026-11', 8, 0)]);
    let state = addSummaryFiles([], [{ name: 'a.json', text: a }]);
    state = addSummaryFiles(state.loaded, [
      { name: 'b.json', text: b },
      { name: 'a-again.json', text: a },
      { name: 'broken.json', text: a.slice(0, 40) },
      { name: 'newer.json', text: a.replace('"formatVersion": 1', '"formatVersion": 9').replace('"formatVersion":1', '"formatVersion":9') },
      { name: 'record.json', text: '{"format":"deprivation-order-reminder/record","formatVersion":1}' },
    ]);
    expect(state.messages.map((m) => `${m.name}:${m.kind}`)).toEqual([
      'b.json:added',
      'a-again.json:repeat',
      'broken.json:refused',
      'newer.json:refused',
      'record.json:refused',
    ]);
    expect(state.loaded.map((l) => l.name)).toEqual(['a.json', 'b.json']);
    const total = totalRow(rowsOf(state.loaded, { offenceGroup: '', role: '' }));
    expect(total.casesRecognised).toEqual({ low: 38, high: 38 });
    expect(total.ordersMade).toEqual({ low: 8, high: 8 });
    expect(groupRows(rowsOf(state.loaded, { offenceGroup: '', role: 'prosecutor' }), 'month').map((m) => [m.month, m.casesRecognised.low])).toEqual([['2026-10', 20]]);
  });

  it('turns "fewer than 5" into a range and never shows a small combined count exactly', () => {
    const loaded = addSummaryFiles([], [
      { name: 'x', text: file('c', 'protected', [row('2026-10', 12, 3)]) },
      { name: 'y', text: file('d', 'protected', [row('2026-10', 2, 1)]) },
    ]).loaded;
    const total = totalRow(rowsOf(loaded, { offenceGroup: '', role: '' }));
    expect(total.casesRecognised).toEqual({ low: 13, high: 16 });
    expect(total.ordersMade).toEqual({ low: 2, high: 8 });
    expect(rangeText(total.casesRecognised, words)).toBe('13 to 16');
    expect(rangeText({ low: 1, high: 4 }, words)).toBe('fewer than 5');
    expect(rangeText({ low: 5, high: 5 }, words)).toBe('5');
    expect(rate(total.ordersMade, total.casesRecognised)).toBeCloseTo(5 / 14.5);
    expect(rate({ low: 0, high: 0 }, { low: 0, high: 0 })).toBeNull();
  });

  it('writes the combined table as CSV, one row per month, group and role, counts as shown', () => {
    const loaded = addSummaryFiles([], [{ name: 'x', text: file('e', 'protected', [row('2026-10', 12, 3)]) }]).loaded;
    const csv = combinedCsv(rowsOf(loaded, { offenceGroup: '', role: '' }), {
      month: (m) => `M ${m}`,
      group: (g) => `G ${g}`,
      role: (r) => `R ${r}`,
      prompt: (p) => `P ${p}`,
      outcome: (o) => `O ${o}`,
      reason: (r) => r,
      count: (r) => rangeText(r, words),
      columns: { month: 'Month', offenceGroup: 'Group', role: 'Role', casesRecognised: 'Cases', casesWithDecision: 'Decisions', ordersMade: 'Orders', ordersSeenOnPage: 'Seen', deferrals: 'Deferrals' },
    });
    expect(csv.split('\r\n')[0]).toBe(`"Month","Group","Role","Cases","Decisions","Orders","Seen","Deferrals","P ${DECISION_PROMPT_ID}: O order-made"`);
    expect(csv.split('\r\n')[1]).toBe('"M 2026-10","G sharing","R legal-adviser","12","fewer than 5","fewer than 5","0","0","fewer than 5"');
  });
});
