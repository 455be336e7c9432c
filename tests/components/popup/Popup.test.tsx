import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupSite, type PopupView } from '../../../components/popup/Popup';

afterEach(cleanup);

const site = (over: Partial<PopupSite> = {}): PopupSite => ({ origin: 'https://cases.example.gov.uk', configured: true, granted: true, locked: false, ...over });

function renderPopup(view: PopupView, over: Partial<Parameters<typeof Popup>[0]> = {}) {
  const props = {
    view,
    site: site(),
    checking: false,
    roleMissing: false,
    recordHref: '/record.html',
    trainingHref: '/training.html',
    onCheck: vi.fn(),
    onAlwaysRun: vi.fn(),
    onOpenSettings: vi.fn(),
    ...over,
  };
  render(<Popup {...props} />);
  return props;
}

const status = () => screen.getByTestId('popup-status').textContent;

describe('Popup status', () => {
  it.each([
    [{ kind: 'loading' } as const, 'Looking at this page…'],
    [{ kind: 'unsupported' } as const, 'This kind of page cannot be checked. Open a case in your case system.'],
    [{ kind: 'error' } as const, 'The status of this page is not available. Try “Check this page”.'],
    [{ kind: 'status', status: { state: 'not-configured' } } as const, 'This page is not on one of your case-system sites.'],
    [{ kind: 'status', status: { state: 'unchecked' } } as const, 'This page has not been checked yet.'],
    [{ kind: 'status', status: { state: 'no-match' } } as const, 'Checked: no intimate-image offence found on this page.'],
    [{ kind: 'status', status: { state: 'possible' } } as const, 'This page might be about an intimate-image offence. Check the charges.'],
  ])('%o', (view, text) => {
    renderPopup(view);
    expect(status()).toBe(text);
  });

  it('names the offence on a match', () => {
    renderPopup({ kind: 'status', status: { state: 'match', offenceTitle: 'Sharing intimate photograph or film', citation: 'SOA 2003 s.66B(2)' } });
    expect(status()).toBe('Intimate-image offence: Sharing intimate photograph or film (SOA 2003 s.66B(2)). Consider a deprivation order.');
  });

  it('does not say "consider a deprivation order" where the case has ended or the order is already entered', () => {
    const match = { state: 'match', offenceTitle: 'Voyeurism', citation: 'SOA 2003 s.67(3)' } as const;
    renderPopup({ kind: 'status', status: { ...match, cases: 'ended' } });
    expect(status()).toBe(
      'Intimate-image offence: Voyeurism (SOA 2003 s.67(3)). The case ended without a conviction (acquitted, withdrawn or discontinued), so there is no deprivation order to consider (Sentencing Act 2020 s.153(1)).',
    );
    cleanup();
    renderPopup({ kind: 'status', status: { ...match, cases: 'order-entered' } });
    expect(status()).toBe(
      'Intimate-image offence: Voyeurism (SOA 2003 s.67(3)). A deprivation order is already entered on this page: check that each item of property is listed and reasons are given.',
    );
  });

  it('announces status changes politely', () => {
    renderPopup({ kind: 'loading' });
    expect(screen.getByTestId('popup-status').getAttribute('role')).toBe('status');
  });
});

describe('Popup actions', () => {
  it('checks the page on request, and shows progress', async () => {
    const props = renderPopup({ kind: 'status', status: { state: 'not-configured' } }, { site: site({ configured: false, granted: false }) });
    await userEvent.click(screen.getByRole('button', { name: 'Check this page' }));
    expect(props.onCheck).toHaveBeenCalledOnce();
    cleanup();
    renderPopup({ kind: 'status', status: { state: 'unchecked' } }, { checking: true });
    expect(status()).toBe('Checking this page…');
    expect((screen.getByRole('button', { name: 'Check this page' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers "Always run on this site" only where it is not already set up', async () => {
    const props = renderPopup({ kind: 'status', status: { state: 'not-configured' } }, { site: site({ configured: false, granted: false }) });
    expect(screen.getByText('Your browser will ask you to allow the extension on https://cases.example.gov.uk.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Always run on this site' }));
    expect(props.onAlwaysRun).toHaveBeenCalledOnce();
    cleanup();
    renderPopup({ kind: 'status', status: { state: 'no-match' } });
    expect(screen.queryByRole('button', { name: 'Always run on this site' })).toBeNull();
    cleanup();
    renderPopup({ kind: 'status', status: { state: 'unchecked' } }, { site: site({ granted: false }) });
    expect(screen.getByRole('button', { name: 'Always run on this site' })).toBeTruthy();
  });

  it('does not offer it when the organisation sets the sites', () => {
    renderPopup({ kind: 'status', status: { state: 'not-configured' } }, { site: site({ configured: false, granted: false, locked: true }) });
    expect(screen.queryByRole('button', { name: 'Always run on this site' })).toBeNull();
    expect(screen.getByText('Your organisation sets the sites the extension runs on.')).toBeTruthy();
  });

  it('hides checking and adding on pages that cannot be checked', () => {
    renderPopup({ kind: 'unsupported' }, { site: undefined, shortcut: 'Alt+Shift+D' });
    expect(screen.queryByRole('button', { name: 'Check this page' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Always run on this site' })).toBeNull();
    expect(screen.queryByText(/Shortcut/)).toBeNull();
  });

  it('reports the result of "Always run"', () => {
    renderPopup({ kind: 'status', status: { state: 'unchecked' } }, { alwaysRun: 'denied', site: site({ configured: false, granted: false }) });
    expect(screen.getByTestId('popup-always-result').textContent).toBe('Not added: your browser did not allow the extension on this site.');
  });

  it('shows the keyboard shortcut', () => {
    renderPopup({ kind: 'status', status: { state: 'unchecked' } }, { shortcut: 'Alt+Shift+D' });
    const button = screen.getByRole('button', { name: 'Check this page' });
    expect(screen.getByText('Shortcut: Alt+Shift+D').id).toBe(button.getAttribute('aria-describedby'));
  });

  it('links to the record, training and settings', async () => {
    const props = renderPopup({ kind: 'status', status: { state: 'no-match' } });
    expect(screen.getByRole('link', { name: 'Open the record' }).getAttribute('href')).toBe('/record.html');
    expect(screen.getByRole('link', { name: 'Training cases' }).getAttribute('href')).toBe('/training.html');
    await userEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(props.onOpenSettings).toHaveBeenCalledOnce();
  });

  it('prompts for a role when none is set', async () => {
    const props = renderPopup({ kind: 'status', status: { state: 'no-match' } }, { roleMissing: true });
    expect(screen.getByTestId('popup-role-missing').textContent).toMatch(/not chosen your role/);
    await userEvent.click(screen.getByRole('button', { name: 'Choose your role' }));
    expect(props.onOpenSettings).toHaveBeenCalledOnce();
  });
});

describe('Popup figures', () => {
  it("shows this month's deprivation orders in recognised cases, when the record answered", () => {
    renderPopup({ kind: 'loading' }, { figures: { month: '2026-12', ordersMade: 3, casesRecognised: 98, casesWithDecision: 40 } });
    const box = screen.getByRole('region', { name: 'This month (December 2026)' });
    expect(box.textContent).toContain('3 deprivation orders in 98 recognised cases');
    expect(box.textContent).toContain('40 with a decision recorded');
  });

  it('shows nothing when there are no figures', () => {
    renderPopup({ kind: 'loading' });
    expect(screen.queryByTestId('popup-figures')).toBeNull();
  });
});
