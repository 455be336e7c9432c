import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManagersPage, type ManagersPageProps } from '../../../components/managers/ManagersPage';
import { emptyRow } from '../../../lib/record/aggregate';
import { DECISION_PROMPT_ID } from '../../../lib/prompts/outcomes';
import { addSummaryFiles } from '../../../lib/record/summary-combine';
import { buildSummaryFile, type SmallNumbers } from '../../../lib/record/summary-file';

afterEach(cleanup);

function text(id: string, small: SmallNumbers, cases: number, orders: number, declined: number) {
  const row = {
    ...emptyRow('2026-11', 'sharing', 'legal-adviser'),
    casesRecognised: cases,
    casesWithDecision: orders + declined,
    ordersMade: orders,
    outcomes: { [DECISION_PROMPT_ID]: { 'order-made': orders, declined }, 'companion-orders': { 'order-made': 7 } },
    declinesByReason: { disproportionate: declined },
  };
  return JSON.stringify(
    buildSummaryFile([row], { exportId: id.repeat(32), extensionVersion: '0.1.0', exportedMonth: '2026-12', organisation: `Court ${id}`, smallNumbers: small, caseRefKey: 'this-browser' }),
  );
}

function props(over: Partial<ManagersPageProps> = {}): ManagersPageProps {
  const { loaded, messages } = addSummaryFiles([], [
    { name: 'a.json', text: text('a', 'exact', 40, 6, 10) },
    { name: 'b.json', text: text('b', 'protected', 58, 3, 12) },
  ]);
  return { loaded, messages, filter: { offenceGroup: '', role: '' }, onFiles: vi.fn(), onFilter: vi.fn(), onClear: vi.fn(), onCsv: vi.fn(), onPrint: vi.fn(), ...over };
}

describe('ManagersPage', () => {
  it('combines files into one headline, charts and the tables behind them, with plain labels', () => {
    render(<ManagersPage {...props()} />);
    expect(screen.getByTestId('mi-headline').textContent).toBe('7 to 10 deprivation orders in 98 recognised cases');
    expect(screen.getByTestId('mi-chart-month').getAttribute('aria-hidden')).toBe('true');
    const month = screen.getByTestId('mi-table-month');
    expect(within(month).getAllByRole('row')[1]!.textContent).toBe('November 202698' + '31' + '7 to 10' + '32%' + '9%');
    expect(screen.getByTestId('mi-reasons-table').textContent).toContain('22');
    expect(screen.getByTestId('mi-table-others').textContent).toContain('Other orders (restraining order, SHPO)Order made14');
    expect(screen.getByTestId('mi-files').textContent).toContain('Court a');
    expect(screen.getByTestId('mi-same-case').textContent).toMatch(/cannot tell that two of them saw the same case.*caseRefKey/);
    expect(document.body.textContent).not.toMatch(/soa2003|consider-deprivation-order|companion-orders/);
  });

  it('reports refused and repeated files next to what stays loaded', () => {
    const p = props();
    const again = addSummaryFiles(p.loaded, [
      { name: 'a-copy.json', text: text('a', 'exact', 1, 1, 0) },
      { name: 'notes.txt', text: 'hello' },
    ]);
    render(<ManagersPage {...p} loaded={again.loaded} messages={again.messages} />);
    const problems = screen.getByRole('alert');
    expect(problems.textContent).toContain('a-copy.json was not loaded: it is the same export as one already loaded (a.json)');
    expect(problems.textContent).toContain('notes.txt was not loaded: The file is damaged');
    expect(screen.getByTestId('mi-headline').textContent).toBe('7 to 10 deprivation orders in 98 recognised cases');
  });

  it('filters by role and offence group, and offers CSV and print', () => {
    const p = props();
    render(<ManagersPage {...p} />);
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'prosecutor' } });
    expect(p.onFilter).toHaveBeenCalledWith({ offenceGroup: '', role: 'prosecutor' });
    fireEvent.click(screen.getByRole('button', { name: /CSV/ }));
    expect(p.onCsv).toHaveBeenCalled();
    cleanup();
    render(<ManagersPage {...p} filter={{ offenceGroup: '', role: 'prosecutor' }} />);
    expect(screen.getByTestId('mi-headline').textContent).toBe('0 deprivation orders in 0 recognised cases');
  });
});
