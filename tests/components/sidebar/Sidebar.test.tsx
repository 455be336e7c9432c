import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCaseViews } from '../../../components/sidebar/cases';
import { Sidebar } from '../../../components/sidebar/Sidebar';
import type { AcknowledgeResult, CaseView, LatestAcknowledgement, SidebarProps } from '../../../components/sidebar/types';
import type { DetectResult, RecognisedOffence } from '../../../lib/detect/types';
import type { CaseStatus } from '../../../lib/record/store';
import { DECISION_OUTCOMES } from '../../../lib/prompts/outcomes';
import type { Role } from '../../../lib/roles';
import { NO_ORDERS, type PageCase } from '../../../lib/stage/types';
import { PROMPT_DEFINITIONS } from '../../../lib/prompts';

const version = (id: string) => PROMPT_DEFINITIONS.find((d) => d.id === id)!.version;
const V = version('consider-deprivation-order');

afterEach(cleanup);

const offence: RecognisedOffence = {
  id: 'soa2003-s66b-2',
  title: 'Sharing intimate photograph or film',
  citation: 'SOA 2003 s.66B(2)',
  category: 'intimate-image',
  evidence: [
    { kind: 'cjs-code', text: 'SX03250', start: 10, end: 17 },
    { kind: 'citation', text: 'contrary to section 66B(2) of the Sexual Offences Act 2003', start: 40, end: 98 },
  ],
};
const detection: DetectResult = { verdict: 'match', confidence: 0.95, caseRefs: [], offences: [offence] };
const pageCase = (ref: string): PageCase => ({ ref, key: ref, offences: [offence], stage: 'unknown', orders: NO_ORDERS });
const now = () => new Date().toISOString();

/** Case views as the container builds them, with statuses given per prompt id. */
function views(role: Role, refs = ['09TR2510388'], statuses: Record<string, Record<string, LatestAcknowledgement>> = {}): CaseView[] {
  const byKey = new Map<string, CaseStatus>();
  for (const [key, s] of Object.entries(statuses)) {
    byKey.set(key, {
      prompts: Object.entries(s).map(([promptId, p], i) => ({
        promptId,
        promptVersion: p.promptVersion,
        shown: true,
        outcome: p.outcome,
        reason: p.reason ?? null,
        seq: i + 1,
        recordedAt: p.at,
      })),
    });
  }
  return buildCaseViews(refs.map(pageCase), role, byKey);
}

function setup(overrides: Partial<SidebarProps> = {}) {
  const role: Role | null = overrides.role === undefined ? 'legal-adviser' : overrides.role;
  const props: SidebarProps = {
    detection,
    role,
    cases: views(role ?? 'legal-adviser'),
    training: false,
    presenter: false,
    collapsed: false,
    onToggleCollapsed: vi.fn(),
    onShowEvidence: vi.fn(),
    onAcknowledge: vi.fn(async (): Promise<AcknowledgeResult> => ({ ok: true })),
    onChooseRole: vi.fn(async (): Promise<AcknowledgeResult> => ({ ok: true })),
    onCaseShown: vi.fn(),
    onReturnToPage: vi.fn(),
    ...overrides,
  };
  const user = userEvent.setup();
  const view = render(<Sidebar {...props} />);
  return { props, user, view };
}

const decision = () => screen.getByRole('group', { name: /What happened/ }).closest('form')!.parentElement!;
const line = (summary: RegExp) => screen.getByRole('checkbox', { name: summary }).closest('li')!;

