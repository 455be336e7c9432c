import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DemoControls } from '../../../components/training/DemoControls';
import type { SidebarContext } from '../../../lib/messaging/page-schemas';
import type { Role } from '../../../lib/roles';

afterEach(cleanup);

function setup(start: SidebarContext, fail?: string) {
  let current = { ...start };
  const answer = () => (fail ? { ok: false as const, error: { code: 'x', message: fail } } : { ok: true as const, value: { ...current } });
  const props = {
    load: vi.fn(async () => ({ ok: true as const, value: { ...current } })),
    setRole: vi.fn(async (role: Role) => {
      if (!fail) current = { ...current, role };
      return answer();
    }),
    setPresenter: vi.fn(async (presenter: boolean) => {
      if (!fail) current = { ...current, presenter };
      return answer();
    }),
    recordHref: '/record.html?training=show',
    clearHref: '/record.html?training=show#clear-training',
  };
  render(<DemoControls {...props} />);
  return props;
}

const START: SidebarContext = { role: 'legal-adviser', training: false, presenter: false, language: 'en', focusShortcut: 'Alt+Shift+M' };

describe('DemoControls (training index)', () => {
  it('shows the saved role and presenter mode, and switches the role at once', async () => {
    const p = setup(START);
    const adviser = (await screen.findByRole('radio', { name: 'Legal adviser' })) as HTMLInputElement;
    await vi.waitFor(() => expect(adviser.checked).toBe(true));
    fireEvent.click(screen.getByRole('radio', { name: 'Prosecutor' }));
    expect(p.setRole).toHaveBeenCalledWith('prosecutor');
    expect(await screen.findByText('Demonstrating as: Prosecutor.')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Prosecutor' }) as HTMLInputElement).checked).toBe(true);
  });

  it('turns presenter mode on and off', async () => {
    const p = setup(START);
    const box = (await screen.findByRole('checkbox', { name: /Presenter mode/ })) as HTMLInputElement;
    await vi.waitFor(() => expect(box.disabled).toBe(false));
    fireEvent.click(box);
    expect(p.setPresenter).toHaveBeenLastCalledWith(true);
    expect(await screen.findByText('Presenter mode is on.')).toBeTruthy();
    fireEvent.click(box);
    expect(p.setPresenter).toHaveBeenLastCalledWith(false);
    expect(await screen.findByText('Presenter mode is off.')).toBeTruthy();
  });

  it('links to the record with training shown, and to clearing it; names the shortcut', async () => {
    setup(START);
    expect(screen.getByRole('link', { name: 'Open the record, with training entries shown' }).getAttribute('href')).toBe('/record.html?training=show');
    expect(screen.getByRole('link', { name: /^Clear the training entries/ }).getAttribute('href')).toBe('/record.html?training=show#clear-training');
    expect(await screen.findByText(/Alt\+Shift\+M moves into the reminder/)).toBeTruthy();
  });

  it('asks for a role when none is saved, and says why a change was refused', async () => {
    setup({ ...START, role: null }, 'Your organisation sets the roles you can choose.');
    expect(await screen.findByText(/No role chosen yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Trainer' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Your organisation sets the roles');
    expect((screen.getByRole('radio', { name: 'Trainer' }) as HTMLInputElement).checked).toBe(false);
  });
});
