import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../components/settings/OptionsPage';
import { Popup } from '../../../components/popup/Popup';
import { buildCaseViews } from '../../../components/sidebar/cases';
import { Sidebar } from '../../../components/sidebar/Sidebar';
import { sharingOffence } from '../sidebar/fixtures';
import type { DetectResult, RecognisedOffence } from '../../../lib/detect/types';
import { PSEUDO_LANGUAGE } from '../../../lib/i18n/languages';
import { setLanguage } from '../../../lib/i18n/t';
import { mergeManaged } from '../../../lib/settings/merge';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { NO_ORDERS } from '../../../lib/stage/types';
import { legalTexts } from '../../e2e/probes/legal-text';
import { findUntranslated } from '../../e2e/probes/untranslated';

/** What may stay untransformed: the case reference the page printed, and digits and punctuation. */
const options = { uiLang: PSEUDO_LANGUAGE.tag, allowed: ['\\b\\d{2}[A-Z]{2}\\d{7}\\b'], legal: legalTexts() };
/** A site address the user typed: their data, not interface text. */
const SITE = '(https?://)?cases\\.example\\.gov\\.uk(/\\*)?';

beforeEach(() => setLanguage(PSEUDO_LANGUAGE.code));
afterEach(cleanup);

const offence = sharingOffence(10);
const detection: DetectResult = { verdict: 'match', confidence: 0.95, caseRefs: [], offences: [offence] };

describe('the pseudo-locale: no interface string bypasses t()', () => {
  it('sidebar (legal adviser, one case): every text and accessible name transformed; prompt text marked as legal content', () => {
    const cases = buildCaseViews([{ ref: '09TR2510388', key: '09TR2510388', offences: [offence], stage: 'unknown', orders: NO_ORDERS }], 'legal-adviser', new Map());
    render(
      <Sidebar
        detection={detection}
        role="legal-adviser"
        cases={cases}
        training={false}
        presenter={false}
        collapsed={false}
        onToggleCollapsed={vi.fn()}
        onShowEvidence={vi.fn()}
        onAcknowledge={vi.fn()}
        onChooseRole={vi.fn()}
        onCaseShown={vi.fn()}
        onReturnToPage={vi.fn()}
      />,
    );
    expect(document.querySelector('aside')!.getAttribute('lang')).toBe(PSEUDO_LANGUAGE.tag);
    expect(document.querySelector(`[lang="${PSEUDO_LANGUAGE.prompts}"]`)).not.toBeNull();
    expect(findUntranslated(options)).toEqual([]);
  });

  it('options page and popup', () => {
    const user = { ...DEFAULT_SETTINGS, role: 'legal-adviser' as const, sites: ['https://cases.example.gov.uk/*'] };
    const m = mergeManaged(user, {});
    render(
      <OptionsPage
        model={{ user, effective: m.effective, locked: m.locked, allowedRoles: m.allowedRoles, sites: [{ pattern: user.sites[0]!, granted: true, managed: false }], problems: [], future: false }}
        recordHref="/record.html"
        trainingHref="/training/index.html"
        onSave={vi.fn()}
        onAddSite={vi.fn()}
        onRemoveSite={vi.fn()}
        onGrantSite={vi.fn()}
      />,
    );
    expect(findUntranslated({ ...options, allowed: [...options.allowed, SITE] })).toEqual([]);
    cleanup();
    render(
      <Popup
        view={{ kind: 'status', status: { state: 'match', offenceTitle: offence.title, citation: offence.citation } }}
        site={{ origin: 'https://cases.example.gov.uk', configured: true, granted: true, locked: false }}
        checking={false}
        roleMissing={false}
        recordHref="/record.html"
        trainingHref="/training.html"
        onCheck={vi.fn()}
        onAlwaysRun={vi.fn()}
        onOpenSettings={vi.fn()}
      />,
    );
    expect(findUntranslated({ ...options, allowed: [...options.allowed, SITE] })).toEqual([]);
  });
});
