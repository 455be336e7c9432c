import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClearTraining } from '../../../components/record/ClearTraining';
import { trainingToClear, type TrainingToClear } from '../../../components/record/training-to-clear';
import { createMemoryArea } from '../../../lib/record/kv';
import { createRecordStore } from '../../../lib/record/store';
import { at, makeInput } from '../../unit/record/helpers';

afterEach(cleanup);

/** A real store holding both kinds: two live cases and two training cases (one recorded twice). */
async function bothKinds() {
  const store = createRecordStore(createMemoryArea());
  await store.append(makeInput({ caseRef: '01AB2345678' }), at('2026-11-30T09:00:00.000Z'));
  await store.append(makeInput({ caseRef: '09TR2510388', mode: 'training', role: 'trainer', outcome: 'discussed' }), at('2026-12-01T10:00:00.000Z'));
  await store.append(makeInput({ caseRef: '09TR2510388', mode: 'training', role: 'trainer', outcome: 'skipped' }), at('2026-12-01T10:05:00.000Z'));
  await store.append(makeInput({ caseRef: '02CD7654321' }), at('2026-12-01T11:00:00.000Z'));
  await store.append(makeInput({ caseRef: '09TR2610315', mode: 'training', role: 'trainer', outcome: 'discussed' }), at('2026-12-02T14:30:00.000Z'));
  return store;
}

async function listed(caseRefInClear = true) {
  const store = createRecordStore(createMemoryArea());
  await store.append(makeInput({ caseRef: '09TR2510388', mode: 'training' }), { ...at('2026-12-01T10:00:00.000Z'), caseRefInClear });
  await store.append(makeInput({ caseRef: '09TR2610315', mode: 'training' }), { ...at('2026-12-02T14:30:00.000Z'), caseRefInClear });
  const r = await store.list({ mode: 'training' });
  if (!r.ok) throw new Error(r.error.message);
  return trainingToClear(r.value.entries);
}

describe('trainingToClear', () => {
  it('lists the training entries: count, first and last time, each case once, the last seq', async () => {
    const store = await bothKinds();
    const r = await store.list({ mode: 'training' });
    const summary = trainingToClear(r.ok ? r.value.entries : []);
    expect(summary).toMatchObject({ count: 3, first: '2026-12-01T10:00:00.000Z', last: '2026-12-02T14:30:00.000Z', maxSeq: 3 });
    // Hashed references are shown as the record's table shows them.
    expect(summary.cases).toHaveLength(2);
    for (const c of summary.cases) expect(c).toMatch(/^Case #[0-9a-f]{8}$/);
  });

  it('refuses a live entry rather than list it for deletion', async () => {
    const store = await bothKinds();
    const all = await store.list({ mode: 'all' });
    expect(() => trainingToClear(all.ok ? all.value.entries : [])).toThrow(/live, not training/);
  });
});

describe('ClearTraining', () => {
  function setup(summary: TrainingToClear | null) {
    const p = { onListTraining: vi.fn(async () => summary), onExportTraining: vi.fn(), onClearTraining: vi.fn() };
    render(<ClearTraining busy={false} {...p} />);
    return p;
  }

  it('shows what goes (count, dates, cases) and offers to save it first, before anything is removed', async () => {
    const summary = await listed();
    const p = setup(summary);
    fireEvent.click(screen.getByRole('button', { name: 'Clear training entries' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(p.onClearTraining).not.toHaveBeenCalled();
    expect(within(dialog).getByText('Delete these 2 training entries? This cannot be undone.')).toBeTruthy();
    expect(dialog.textContent).toContain('1 December 2026');
    expect(dialog.textContent).toContain('2 December 2026');
    const cases = within(dialog).getByRole('list', { name: 'Cases (2)' });
    expect(within(cases).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['09TR2510388', '09TR2610315']);
    expect(dialog.textContent).toContain('Live entries are kept');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save these 2 entries first (CSV)' }));
    expect(p.onExportTraining).toHaveBeenCalledWith(summary);
    expect(p.onClearTraining).not.toHaveBeenCalled();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, delete these 2 training entries' }));
    expect(p.onClearTraining).toHaveBeenCalledWith(summary);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('Cancel removes nothing', async () => {
    const p = setup(await listed());
    fireEvent.click(screen.getByRole('button', { name: 'Clear training entries' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(p.onClearTraining).not.toHaveBeenCalled();
  });

  it('says so when there is nothing to clear, with no delete button', async () => {
    setup(trainingToClear([]));
    fireEvent.click(screen.getByRole('button', { name: 'Clear training entries' }));
    expect(await screen.findByText('There are no training entries to clear.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Yes, delete/ })).toBeNull();
  });
});
