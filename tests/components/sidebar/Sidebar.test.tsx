import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar } from '../../../components/sidebar/Sidebar';
import type { Acknowledgement, AcknowledgeResult, SidebarProps } from '../../../components/sidebar/types';
import type { DetectResult } from '../../../lib/detect/types';
import { promptsFor } from '../../../lib/prompts';
import type { Role } from '../../../lib/roles';

afterEach(cleanup);

const detection: DetectResult = {
  verdict: 'match',
  confidence: 0.95,
  caseRefs: [],
  offences: [
    {
      id: 'soa2003-s66b-2',
      title: 'Sharing intimate photograph or film',
      citation: 'SOA 2003 s.66B(2)',
      category: 'intimate-image',
      evidence: [
        { kind: 'cjs-code', text: 'SX03250', start: 10, end: 17 },
        { kind: 'citation', text: 'contrary to section 66B(2) of the Sexual Offences Act 2003', start: 40, end: 98 },
      ],
    },
  ],
};

const context = { offenceIds: ['soa2003-s66b-2'], categories: ['intimate-image' as const] };

function setup(overrides: Partial<SidebarProps> = {}) {
  const role: Role = overrides.role ?? 'legal-adviser';
  const props: SidebarProps = {
    detection,
    role,
    prompts: promptsFor(role, context),
    statuses: {},
    training: false,
    presenter: false,
    collapsed: false,
    onToggleCollapsed: vi.fn(),
    onShowEvidence: vi.fn(),
    onAcknowledge: vi.fn(async (): Promise<AcknowledgeResult> => ({ ok: true })),
    onReturnToPage: vi.fn(),
    ...overrides,
  };
  const user = userEvent.setup();
  const view = render(<Sidebar {...(props as ComponentProps<typeof Sidebar>)} />);
  return { props, user, view };
}

/** The task-list row whose heading is the prompt's summary. */
function row(summary: string | RegExp): HTMLElement {
  const heading = screen.getByRole('heading', { level: 3, name: summary });
  return heading.closest('li')!;
}

