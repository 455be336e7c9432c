import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsModel } from '../../../components/settings/OptionsPage';
import { mergeManaged } from '../../../lib/settings/merge';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import type { ManagedPolicy } from '../../../lib/settings/managed';

afterEach(cleanup);

function model(user: Settings, policy: ManagedPolicy = {}, granted: string[] = []): OptionsModel {
  const m = mergeManaged(user, policy);
  return {
    user,
    effective: m.effective,
    locked: m.locked,
    allowedRoles: m.allowedRoles,
    sites: m.effective.sites.map((pattern) => ({ pattern, granted: granted.includes(pattern), managed: m.managedSites.includes(pattern) })),
    problems: m.problems,
    future: false,
  };
}

function renderPage(m: OptionsModel, handlers: Partial<Parameters<typeof OptionsPage>[0]> = {}) {
  const props = {
    model: m,
    recordHref: '/record.html',
    trainingHref: '/training/index.html',
    onSave: vi.fn(async () => 'saved' as const),
    onAddSite: vi.fn(async () => null),
    onRemoveSite: vi.fn(),
    onGrantSite: vi.fn(),
    ...handlers,
  };
  render(<OptionsPage {...props} />);
  return props;
}

const user: Settings = { ...DEFAULT_SETTINGS, role: 'legal-adviser', sites: ['https://cases.example.gov.uk/*'] };

