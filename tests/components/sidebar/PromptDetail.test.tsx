import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PromptDetail, PromptWarning } from '../../../components/sidebar/PromptDetail';
import { PROMPT_DEFINITIONS, promptsFor, resolvePrompt, type Prompt, type PromptContext } from '../../../lib/prompts';
import { OFFICIAL_HOSTS } from '../../../lib/prompts/sources';

afterEach(cleanup);

const s66b2: PromptContext = { offenceIds: ['soa2003-s66b-2'], categories: ['intimate-image'] };
const s66b4: PromptContext = { offenceIds: ['soa2003-s66b-4'], categories: ['intimate-image'] };

function prompt(id: string, role: Parameters<typeof promptsFor>[0] = 'legal-adviser', ctx = s66b2): Prompt {
  const p = promptsFor(role, ctx).find((x) => x.id === id);
  if (!p) throw new Error(`${id} not selected`);
  return p;
}

function renderDetail(p: Prompt) {
  const view = render(<PromptDetail prompt={p} lang="en" />);
  return view.container;
}

describe('PromptDetail', () => {
  it('says the wording is a draft while it is in the draft state, and not once approved', () => {
    const p = prompt('consider-deprivation-order');
    renderDetail(p);
    expect(screen.getByText('Draft wording, not yet approved by a lawyer')).toBeTruthy();
    cleanup();
    renderDetail({ ...p, approval: { state: 'approved', reviewer: 'A Lawyer', date: '2026-12-10' } });
    expect(screen.queryByText(/Draft wording/)).toBeNull();
  });

  it('shows every line for this page with its own sources, official links opening in a new tab', () => {
    const p = prompt('consider-deprivation-order');
    const container = renderDetail(p);
    const items = container.querySelectorAll('li.dor-line');
    expect(items).toHaveLength(p.text.en.detail.length);
    p.text.en.detail.forEach((line, i) => {
      const item = items[i] as HTMLElement;
      expect(item.textContent).toContain(line.text);
      expect(item.textContent).toContain('Source:');
    });
    const links = within(container).getAllByRole('link');
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      expect(OFFICIAL_HOSTS).toContain(new URL(link.getAttribute('href')!).hostname);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.textContent).toContain('(opens in new tab)');
    }
    expect(within(container).getByRole('link', { name: /Sentencing Act 2020, s\.153\(2\)/ }).getAttribute('href')).toBe(
      'https://www.legislation.gov.uk/ukpga/2020/17/section/153',
    );
    expect(screen.getByText(/Prompt version 2\.1\.0/)).toBeTruthy();
  });

  it('labels lines below statute or case law, and names a source that has no official copy without a link', () => {
    const container = renderDetail(prompt('lawful-material'));
    const tan = [...container.querySelectorAll('li.dor-line')].find((li) => /R v Tan/.test(li.textContent ?? ''))!;
    expect(tan.getAttribute('data-status')).toBe('unconfirmed');
    expect(within(tan as HTMLElement).getByText('Not confirmed:')).toBeTruthy();
    expect(tan.querySelector('cite')?.textContent).toMatch(/R v Tan \[2024\] EWCA Crim 1104/);
    const daniels = [...container.querySelectorAll('li.dor-line')].find((li) => li.getAttribute('data-status') === 'case-law')!;
    expect(daniels.querySelector('.dor-line__status')).toBeNull();

    cleanup();
    const trainer = renderDetail(prompt('consider-deprivation-order', 'trainer'));
    expect(within(trainer).getByText('Press report:')).toBeTruthy();
    expect(within(trainer).getAllByText('Guidance:').length).toBeGreaterThan(0);
  });

  it('gives the prosecutor the words to say, and the adviser the own-motion wording', () => {
    renderDetail(prompt('consider-deprivation-order', 'prosecutor'));
    expect(screen.getByText('What to say')).toBeTruthy();
    expect(screen.getByText(/^I apply under section 153 of the Sentencing Act 2020/)).toBeTruthy();
    cleanup();
    renderDetail(prompt('consider-deprivation-order', 'legal-adviser'));
    expect(screen.getByText(/of its own motion; before deciding, it should hear both parties/)).toBeTruthy();
  });

  it('shows only the lines true for the offence on the page', () => {
    const container = renderDetail(prompt('companion-orders', 'legal-adviser', s66b2));
    expect(container.textContent).toMatch(/SHPO: not available on a conviction for s\.66B\(1\), \(2\) or \(4\)/);
    expect(container.textContent).not.toMatch(/SHPO: available on conviction/);
    expect(container.textContent).not.toMatch(/person threatened/);
    cleanup();
    const threat = renderDetail(prompt('companion-orders', 'legal-adviser', s66b4));
    expect(threat.textContent).toMatch(/both the person threatened and, if different, the person shown/);
  });

  it('shows every line when given the role\u2019s full wording (the review pack view)', () => {
    const def = PROMPT_DEFINITIONS.find((d) => d.id === 'companion-orders')!;
    const full = resolvePrompt(def, 'legal-adviser');
    const container = renderDetail(full);
    expect(container.querySelectorAll('li.dor-line')).toHaveLength(def.text.en.detail.length);
  });
});

describe('PromptWarning', () => {
  it('renders GOV.UK warning text with a hidden "Warning" and each note', () => {
    const p = prompt('cloud-and-online-copies');
    const { container } = render(<PromptWarning prompt={p} lang="en" />);
    const box = container.querySelector('.dor-warning-text')!;
    expect(box.querySelector('[aria-hidden="true"]')?.textContent).toBe('!');
    expect(box.querySelector('.dor-visually-hidden')?.textContent).toMatch(/^Warning/);
    expect(box.textContent).toMatch(/The law is uncertain here:/);
    for (const note of p.text.en.uncertain!) expect(box.textContent).toContain(note);
  });

  it('renders nothing for a prompt without a note', () => {
    const { container } = render(<PromptWarning prompt={prompt('identify-each-device')} lang="en" />);
    expect(container.innerHTML).toBe('');
  });
});
