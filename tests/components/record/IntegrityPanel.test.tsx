import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { IntegrityPanel } from '../../../components/record/IntegrityPanel';

afterEach(cleanup);

const HEAD = 'ab'.repeat(32);

describe('IntegrityPanel', () => {
  it('shows the head hash when the record verifies', () => {
    render(<IntegrityPanel reports={{ live: { ok: true, count: 12, headSeq: 12, headHash: HEAD, breaks: [] } }} />);
    expect(screen.getByText(/all 12 entries are intact/)).toBeTruthy();
    expect(screen.getByText(HEAD)).toBeTruthy();
    expect(screen.getByText(/Last entry 12/)).toBeTruthy();
  });

  it('says exactly where the chain breaks', () => {
    render(
      <IntegrityPanel
        reports={{
          live: {
            ok: false,
            count: 5,
            headSeq: 6,
            headHash: HEAD,
            breaks: [
              { seq: 3, reason: 'hash-mismatch' },
              { seq: 5, reason: 'missing' },
            ],
          },
        }}
      />,
    );
    expect(screen.getByText(/2 problems found/)).toBeTruthy();
    expect(screen.getByText('Entry 3 was changed after it was recorded.')).toBeTruthy();
    expect(screen.getByText('Entries from 5 are missing (deleted).')).toBeTruthy();
  });

  it('renders nothing before a check', () => {
    const { container } = render(<IntegrityPanel reports={{}} />);
    expect(container.textContent).toBe('');
  });
});
