import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordActions, type RecordActionsProps } from '../../../components/record/RecordActions';

afterEach(cleanup);

function setup(overrides: Partial<RecordActionsProps> = {}) {
  const props: RecordActionsProps = {
    includesTraining: false,
    busy: false,
    onExportCsv: vi.fn(),
    onExportJson: vi.fn(),
    onPrint: vi.fn(),
    onVerify: vi.fn(),
    onImport: vi.fn(),
    ...overrides,
  };
  render(<RecordActions {...props} />);
  return props;
}

describe('RecordActions', () => {
  it('runs exports, print and verify', () => {
    const p = setup();
    fireEvent.click(screen.getByRole('button', { name: /Export as CSV/ }));
    fireEvent.click(screen.getByRole('button', { name: /Export as JSON/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    fireEvent.click(screen.getByRole('button', { name: /Check the record/ }));
    expect([p.onExportCsv, p.onExportJson, p.onPrint, p.onVerify].map((f) => (f as ReturnType<typeof vi.fn>).mock.calls.length)).toEqual([1, 1, 1, 1]);
    expect(screen.getByText('Exports hold live entries only.')).toBeTruthy();
  });

  it('passes a chosen file to onImport', () => {
    const p = setup();
    const file = new File(['{}'], 'record.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import a JSON export'), { target: { files: [file] } });
    expect(p.onImport).toHaveBeenCalledWith(file);
  });

  it('disables actions while busy', () => {
    setup({ busy: true });
    expect((screen.getByRole('button', { name: /Export as JSON/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});
