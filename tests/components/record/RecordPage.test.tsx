import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordPage, type RecordPageProps } from '../../../components/record/RecordPage';
import { caseKey } from '../../../lib/record/case-ref';
import { sampleEntries } from './fixtures';

afterEach(cleanup);

async function props(overrides: Partial<RecordPageProps> = {}): Promise<RecordPageProps> {
  return {
    loading: false,
    entries: await sampleEntries(),
    quarantine: [],
    futureVersion: null,
    filter: { includeTraining: false },
    caseRef: '',
    selectedCase: null,
    reports: {},
    status: null,
    busy: false,
    onFilterChange: vi.fn(),
    onSearchCaseRef: vi.fn(),
    onSelectCase: vi.fn(),
    onExportCsv: vi.fn(),
    onExportJson: vi.fn(),
    onPrint: vi.fn(),
    onVerify: vi.fn(),
    onImport: vi.fn(),
    onClearTraining: vi.fn(),
    ...overrides,
  };
}

function figure(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('RecordPage', () => {
  it('keeps training out of the table and the summary unless included', async () => {
    const p = await props();
    const { rerender } = render(<RecordPage {...p} />);
    expect(screen.getByRole('table', { name: /Entries, newest first \(4\)/ })).toBeTruthy();
    expect(figure('Cases recognised')).toBe('2');
    expect(figure('Prompts shown')).toBe('2');
    expect(figure('Prompts with an outcome')).toBe('2');
    const outcomes = screen.getByRole('table', { name: /Latest outcome of each prompt/ });
    const orderRow = within(outcomes).getAllByRole('row').find((r) => /order made/i.test(r.textContent ?? ''))!;
    expect(within(orderRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '2']);
    rerender(<RecordPage {...p} filter={{ includeTraining: true }} />);
    expect(screen.getByRole('table', { name: /Entries, newest first \(5\)/ })).toBeTruthy();
    expect(figure('Cases recognised')).toBe('3');
  });

  it('filters by outcome through the filter controls', async () => {
    const p = await props();
    render(<RecordPage {...p} />);
    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'order-made' } });
    expect(p.onFilterChange).toHaveBeenCalledWith({ includeTraining: false, outcome: 'order-made' });
    cleanup();
    render(<RecordPage {...p} filter={{ includeTraining: false, outcome: 'order-made' }} />);
    expect(screen.getByRole('table', { name: /Entries, newest first \(2\)/ })).toBeTruthy();
  });

  it('searches by the typed case reference', async () => {
    const p = await props();
    render(<RecordPage {...p} />);
    fireEvent.change(screen.getByLabelText('Case reference'), { target: { value: ' 01ab2345678 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(p.onSearchCaseRef).toHaveBeenCalledWith('01ab2345678');
  });

  it('shows one case as a timeline, newest first', async () => {
    const p = await props();
    const first = p.entries.at(-1)!;
    render(<RecordPage {...p} selectedCase={first.kind !== 'purge' ? caseKey(first.caseRef) : null} />);
    const timeline = screen.getByRole('heading', { name: /Timeline for Case #/ }).closest('section')!;
    const items = within(timeline).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain('Entry 3');
    expect(items[2]!.textContent).toContain('Prompt shown');
    fireEvent.click(within(timeline).getByRole('button', { name: 'Close the case timeline' }));
    expect(p.onSelectCase).toHaveBeenCalledWith(null);
  });

  it('shows the quarantine and newer-version notices', async () => {
    render(<RecordPage {...await props({ quarantine: [{ key: 'record:live:00000003', reason: 'not an object' }], futureVersion: 2 })} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('1 stored items could not be read');
    expect(alert.textContent).toContain('record:live:00000003');
    expect(alert.textContent).toContain('Update the extension');
  });

  it('shows a loading state and the status of the last action', async () => {
    render(<RecordPage {...await props({ loading: true, status: { kind: 'error', text: 'That did not work: x' } })} />);
    expect(screen.getByText('Loading the record…')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('That did not work: x');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
