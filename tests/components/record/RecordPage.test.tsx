import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordPage, type RecordPageProps } from '../../../components/record/RecordPage';
import { caseKey } from '../../../lib/record/case-ref';
import type { ViewQuery } from '../../../lib/record/store';
import { sampleEntries, sampleView } from './fixtures';

afterEach(cleanup);

async function props(overrides: Partial<RecordPageProps> = {}, query: Partial<ViewQuery> = {}): Promise<RecordPageProps> {
  const filter = query.filter ?? { includeTraining: false, showShown: false };
  return {
    view: await sampleView({ ...query, filter }),
    filter,
    caseRef: '',
    selectedCase: null,
    reports: {},
    status: null,
    busy: false,
    managersHref: '/managers.html',
    onFilterChange: vi.fn(),
    onSearchCaseRef: vi.fn(),
    onSelectCase: vi.fn(),
    onPage: vi.fn(),
    onExportSummary: vi.fn(),
    onExportCsv: vi.fn(),
    onExportJson: vi.fn(),
    onPrint: vi.fn(),
    onVerify: vi.fn(),
    onImport: vi.fn(),
    onListTraining: vi.fn(async () => null),
    onExportTraining: vi.fn(),
    onClearTraining: vi.fn(),
    ...overrides,
  };
}

function figure(container: HTMLElement, label: string): string {
  const term = within(container).getAllByText(label, { selector: 'dt' })[0]!;
  return term.nextElementSibling?.textContent ?? '';
}