describe('OptionsPage: sites', () => {
  it('shows a clear error for a bad pattern, linked to the field, and does not call onAddSite', async () => {
    const props = renderPage(model(user));
    const input = screen.getByLabelText('Add a case-system site');
    await userEvent.type(input, '*.gov.uk');
    await userEvent.click(screen.getByRole('button', { name: 'Add site' }));

    const summary = screen.getByTestId('sites-error-summary');
    expect(within(summary).getByText('There is a problem')).toBeTruthy();
    const message = /covers too many unrelated sites/;
    expect(within(summary).getByRole('link', { name: message }).getAttribute('href')).toBe('#site-input');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy).toContain('site-input-error');
    expect(document.getElementById('site-input-error')!.textContent).toMatch(message);
    expect(props.onAddSite).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(summary);
  });

  it.each([
    ['file:///C:/case.html', /starts with http:\/\/ or https:\/\//],
    ['<all_urls>', /not “all sites”/],
    ['cases.example.gov.uk:99999', /port/],
    ['', /Enter the address of your case system/],
  ])('rejects %s', async (value, message) => {
    const props = renderPage(model(user));
    if (value) await userEvent.type(screen.getByLabelText('Add a case-system site'), value);
    await userEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(document.getElementById('site-input-error')!.textContent).toMatch(message);
    expect(props.onAddSite).not.toHaveBeenCalled();
  });

  it('passes a valid address on as a canonical pattern, synchronously from the submit', async () => {
    const props = renderPage(model(user));
    await userEvent.type(screen.getByLabelText('Add a case-system site'), 'https://new.example.org/some/path');
    await userEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(props.onAddSite).toHaveBeenCalledWith({ ok: true, pattern: 'https://new.example.org/*', origin: 'https://new.example.org', host: 'new.example.org' });
    expect(await screen.findByText('Added https://new.example.org.')).toBeTruthy();
    expect((screen.getByLabelText('Add a case-system site') as HTMLInputElement).value).toBe('');
  });

  it('shows why the browser refused', async () => {
    renderPage(model(user), { onAddSite: vi.fn(async () => 'denied' as const) });
    await userEvent.type(screen.getByLabelText('Add a case-system site'), 'new.example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect((await screen.findByTestId('sites-error-summary')).textContent).toMatch(/did not allow/);
  });

  it('lists sites with their grant state, and offers Allow and Remove', async () => {
    const props = renderPage(model({ ...user, sites: ['https://cases.example.gov.uk/*', 'https://b.example.org/*'] }, {}, ['https://cases.example.gov.uk/*']));
    const rows = screen.getAllByTestId('site-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('Yes')).toBeTruthy();
    expect(within(rows[1]!).getByText('Not yet')).toBeTruthy();
    await userEvent.click(within(rows[1]!).getByRole('button', { name: 'Allow https://b.example.org' }));
    expect(props.onGrantSite).toHaveBeenCalledWith('https://b.example.org/*');
    await userEvent.click(within(rows[0]!).getByRole('button', { name: 'Remove https://cases.example.gov.uk' }));
    expect(props.onRemoveSite).toHaveBeenCalledWith('https://cases.example.gov.uk/*');
  });

  it('marks organisation sites as set by the organisation, without Remove', () => {
    renderPage(model(user, { sites: ['https://court.example.gov.uk/*'] }));
    const row = screen.getAllByTestId('site-row')[0]!;
    expect(within(row).getByText('Set by your organisation')).toBeTruthy();
    expect(within(row).queryByRole('button', { name: /Remove/ })).toBeNull();
  });

  it('hides the add form when the organisation locks the list', () => {
    renderPage(model(user, { sites: ['https://court.example.gov.uk/*'], sitesLocked: true }));
    expect(screen.queryByLabelText('Add a case-system site')).toBeNull();
    expect(screen.getByTestId('sites-locked').textContent).toMatch(/Set by your organisation/);
  });
});

describe('OptionsPage: first run', () => {
  it('explains how to start when no sites or role are set', () => {
    renderPage(model(DEFAULT_SETTINGS));
    const panel = screen.getByTestId('first-run');
    expect(within(panel).getByRole('link', { name: 'Choose your role' }).getAttribute('href')).toBe('#role');
    expect(within(panel).getByRole('link', { name: 'Add the address of your case system' }).getAttribute('href')).toBe('#site-input');
    expect(screen.getByTestId('sites-empty')).toBeTruthy();
  });

  it('is gone once a site and role are set', () => {
    renderPage(model(user));
    expect(screen.queryByTestId('first-run')).toBeNull();
  });
});

describe('OptionsPage: settings form', () => {
  it('saves valid changes', async () => {
    const props = renderPage(model(user));
    await userEvent.click(screen.getByLabelText('Trainer'));
    const days = screen.getByLabelText('Keep records for this many days');
    await userEvent.clear(days);
    await userEvent.type(days, '365');
    await userEvent.click(screen.getByLabelText('Presenter mode'));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(props.onSave).toHaveBeenCalledWith({ ...user, role: 'trainer', retentionDays: 365, presenterMode: true });
    expect(screen.getByTestId('settings-save-status').textContent).toBe('Your settings have been saved.');
  });

  it('refuses an out-of-range retention with a summary and an inline error', async () => {
    const props = renderPage(model(user));
    const days = screen.getByLabelText('Keep records for this many days');
    await userEvent.clear(days);
    await userEvent.type(days, '5');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(props.onSave).not.toHaveBeenCalled();
    const summary = screen.getByTestId('settings-error-summary');
    expect(within(summary).getByRole('link', { name: 'Enter a number of days from 30 to 3650' }).getAttribute('href')).toBe('#retentionDays');
    expect(days.getAttribute('aria-describedby')).toContain('retentionDays-error');
  });

  it('asks for a role when none is chosen', async () => {
    const props = renderPage(model({ ...user, role: null }));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(props.onSave).not.toHaveBeenCalled();
    expect(within(screen.getByTestId('settings-error-summary')).getByRole('link', { name: 'Select your role' }).getAttribute('href')).toBe('#role');
  });

  it('uses fieldsets with legends for every radio group', () => {
    renderPage(model(user));
    for (const legend of ['What is your role?', 'When should the reminder show?', 'How should case references be kept in the record?', 'Language']) {
      expect(screen.getByRole('group', { name: legend })).toBeTruthy();
    }
  });

  it('lists Welsh as not yet available and not selectable', () => {
    renderPage(model(user));
    const welsh = screen.getByLabelText('Cymraeg (Welsh)') as HTMLInputElement;
    expect(welsh.disabled).toBe(true);
    expect(screen.getByText('Not yet available')).toBeTruthy();
  });

  it('shows locked fields as set by the organisation and disabled, and keeps the user value on save', async () => {
    const props = renderPage(model(user, { retentionDays: 90, caseRefStorage: 'clear', trainingAllowed: false }));
    const days = screen.getByLabelText('Keep records for this many days') as HTMLInputElement;
    expect(days.disabled).toBe(true);
    expect(days.value).toBe('90');
    expect(days.getAttribute('aria-describedby')).toContain('retentionDays-locked');
    expect(document.getElementById('retentionDays-locked')!.textContent).toBe('Set by your organisation');

    const caseRefs = screen.getByRole('group', { name: 'How should case references be kept in the record?' });
    expect(within(caseRefs).getByText('Set by your organisation')).toBeTruthy();
    expect((within(caseRefs).getByLabelText('As written') as HTMLInputElement).checked).toBe(true);
    expect((within(caseRefs).getByLabelText('As written') as HTMLInputElement).disabled).toBe(true);

    // No training switch to lock (issue 23): the policy is accepted and the page says where training is recorded.
    expect(screen.queryByLabelText('Training mode')).toBeNull();
    expect(screen.getByText(/On any other page it is real casework/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(props.onSave).toHaveBeenCalledWith(user);
  });

  it('locks the role when policy allows only one, and disables roles policy excludes', () => {
    renderPage(model(user, { allowedRoles: ['prosecutor', 'trainer'] }));
    expect((screen.getByLabelText('Legal adviser') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('Not available in your organisation')).toBeTruthy();
    cleanup();
    renderPage(model(user, { allowedRoles: ['prosecutor'] }));
    const roles = screen.getByRole('group', { name: 'What is your role?' });
    expect(within(roles).getByText('Set by your organisation')).toBeTruthy();
    expect((within(roles).getByLabelText('Prosecutor') as HTMLInputElement).checked).toBe(true);
  });

  it('cannot save settings from a newer version', () => {
    renderPage({ ...model(user), future: true });
    expect((screen.getByRole('button', { name: 'Save settings' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('settings-problems').textContent).toMatch(/newer version/);
  });
});

describe('OptionsPage: privacy and links', () => {
  it('says what is stored and that nothing leaves the browser', () => {
    renderPage(model(user));
    const privacy = screen.getByRole('region', { name: 'Privacy: what this extension stores' });
    expect(privacy.textContent).toMatch(/Nothing leaves your browser/);
    expect(privacy.textContent).toMatch(/never stores page text/);
  });

  it('links to the record and training pages', () => {
    renderPage(model(user));
    expect(screen.getByRole('link', { name: 'Open your acknowledgement record' }).getAttribute('href')).toBe('/record.html');
    expect(screen.getByRole('link', { name: 'Training cases' }).getAttribute('href')).toBe('/training/index.html');
  });

  it('reports settings that had to be reset', () => {
    renderPage({ ...model(user), problems: [{ source: 'stored', field: 'retentionDays', code: 'invalid' }, { source: 'managed', field: 'sites', code: 'invalid' }] });
    const notice = screen.getByTestId('settings-problems');
    expect(notice.textContent).toMatch(/reset to their defaults: retentionDays/);
    expect(notice.textContent).toMatch(/policy has values this version cannot use, so they are ignored: sites/);
  });
});