describe('Sidebar: one decision per case', () => {
  it('is a complementary landmark whose name begins "Deprivation order reminder" and names the offence', () => {
    setup();
    const aside = screen.getByRole('complementary', { name: /^Deprivation order reminder/ });
    expect(aside.getAttribute('aria-label')).toContain('Sharing intimate photograph or film, SOA 2003 s.66B(2)');
  });

  it.each<[Role, RegExp]>([
    ['legal-adviser', /^Advise the bench/],
    ['prosecutor', /^Consider, and plan, an application for a deprivation order/],
    ['trainer', /^Teaching point: deprivation orders are rarely made/],
  ])('%s: the case, the role sentence, the role\u2019s outcomes, one note and one Record; the rest as checklist lines', (role, sentence) => {
    setup({ role, cases: views(role) });
    expect(screen.getByRole('heading', { level: 3, name: 'Case 09TR2510388' })).toBeTruthy();
    expect(screen.getByText(/^SOA 2003 s\.66B\(2\): Sharing intimate photograph or film/)).toBeTruthy();
    expect(screen.getByText(sentence)).toBeTruthy();
    const radios = screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value);
    expect(radios).toEqual([...DECISION_OUTCOMES[role]]);
    expect(screen.getAllByRole('button', { name: 'Record' })).toHaveLength(1);
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
    const ticks = screen.getAllByRole('checkbox');
    expect(ticks.length).toBeGreaterThan(5);
    expect(ticks.every((c) => c.getAttribute('aria-checked') === 'false')).toBe(true);
    expect(Boolean(screen.queryByRole('checkbox', { name: /orders are routine in child-image cases/ }))).toBe(role === 'trainer');
    expect(screen.getAllByRole('button', { name: role === 'trainer' ? /^Skip\b/ : /^Not relevant\b/ }).length).toBe(ticks.length);
  });

  it('prosecutor: "what to say" is above the choice and not repeated when the decision\u2019s detail opens', async () => {
    const { user } = setup({ role: 'prosecutor', cases: views('prosecutor') });
    const say = /^I apply under section 153 of the Sentencing Act 2020/;
    expect(screen.getAllByText(say)).toHaveLength(1);
    const form = decision();
    await user.click(within(form.parentElement!).getAllByRole('button', { name: /^Details and sources/ })[0]!);
    expect(screen.getAllByText(say)).toHaveLength(1);
    expect(screen.getByText(/Prompt version/)).toBeTruthy();
  });

  it('presenter mode: the choice before "what to say", the private note one click away (and focused when opened)', async () => {
    const { user, props } = setup({ role: 'prosecutor', cases: views('prosecutor'), presenter: true });
    const say = screen.getByText(/^I apply under section 153/);
    const firstRadio = screen.getAllByRole('radio')[0]!;
    expect(firstRadio.compareDocumentPosition(say) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add a private note' }));
    const note = screen.getByRole('textbox', { name: /Private note/ });
    expect(document.activeElement).toBe(note);
    await user.type(note, 'two phones');
    await user.click(firstRadio);
    await user.click(screen.getByRole('button', { name: 'Record' }));
    expect(props.onAcknowledge).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ note: 'two phones' }), expect.anything());
  });

  it('keeps the "law uncertain" marker on the line and the note one click away, with safe source links', async () => {
    const { user } = setup();
    const cloud = line(/Cloud and online copies/);
    expect(within(cloud).getByText('Law uncertain')).toBeTruthy();
    expect(within(cloud).queryByText(/Not known: whether any court order reaches copies/)).toBeNull();
    await user.click(within(cloud).getByRole('button', { name: /^Details/ }));
    expect(within(cloud).getByText(/Not known: whether any court order reaches copies/).closest('.dor-uncertain')).not.toBeNull();
    const links = within(cloud).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('explains why it appeared and asks the page to show each piece of evidence of this case', async () => {
    const { user, props } = setup();
    await user.click(screen.getByRole('button', { name: 'Why am I seeing this?' }));
    const region = screen.getByRole('region', { name: 'Why am I seeing this?' });
    expect(within(region).getByText('SX03250')).toBeTruthy();
    await user.click(within(region).getAllByRole('button', { name: /^Show on page/ })[1]!);
    expect(props.onShowEvidence).toHaveBeenCalledWith({ offenceId: 'soa2003-s66b-2', evidenceIndex: 1, caseKey: '09TR2510388' });
  });

  it('reveals the reason under the answer that needs one and will not record without it', async () => {
    const { user, props } = setup();
    expect(screen.queryByRole('combobox')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Not raised' }));
    const select = screen.getByRole('combobox', { name: /Reason/ });
    // The reveal sits right under the chosen radio (GOV.UK conditional reveal).
    expect(screen.getByRole('radio', { name: 'Not raised' }).closest('.dor-radio')!.nextElementSibling!.contains(select)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Record' }));
    expect(props.onAcknowledge).not.toHaveBeenCalled();
    const summary = within(decision()).getByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    await user.click(within(summary).getByRole('link', { name: 'Select a reason' }));
    expect(document.activeElement).toBe(select);
  });

  it('asks for an outcome when none is chosen', async () => {
    const { user, props } = setup();
    await user.click(screen.getByRole('button', { name: 'Record' }));
    expect(props.onAcknowledge).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Select what happened' })).toBeTruthy();
  });

  it('records the decision for its case in two clicks, then shows what and when, with Change', async () => {
    let resolve!: (r: AcknowledgeResult) => void;
    const onAcknowledge = vi.fn((..._args: unknown[]) => new Promise<AcknowledgeResult>((r) => (resolve = r)));
    const { user } = setup({ onAcknowledge });
    await user.click(screen.getByRole('radio', { name: 'Order made' }));
    await user.click(screen.getByRole('button', { name: 'Record' }));
    expect(onAcknowledge).toHaveBeenCalledTimes(1);
    const [key, ack, event] = onAcknowledge.mock.calls[0]!;
    expect(key).toBe('09TR2510388');
    expect(ack).toEqual({ promptId: 'consider-deprivation-order', promptVersion: V, outcome: 'order-made' });
    expect((event as { nativeEvent?: Event }).nativeEvent).toBeInstanceOf(Event);
    expect((screen.getByRole('button', { name: /Recording/ }) as HTMLButtonElement).disabled).toBe(true);
    resolve({ ok: true });
    await waitFor(() => expect(screen.getByText(/^Recorded: Order made, \d\d:\d\d/)).toBeTruthy());
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Recorded: Order made/));
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: /^Change/ }));
    const previous = screen.getByRole('radio', { name: 'Order made' }) as HTMLInputElement;
    expect(previous.checked).toBe(true);
    expect(document.activeElement).toBe(previous);
  });

  it('offers what can happen next after "raised", as a step of its own', async () => {
    const at = now();
    const cases = views('legal-adviser', ['09TR2510388'], { '09TR2510388': { 'consider-deprivation-order': { outcome: 'raised-with-court', at, promptVersion: V } } });
    const { user, props } = setup({ cases, collapsed: false });
    // Recorded: the decision shows the outcome and when, with the next step and Change.
    expect(screen.getByText(/^Recorded: Raised with the court/)).toBeTruthy();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Record what happened next' }));
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['order-made', 'bench-declined']);
    await user.click(screen.getByRole('radio', { name: 'Order made' }));
    await user.click(screen.getByRole('button', { name: 'Record' }));
    expect(props.onAcknowledge).toHaveBeenCalledWith('09TR2510388', expect.objectContaining({ outcome: 'order-made' }), expect.anything());
  });

  it('keeps the user\u2019s answer and shows the message when recording fails or throws', async () => {
    const onAcknowledge = vi.fn(async (): Promise<AcknowledgeResult> => ({ ok: false, message: 'Storage is full' }));
    const { user } = setup({ onAcknowledge });
    await user.click(screen.getByRole('radio', { name: 'Raised with the court' }));
    await user.type(screen.getByRole('textbox', { name: /Private note/ }), 'three exhibits');
    await user.click(screen.getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(within(decision()).getByRole('alert').textContent).toBe('Storage is full'));
    expect((screen.getByRole('radio', { name: 'Raised with the court' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: /Private note/ }) as HTMLTextAreaElement).value).toBe('three exhibits');
    onAcknowledge.mockImplementation(async () => {
      throw new Error('port closed');
    });
    await user.click(screen.getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(within(decision()).getByRole('alert').textContent).toMatch(/could not be recorded/));
  });

  it('limits the private note to 500 characters and warns against names', () => {
    setup();
    const note = screen.getByRole('textbox', { name: /Private note/ }) as HTMLTextAreaElement;
    expect(note.maxLength).toBe(500);
    expect(document.getElementById(note.getAttribute('aria-describedby')!)?.textContent).toMatch(/No names/);
  });
});