describe('RecordPage', () => {
  it('opens on the answer: N deprivation orders in M recognised cases, before filters and actions', async () => {
    const p = await props();
    const { container } = render(<RecordPage {...p} />);
    expect(screen.getByTestId('rec-headline').textContent).toBe('2 deprivation orders in 2 recognised cases');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Summary');
    expect(headings.at(-1)).toBe('Delete training entries');
    expect(figure(container, 'Cases with a decision recorded')).toBe('2');
    // Companion orders on a row of their own, not counted as a deprivation order.
    const outcomes = screen.getByRole('table', { name: /Latest outcome of each prompt/ });
    const rows = within(outcomes).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['Deprivation order: the decisionOrder made2', 'Other orders (restraining order, SHPO)Order made1']);
  });

  it('the figures do not change with the table filters; training only when included', async () => {
    const filtered = await props({}, { filter: { includeTraining: false, showShown: false, outcome: 'prosecution-applying' } });
    render(<RecordPage {...filtered} />);
    expect(screen.getByTestId('rec-headline').textContent).toBe('2 deprivation orders in 2 recognised cases');
    expect(screen.getByText('No entries match.')).toBeTruthy();
    cleanup();
    render(<RecordPage {...await props({}, { filter: { includeTraining: true, showShown: false } })} />);
    expect(screen.getByTestId('rec-headline').textContent).toBe('2 deprivation orders in 3 recognised cases');
  });

  it('hides "prompt shown" rows by default and shows them when asked', async () => {
    const p = await props();
    render(<RecordPage {...p} />);
    expect(screen.getByRole('table', { name: 'Entries 1 to 4 of 4, newest first' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Show "prompt shown" rows'));
    expect(p.onFilterChange).toHaveBeenCalledWith({ includeTraining: false, showShown: true });
    cleanup();
    render(<RecordPage {...await props({}, { filter: { includeTraining: false, showShown: true } })} />);
    expect(screen.getByRole('table', { name: 'Entries 1 to 5 of 5, newest first' })).toBeTruthy();
  });

  it('pages the table: one page of rows, with previous and next', async () => {
    const p = await props({}, { pageSize: 2, page: 2 });
    render(<RecordPage {...p} />);
    expect(screen.getByRole('table', { name: 'Entries 3 to 4 of 4, newest first' })).toBeTruthy();
    expect(within(screen.getByRole('table', { name: /Entries/ })).getAllByRole('row')).toHaveLength(3);
    const pager = screen.getByRole('navigation', { name: 'Pages of entries' });
    expect(pager.textContent).toContain('Page 2 of 2');
    fireEvent.click(within(pager).getByRole('button', { name: 'Previous page' }));
    expect(p.onPage).toHaveBeenCalledWith(1);
  });

  it('takes dates the UK way (day, month, year) and says when one is not a real date', async () => {
    const p = await props();
    render(<RecordPage {...p} />);
    const from = screen.getByRole('group', { name: 'From date' });
    fireEvent.change(within(from).getByLabelText('Day'), { target: { value: '31' } });
    fireEvent.change(within(from).getByLabelText('Month'), { target: { value: '2' } });
    fireEvent.change(within(from).getByLabelText('Year'), { target: { value: '2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply dates' }));
    expect(p.onFilterChange).not.toHaveBeenCalled();
    expect(within(from).getByText(/Enter a real date/)).toBeTruthy();
    fireEvent.change(within(from).getByLabelText('Day'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply dates' }));
    expect(p.onFilterChange).toHaveBeenCalledWith({ includeTraining: false, showShown: false, from: '2026-02-03', to: undefined });
    fireEvent.click(screen.getByRole('button', { name: 'This month' }));
    expect(p.onFilterChange).toHaveBeenLastCalledWith({ includeTraining: false, showShown: false, from: '2026-01-01', to: '2026-01-31' });
  });

  it('searches by the typed case reference', async () => {
    const p = await props();
    render(<RecordPage {...p} />);
    fireEvent.change(screen.getByLabelText('Case reference'), { target: { value: ' 01ab2345678 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(p.onSearchCaseRef).toHaveBeenCalledWith('01ab2345678');
  });

  it('exports the summary for managers with small numbers protected unless for own use', async () => {
    const p = await props();
    render(<RecordPage {...p} />);
    fireEvent.change(screen.getByLabelText('Your court or team (optional)'), { target: { value: 'Anytown' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export summary for managers' }));
    expect(p.onExportSummary).toHaveBeenLastCalledWith({ organisation: 'Anytown', smallNumbers: 'protected' });
    fireEvent.click(screen.getByLabelText('For my own use only'));
    fireEvent.click(screen.getByRole('button', { name: 'Export summary for managers' }));
    expect(p.onExportSummary).toHaveBeenLastCalledWith({ organisation: 'Anytown', smallNumbers: 'exact' });
  });

  it('shows one case as a timeline, newest first, with plain prompt names', async () => {
    const entries = await sampleEntries();
    const first = entries.find((e) => e.seq === 1 && e.mode === 'live')!;
    const key = first.kind !== 'purge' ? caseKey(first.caseRef) : null;
    const p = await props({ selectedCase: key }, { caseKey: key });
    render(<RecordPage {...p} />);
    const timeline = screen.getByRole('heading', { name: /Timeline for Case #/ }).closest('section')!;
    const items = within(timeline).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain('Entry 3');
    expect(items[2]!.textContent).toContain('Deprivation order: the decision: Prompt shown');
    fireEvent.click(within(timeline).getByRole('button', { name: 'Close the case timeline' }));
    expect(p.onSelectCase).toHaveBeenCalledWith(null);
  });

  it('shows the quarantine and newer-version notices', async () => {
    const p = await props();
    render(<RecordPage {...p} view={{ ...p.view!, quarantine: [{ key: 'record:live:00000003', reason: 'not an object' }], futureVersion: 2 }} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('1 stored items could not be read');
    expect(alert.textContent).toContain('record:live:00000003');
    expect(alert.textContent).toContain('Update the extension');
  });

  it('shows a loading state and the status of the last action', async () => {
    render(<RecordPage {...await props({ view: null, status: { kind: 'error', text: 'That did not work: x' } })} />);
    expect(screen.getByText('Loading the record…')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('That did not work: x');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
