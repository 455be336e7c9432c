import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordTable } from '../../../components/record/RecordTable';
import { caseKey } from '../../../lib/record/case-ref';
import { sampleEntries } from './fixtures';

afterEach(cleanup);

describe('RecordTable', () => {
  it('is an accessible table: caption, column and row headers, a labelled scroll region', async () => {
    const entries = await sampleEntries();
    render(<RecordTable entries={entries} first={1} total={6} onSelectCase={() => {}} />);
    const table = screen.getByRole('table', { name: 'Entries 1 to 6 of 6, newest first' });
    const region = screen.getByRole('region', { name: /Entries 1 to 6 of 6/ });
    expect(region.contains(table)).toBe(true);
    expect(region.getAttribute('tabindex')).toBe('0');
    const columns = within(table).getAllByRole('columnheader');
    expect(columns.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect(columns.map((c) => c.textContent)).toContain('Outcome');
    expect(within(table).getAllByRole('rowheader').map((th) => th.getAttribute('scope'))).toEqual(Array(6).fill('row'));
  });

  it('never shows the case reference itself, only a fragment of its hash', async () => {
    const { container } = render(<RecordTable entries={await sampleEntries()} first={1} total={6} onSelectCase={() => {}} />);
    expect(container.textContent).not.toContain('01AB2345678');
    expect(container.textContent).toMatch(/Case #[0-9a-f]{8}/);
  });

  it('shows outcomes, reasons, corrections and notes', async () => {
    render(<RecordTable entries={await sampleEntries()} first={1} total={6} onSelectCase={() => {}} />);
    expect(screen.getByText('Phone worth little')).toBeTruthy();
    expect(screen.getByText(/corrects entry 2/)).toBeTruthy();
    expect(screen.getAllByText('Prompt shown')).toHaveLength(1);
  });

  it('uses plain labels, never raw ids: prompt names and offence titles', async () => {
    const { container } = render(<RecordTable entries={await sampleEntries()} first={1} total={6} onSelectCase={() => {}} />);
    expect(container.textContent).toContain('Create purported intimate image of adult (SOA 2003 s.66E)');
    expect(container.textContent).toContain('Other orders (restraining order, SHPO)');
    expect(container.textContent).toContain('Deprivation order: the decision');
    expect(container.textContent).toContain('(SOA 2003 s.66B(2))');
    expect(container.textContent).not.toMatch(/soa2003-s66|companion-orders|consider-deprivation-order/);
  });

  it('opens a case timeline through its case button', async () => {
    const entries = await sampleEntries();
    const onSelectCase = vi.fn();
    render(<RecordTable entries={entries} first={1} total={6} onSelectCase={onSelectCase} />);
    const newest = entries[0]!;
    const row = screen.getAllByRole('row')[1]!;
    fireEvent.click(within(row).getByRole('button'));
    expect(onSelectCase).toHaveBeenCalledWith(newest.kind !== 'purge' && caseKey(newest.caseRef));
  });

  it('says so when nothing matches', () => {
    render(<RecordTable entries={[]} first={1} total={0} onSelectCase={() => {}} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No entries match.')).toBeTruthy();
  });
});