describe('Sidebar: the checklist', () => {
  it('records a tick as "done", takes it back as "reopened", and "not relevant" with its reason', async () => {
    const { user, props } = setup();
    const devices = line(/^Done: List each device/);
    const tick = within(devices).getByRole('checkbox');
    await user.click(tick);
    expect(props.onAcknowledge).toHaveBeenLastCalledWith('09TR2510388', { promptId: 'identify-each-device', promptVersion: version('identify-each-device'), outcome: 'done' }, expect.anything());
    await waitFor(() => expect(tick.getAttribute('aria-checked')).toBe('true'));
    await user.click(tick);
    expect(props.onAcknowledge).toHaveBeenLastCalledWith('09TR2510388', expect.objectContaining({ outcome: 'reopened' }), expect.anything());
    await waitFor(() => expect(tick.getAttribute('aria-checked')).toBe('false'));
    const toggle = within(devices).getByRole('button', { name: /^Not relevant/ });
    await user.click(toggle);
    expect(props.onAcknowledge).toHaveBeenLastCalledWith('09TR2510388', expect.objectContaining({ outcome: 'not-applicable', reason: 'not-relevant' }), expect.anything());
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('true'));
  });

  it('gives trainers "Discussed" and "Skip"', async () => {
    const { user, props } = setup({ role: 'trainer', cases: views('trainer') });
    const point = line(/^Discussed: Teaching point: orders are routine/);
    await user.click(within(point).getByRole('checkbox'));
    expect(props.onAcknowledge).toHaveBeenLastCalledWith('09TR2510388', expect.objectContaining({ outcome: 'discussed' }), expect.anything());
    await user.click(within(point).getByRole('button', { name: /^Skip/ }));
    expect(props.onAcknowledge).toHaveBeenLastCalledWith('09TR2510388', expect.objectContaining({ outcome: 'skipped' }), expect.anything());
  });

  it('shows a failure on the line and leaves the tick as it was', async () => {
    const onAcknowledge = vi.fn(async (): Promise<AcknowledgeResult> => ({ ok: false, message: 'Storage is full' }));
    const { user } = setup({ onAcknowledge });
    const devices = line(/List each device/);
    await user.click(within(devices).getByRole('checkbox'));
    await waitFor(() => expect(within(devices).getByRole('alert').textContent).toBe('Storage is full'));
    expect(within(devices).getByRole('checkbox').getAttribute('aria-checked')).toBe('false');
  });
});