describe('Sidebar', () => {
  it('is a complementary landmark whose name begins "Deprivation order reminder" and names the offence', () => {
    setup();
    const aside = screen.getByRole('complementary');
    const name = aside.getAttribute('aria-label') ?? '';
    expect(name.startsWith('Deprivation order reminder')).toBe(true);
    expect(name).toContain('Sharing intimate photograph or film, SOA 2003 s.66B(2)');
    expect(screen.getByRole('complementary', { name: /^Deprivation order reminder/ })).toBe(aside);
  });

  it.each<[Role, RegExp]>([
    ['legal-adviser', /^Advise the bench/],
    ['prosecutor', /^Consider, and plan, an application for a deprivation order/],
    ['trainer', /^Teaching point: deprivation orders are rarely made/],
  ])('renders the %s wording and only that role\u2019s prompts', (role, firstSummary) => {
    const { props } = setup({ role });
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings).toHaveLength(props.prompts.length);
    expect(headings[0]!.textContent).toMatch(firstSummary);
    const iioc = screen.queryByRole('heading', { name: /orders are routine in child-image cases/ });
    expect(Boolean(iioc)).toBe(role === 'trainer');
  });

  it('shows the uncertainty note for cloud copies, styled apart, without opening the detail', () => {
    setup();
    const cloud = row(/Cloud and online copies/);
    const note = within(cloud).getByText(/The law is uncertain here:/).closest('.dor-uncertain');
    expect(note).not.toBeNull();
    expect(note!.textContent).toMatch(/Not known: whether any court order reaches copies held by an online provider/);
  });

  it('opens a prompt\u2019s detail with its sources in a new tab, safely', async () => {
    const { user } = setup();
    const item = row(/^Advise the bench/);
    const toggle = within(item).getByRole('button', { name: /Details and sources/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const region = item.querySelector(`#${CSS.escape(toggle.getAttribute('aria-controls')!)}`)!;
    expect(region.hasAttribute('hidden')).toBe(true);
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(region.hasAttribute('hidden')).toBe(false);
    const links = within(region as HTMLElement).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(within(region as HTMLElement).getByText(/Prompt version 2\.0\.0/)).toBeTruthy();
  });

  it('explains why it appeared and asks the page to show each piece of evidence', async () => {
    const { user, props } = setup();
    const why = screen.getByRole('button', { name: 'Why am I seeing this?' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    await user.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const region = screen.getByRole('region', { name: 'Why am I seeing this?' });
    expect(region.id).toBe(why.getAttribute('aria-controls'));
    expect(within(region).getByText('SX03250')).toBeTruthy();
    expect(within(region).getByText('Offence code')).toBeTruthy();
    expect(within(region).getByText(/contrary to section 66B\(2\)/, { selector: 'q' })).toBeTruthy();
    const buttons = within(region).getAllByRole('button', { name: /^Show on page/ });
    expect(buttons).toHaveLength(2);
    await user.click(buttons[1]!);
    expect(props.onShowEvidence).toHaveBeenCalledWith({ offenceId: 'soa2003-s66b-2', evidenceIndex: 1 });
  });

  it('will not record an outcome that needs a reason until a reason is chosen', async () => {
    const { user, props } = setup();
    const item = row(/^Advise the bench/);
    await user.click(within(item).getByRole('radio', { name: 'Considered and declined' }));
    await user.click(within(item).getByRole('button', { name: 'Record' }));
    expect(props.onAcknowledge).not.toHaveBeenCalled();
    const summary = within(item).getByRole('alert');
    expect(summary.textContent).toMatch(/There is a problem/);
    const link = within(summary).getByRole('link', { name: 'Select a reason' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    await user.click(link);
    expect(document.activeElement).toBe(within(item).getByRole('combobox', { name: /Reason/ }));
  });

  it('asks for an outcome when none is chosen', async () => {
    const { user, props } = setup();
    const item = row(/^Advise the bench/);
    await user.click(within(item).getByRole('button', { name: 'Record' }));
    expect(props.onAcknowledge).not.toHaveBeenCalled();
    expect(within(item).getByRole('link', { name: 'Select what happened' })).toBeTruthy();
  });

  it('records an outcome with its reason and note, then shows the status and a Change button', async () => {
    let resolve!: (r: AcknowledgeResult) => void;
    const onAcknowledge = vi.fn(
      (_ack: Acknowledgement, _event: unknown) => new Promise<AcknowledgeResult>((r) => (resolve = r)),
    );
    const { user } = setup({ onAcknowledge });
    const item = row(/^Advise the bench/);
    await user.click(within(item).getByRole('radio', { name: 'Deferred to a later hearing' }));
    await user.selectOptions(within(item).getByRole('combobox', { name: /Reason/ }), 'adjourned');
    await user.type(within(item).getByRole('textbox', { name: /Private note/ }), '  ask again at sentence ');
    await user.click(within(item).getByRole('button', { name: 'Record' }));

    expect(onAcknowledge).toHaveBeenCalledTimes(1);
    const [ack, event] = onAcknowledge.mock.calls[0]!;
    expect(ack).toEqual({
      promptId: 'consider-deprivation-order',
      promptVersion: '2.0.0',
      outcome: 'deferred',
      reason: 'adjourned',
      note: 'ask again at sentence',
    });
    expect((event as { nativeEvent?: Event }).nativeEvent).toBeInstanceOf(Event);
    // Pending: the button cannot be pressed twice.
    expect((within(item).getByRole('button', { name: /Recording/ }) as HTMLButtonElement).disabled).toBe(true);

    resolve({ ok: true });
    await waitFor(() => expect(within(item).getByText(/^Recorded: Deferred to a later hearing, \d\d:\d\d/)).toBeTruthy());
    expect(within(item).getByText('Deferred')).toBeTruthy();
    expect(within(item).queryByRole('radio')).toBeNull();
    // Focus lands on the new status, not on the page body.
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Recorded: Deferred/));
    await user.click(within(item).getByRole('button', { name: /^Change/ }));
    // A correction starts from the previous answer, with focus on it.
    const previous = within(item).getByRole('radio', { name: 'Deferred to a later hearing' }) as HTMLInputElement;
    expect(previous.checked).toBe(true);
    expect(document.activeElement).toBe(previous);
    await user.click(within(item).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(within(item).getByRole('button', { name: /^Change/ })));
  });

  it('keeps the user\u2019s answer and shows the message when recording fails', async () => {
    const onAcknowledge = vi.fn(async (): Promise<AcknowledgeResult> => ({ ok: false, message: 'Storage is full' }));
    const { user } = setup({ onAcknowledge });
    const item = row(/^List each device/);
    await user.click(within(item).getByRole('radio', { name: 'Done' }));
    await user.type(within(item).getByRole('textbox', { name: /Private note/ }), 'three exhibits');
    await user.click(within(item).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(within(item).getByRole('alert').textContent).toBe('Storage is full'));
    expect((within(item).getByRole('radio', { name: 'Done' }) as HTMLInputElement).checked).toBe(true);
    expect((within(item).getByRole('textbox', { name: /Private note/ }) as HTMLTextAreaElement).value).toBe(
      'three exhibits',
    );
    expect((within(item).getByRole('button', { name: 'Record' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('treats a thrown error as a failure too, keeping the input', async () => {
    const onAcknowledge = vi.fn(async (): Promise<AcknowledgeResult> => {
      throw new Error('port closed');
    });
    const { user } = setup({ onAcknowledge });
    const item = row(/^List each device/);
    await user.click(within(item).getByRole('radio', { name: 'Done' }));
    await user.click(within(item).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(within(item).getByRole('alert').textContent).toMatch(/could not be recorded/));
    expect((within(item).getByRole('radio', { name: 'Done' }) as HTMLInputElement).checked).toBe(true);
  });

  it('limits the private note to 500 characters and warns against names', () => {
    setup();
    const note = within(row(/^Advise the bench/)).getByRole('textbox', { name: /Private note/ }) as HTMLTextAreaElement;
    expect(note.maxLength).toBe(500);
    const hint = document.getElementById(note.getAttribute('aria-describedby')!);
    expect(hint?.textContent).toMatch(/Do not include names/);
  });

  it('shows recorded statuses from props, and the all-recorded line only when nothing is deferred', () => {
    const prompts = promptsFor('prosecutor', context);
    const at = new Date().toISOString();
    const all = Object.fromEntries(prompts.map((p) => [p.id, { outcome: 'done' as const, at, promptVersion: p.version }]));
    const { view, props } = setup({ role: 'prosecutor', prompts, statuses: all });
    expect(screen.getByText(`All ${prompts.length} prompts recorded for this case`)).toBeTruthy();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);

    const first = prompts[0]!.id;
    view.rerender(
      <Sidebar {...props} statuses={{ ...all, [first]: { outcome: 'deferred', reason: 'adjourned', at, promptVersion: '1.0.0' } }} />,
    );
    expect(screen.queryByText(/prompts recorded for this case/)).toBeNull();
  });

  it('asks again when the prompt changed since it was recorded', () => {
    const prompts = promptsFor('legal-adviser', context);
    const first = prompts[0]!;
    setup({ prompts, statuses: { [first.id]: { outcome: 'order-made', at: new Date().toISOString(), promptVersion: '0.9.0' } } });
    const item = row(first.text.en.summary);
    expect(within(item).getByText('Prompt updated')).toBeTruthy();
    expect(within(item).getAllByRole('radio').length).toBe(first.outcomes.length);
  });

  it('collapses: the tab stays, the body is inert, and the tab reports the state', async () => {
    const { user, props, view } = setup({ collapsed: true });
    const tab = screen.getByRole('button', { name: 'Deprivation order reminder: show' });
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    const body = document.getElementById(tab.getAttribute('aria-controls')!)!;
    expect(body.hasAttribute('inert')).toBe(true);
    await user.click(tab);
    expect(props.onToggleCollapsed).toHaveBeenCalledWith(false);

    view.rerender(<Sidebar {...props} collapsed={false} />);
    const open = screen.getByRole('button', { name: 'Deprivation order reminder: hide' });
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(body.hasAttribute('inert')).toBe(false);
  });

  it('shows a training banner only in training mode', () => {
    const { view, props } = setup({ training: true });
    expect(screen.getByRole('note').textContent).toMatch(/^Training/);
    view.rerender(<Sidebar {...props} training={false} />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('marks presenter mode for the larger type', () => {
    setup({ presenter: true });
    expect(screen.getByRole('complementary').getAttribute('data-presenter')).toBe('true');
  });

  it('announces through a polite live region and returns to the page on request', async () => {
    const { user, props, view } = setup();
    const live = screen.getByRole('complementary').querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('');
    view.rerender(<Sidebar {...props} announce="Recorded: Order made" />);
    expect(live.textContent).toBe('Recorded: Order made');
    await user.click(screen.getByRole('button', { name: 'Return to page' }));
    expect(props.onReturnToPage).toHaveBeenCalledTimes(1);
  });

  it('works from the keyboard alone', async () => {
    const { user, props } = setup();
    await user.tab();
    const tab = screen.getByRole('button', { name: 'Deprivation order reminder: hide' });
    expect(document.activeElement).toBe(tab);
    await user.keyboard('{Enter}');
    expect(props.onToggleCollapsed).toHaveBeenCalledWith(true);

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Why am I seeing this?' }));
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Why am I seeing this?' }).getAttribute('aria-expanded')).toBe('true');

    // Into the first prompt: the details toggle, then the first outcome radio.
    const item = row(/^Advise the bench/);
    const firstRadio = within(item).getAllByRole('radio')[0]!;
    const details = within(item).getByRole('button', { name: /Details and sources/ });
    for (let i = 0; i < 20 && document.activeElement !== details; i++) await user.tab();
    expect(document.activeElement).toBe(details);
    await user.tab();
    expect(document.activeElement).toBe(firstRadio);
    await user.keyboard(' ');
    expect((firstRadio as HTMLInputElement).checked).toBe(true);
    // Past the note to Record, then submit with Enter.
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(within(item).getByRole('button', { name: 'Record' }));
    await user.keyboard('{Enter}');
    expect(props.onAcknowledge).toHaveBeenCalledWith(
      expect.objectContaining({ promptId: 'consider-deprivation-order', outcome: 'raised-with-court' }),
      expect.anything(),
    );
  });
});