describe('Sidebar: cases, roles and states', () => {
  it('on a list: one section per case named by its reference, the count in the header, each recorded separately', async () => {
    const { user, props } = setup({ cases: views('legal-adviser', ['09TR2510388', '09TR2610226']) });
    expect(screen.getByText('2 cases on this page matched')).toBeTruthy();
    const first = screen.getByRole('button', { name: 'Case 09TR2510388' });
    const second = screen.getByRole('button', { name: 'Case 09TR2610226' });
    expect(first.getAttribute('aria-expanded')).toBe('true');
    expect(second.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getAllByRole('button', { name: 'Record' })).toHaveLength(1);
    await user.click(second);
    const section = second.closest('section')!;
    await user.click(within(section).getByRole('radio', { name: 'Raised with the court' }));
    await user.click(within(section).getByRole('button', { name: 'Record' }));
    expect(props.onAcknowledge).toHaveBeenCalledWith('09TR2610226', expect.objectContaining({ outcome: 'raised-with-court' }), expect.anything());
    expect(props.onCaseShown).toHaveBeenCalledWith('09TR2510388');
    expect(props.onCaseShown).toHaveBeenCalledWith('09TR2610226');
  });

  it('opens a decided case collapsed with its outcome and time; a deferral re-arms it', () => {
    const at = now();
    const decided = views('prosecutor', ['A1', 'B2'], { A1: { 'consider-deprivation-order': { outcome: 'applied-order-made', at, promptVersion: V } } });
    const { view, props } = setup({ role: 'prosecutor', cases: decided });
    expect(screen.getByRole('button', { name: 'Case A1' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('button', { name: 'Case B2' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(/^Recorded: Applied: order made, \d\d:\d\d/)).toBeTruthy();
    cleanup();
    const deferred = views('prosecutor', ['A1', 'B2'], { A1: { 'consider-deprivation-order': { outcome: 'deferred', reason: 'adjourned', at, promptVersion: V } } });
    render(<Sidebar {...props} cases={deferred} />);
    expect(screen.getByRole('button', { name: 'Case A1' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('radio').length).toBe(DECISION_OUTCOMES.prosecutor.length);
    void view;
  });

  it('on a list: the case needing a decision comes first and opens; a case before plea says it is too early, not "Not recorded"', () => {
    const [early, due] = views('legal-adviser', ['09TR2610315', '09TR2610336']);
    setup({ cases: [{ ...early!, plan: { presentation: 'indicator', status: null, promptIds: 'all' } }, due!] });
    const toggles = screen.getAllByRole('button', { name: /^Case / });
    expect(toggles.map((b) => b.textContent)).toEqual(['Case 09TR2610336', 'Case 09TR2610315']);
    expect(toggles.map((b) => b.getAttribute('aria-expanded'))).toEqual(['true', 'false']);
    const quiet = toggles[1]!.closest('section')!;
    expect(within(quiet).getByText('Before plea or conviction: nothing to decide yet')).toBeTruthy();
    expect(within(quiet).queryByText('Not recorded')).toBeNull();
  });

  it('says when the order is already on the page', () => {
    const [v] = views('legal-adviser');
    setup({ cases: [{ ...v!, plan: { presentation: 'collapsed', status: 'order-on-page', promptIds: ['check-result-recorded'] } }] });
    expect(screen.getByText('Deprivation order entered on this page')).toBeTruthy();
  });

  it('says for how many defendants, when only some of them have the order', () => {
    const [v] = views('legal-adviser');
    const plan = { presentation: 'collapsed', status: 'order-on-page', promptIds: ['check-result-recorded'] } as const;
    setup({ cases: [{ ...v!, plan, defendants: { count: 3, withOrder: 1 } }] });
    expect(screen.getByText('Deprivation order entered on this page for 1 of 3 defendants. Check the others.')).toBeTruthy();
    cleanup();
    setup({ cases: [{ ...v!, plan, defendants: { count: 2, withOrder: 2 } }] });
    expect(screen.getByText('Deprivation order entered on this page')).toBeTruthy();
  });

  it('asks for the role in one step when none is saved, instead of assuming one', async () => {
    const { user, props } = setup({ role: null });
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.getByRole('group', { name: 'What is your role?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Prosecutor' }));
    expect(props.onChooseRole).toHaveBeenCalledWith('prosecutor', expect.anything());
  });

  it('collapses: the tab stays, the body is inert, and the tab reports the state', async () => {
    const { user, props, view } = setup({ collapsed: true });
    const tab = screen.getByRole('button', { name: 'Deprivation order reminder: show' });
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    const body = document.getElementById(tab.getAttribute('aria-controls')!)!;
    expect(body.hasAttribute('inert')).toBe(true);
    expect(props.onCaseShown).not.toHaveBeenCalled();
    await user.click(tab);
    expect(props.onToggleCollapsed).toHaveBeenCalledWith(false);
    view.rerender(<Sidebar {...props} collapsed={false} />);
    expect(body.hasAttribute('inert')).toBe(false);
  });

  it('marks training in the heading and presenter mode on the landmark', () => {
    const { view, props } = setup({ training: true, presenter: true });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/^Training/);
    expect(screen.getByRole('complementary').getAttribute('data-presenter')).toBe('true');
    view.rerender(<Sidebar {...props} training={false} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).not.toMatch(/Training/);
  });

  it('announces through a polite live region and returns to the page on request', async () => {
    const { user, props, view } = setup();
    const live = screen.getByRole('complementary').querySelector('[aria-live="polite"]')!;
    view.rerender(<Sidebar {...props} announce="Recorded" />);
    expect(live.textContent).toBe('Recorded');
    await user.click(screen.getByRole('button', { name: 'Return to page' }));
    expect(props.onReturnToPage).toHaveBeenCalledTimes(1);
  });

  it('from the heading: Tab, Space and Enter record the decision', async () => {
    const { user, props } = setup();
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.hasAttribute('data-sidebar-focus')).toBe(true);
    heading.focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getAllByRole('radio')[0]);
    await user.keyboard(' ');
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Record' }));
    await user.keyboard('{Enter}');
    expect(props.onAcknowledge).toHaveBeenCalledWith('09TR2510388', expect.objectContaining({ outcome: 'raised-with-court' }), expect.anything());
  });
});

describe('Sidebar: notes about the page', () => {
  it('shows each note on one line in the header', () => {
    setup({ notes: ['Indecent-images-of-children charges are also on this page.'] });
    expect(screen.getByText('Indecent-images-of-children charges are also on this page.')).toBeTruthy();
  });
});

describe('Sidebar: a list of cases keeps every case near the top', () => {
  it('folds the open case\u2019s checklist behind one disclosure', async () => {
    const { user } = setup({ cases: views('legal-adviser', ['A1', 'B2']) });
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    const fold = screen.getByRole('button', { name: /^Also check \(\d+ points\)$/ });
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    await user.click(fold);
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(5);
  });
});
