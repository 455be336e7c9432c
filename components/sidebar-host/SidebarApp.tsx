import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { caseKeyFor } from '../../lib/content/case-key';
import type { ScanSnapshot } from '../../lib/content/page-scanner';
import { errorText } from '../../lib/i18n/error-text';
import { t } from '../../lib/i18n/t';
import { promptsFor } from '../../lib/prompts';
import { REARMING_OUTCOMES } from '../../lib/prompts/outcomes';
import type { Prompt } from '../../lib/prompts/types';
import type { Mode } from '../../lib/record/schema';
import type { CaseStatus } from '../../lib/record/store';
import { Sidebar } from '../sidebar/Sidebar';
import type { Acknowledgement, AcknowledgeResult, EvidenceRef, PromptStatus } from '../sidebar/types';
import type { PageBridgeLike, SidebarContext, SidebarPort } from './ports';

export interface SidebarAppProps {
  bridge: PageBridgeLike;
  port: SidebarPort;
  /** Training pages bundled in the extension are always training, whatever the setting. */
  forceTraining?: boolean;
  /** Start collapsed (narrow window). */
  startCollapsed?: boolean;
  onExpandedChange(expanded: boolean): void;
  /** The panel is only on screen while the page shows a case it applies to (SPA views change). */
  onVisibleChange(visible: boolean): void;
  /** Lets the host re-open the panel (a second "open" request, the keyboard shortcut). */
  registerOpener?(open: () => void): void;
  /** Where focus goes back to when the user leaves the sidebar. */
  onReturnToPage(): void;
  newClientId(): string;
  /**
   * True only for a submit caused by a real click or key press in the sidebar (lib/content/user-intent.ts):
   * a page script can make Chrome fire a trusted submit event through the open shadow root.
   */
  isUserSubmit(event: Event): boolean;
}

function toStatuses(status: CaseStatus | null): Record<string, PromptStatus> {
  const out: Record<string, PromptStatus> = {};
  for (const p of status?.prompts ?? []) {
    if (p.outcome === null) continue;
    out[p.promptId] = { outcome: p.outcome, reason: p.reason ?? undefined, at: p.recordedAt, promptVersion: p.promptVersion };
  }
  return out;
}

function allSettled(prompts: readonly Prompt[], statuses: Record<string, PromptStatus>): boolean {
  return (
    prompts.length > 0 &&
    prompts.every((p) => {
      const s = statuses[p.id];
      return s !== undefined && s.promptVersion === p.version && !REARMING_OUTCOMES.includes(s.outcome);
    })
  );
}

/** The sidebar container: page state + settings + record in, acknowledgements out. */
export function SidebarApp(props: SidebarAppProps) {
  const { bridge, port } = props;
  const [snap, setSnap] = useState<ScanSnapshot>(() => bridge.snapshot());
  const [context, setContext] = useState<SidebarContext | null>(null);
  const [caseStatus, setCaseStatus] = useState<CaseStatus | null>(null);
  const [collapsed, setCollapsed] = useState<boolean>(Boolean(props.startCollapsed));
  const [announce, setAnnounce] = useState('');
  const [loadError, setLoadError] = useState<string | null>(null);
  const settledOnce = useRef<string | null>(null);
  const shownLogged = useRef(new Set<string>());

  useEffect(() => bridge.subscribe(setSnap), [bridge]);
  useEffect(() => {
    void port.context().then((r) => (r.ok ? setContext(r.value) : setLoadError(errorText(r.error))));
  }, [port]);

  const detection = snap.result;
  const mode: Mode = props.forceTraining || context?.training ? 'training' : 'live';
  const role = context?.role ?? 'legal-adviser';
  const caseRef = useMemo(() => caseKeyFor(detection, snap.url), [detection, snap.url]);
  const prompts = useMemo(
    () =>
      promptsFor(role, {
        offenceIds: detection.offences.map((o) => o.id),
        categories: detection.offences.map((o) => o.category),
      }),
    [role, detection],
  );
  const statuses = useMemo(() => toStatuses(caseStatus), [caseStatus]);
  const primary = detection.offences[0];

  const refreshStatus = useCallback(async () => {
    const r = await port.caseStatus(caseRef, mode);
    if (r.ok) setCaseStatus(r.value);
    return r;
  }, [port, caseRef, mode]);

  useEffect(() => {
    if (!context) return;
    setCaseStatus(null);
    void refreshStatus();
  }, [context, refreshStatus]);

  // Suppression: a case whose prompts all have an outcome opens collapsed, showing its status.
  useEffect(() => {
    if (!context || caseStatus === null) return;
    const key = `${caseRef}|${mode}`;
    if (settledOnce.current === key) return;
    settledOnce.current = key;
    const settled = allSettled(prompts, statuses);
    if (settled) setCollapsed(true);
    const title = primary ? `${primary.title}, ${primary.citation}` : '';
    setAnnounce(settled ? t('sidebarApp_announce_settled', title) : t('sidebarApp_announce_opened', title));
  }, [context, caseStatus, caseRef, mode, prompts, statuses, primary]);

  // "Shown" entries: which prompts the user was shown for this case (once per case and version).
  useEffect(() => {
    if (!context || caseStatus === null || collapsed || !primary) return;
    for (const p of prompts) {
      const key = `${caseRef}|${mode}|${p.id}|${p.version}`;
      if (shownLogged.current.has(key)) continue;
      shownLogged.current.add(key);
      void port.append({
        clientId: props.newClientId(),
        event: 'shown',
        mode,
        role,
        caseRef,
        site: port.site,
        prompt: { id: p.id, version: p.version, textHash: PLACEHOLDER_HASH, lang: 'en' },
        offence: { id: primary.id, evidenceKind: primary.evidence[0]?.kind ?? 'prose' },
      });
    }
  }, [context, caseStatus, collapsed, prompts, caseRef, mode, role, primary, port, props]);

  // Shown for a match, or for a "possible" page the user chose to open; hidden when an in-app
  // navigation leads to a view without one.
  const visible = detection.verdict === 'match' || detection.verdict === 'possible';
  useEffect(() => props.onVisibleChange(visible), [visible, props]);
  useEffect(() => props.onExpandedChange(!collapsed), [collapsed, props]);
  useEffect(() => props.registerOpener?.(() => setCollapsed(false)), [props]);

  const onAcknowledge = useCallback(
    async (ack: Acknowledgement, event: FormEvent<HTMLFormElement>): Promise<AcknowledgeResult> => {
      // Only a real user action creates a record. A page script can reach the open shadow root and
      // call requestSubmit(), which Chrome marks trusted: isUserSubmit ties the submit to a real click or key.
      if (!event.nativeEvent.isTrusted || !props.isUserSubmit(event.nativeEvent)) return { ok: false, message: t('sidebarApp_untrusted') };
      const prompt = prompts.find((p) => p.id === ack.promptId);
      if (!prompt || !primary) return { ok: false, message: t('sidebarApp_unknown_prompt') };
      const previous = caseStatus?.prompts.find((p) => p.promptId === ack.promptId && p.outcome !== null);
      const input = {
        clientId: props.newClientId(),
        event: 'outcome' as const,
        mode,
        role,
        caseRef,
        site: port.site,
        prompt: { id: prompt.id, version: prompt.version, textHash: PLACEHOLDER_HASH, lang: 'en' },
        offence: { id: primary.id, evidenceKind: primary.evidence[0]?.kind ?? ('prose' as const) },
        outcome: ack.outcome,
        reason: ack.reason ?? null,
        note: ack.note ?? null,
        corrects: previous ? previous.seq : null,
      };
      // One retry with the same client id: if the service worker was stopped mid-write, the retry
      // either records it or finds it already recorded. Never a duplicate.
      let r = await port.append(input);
      if (!r.ok && (r.error.code === 'send-failed' || r.error.code === 'no-response')) r = await port.append(input);
      if (!r.ok) return { ok: false, message: errorText(r.error) };
      setAnnounce(t('sidebarApp_announce_recorded'));
      void refreshStatus();
      return { ok: true };
    },
    [prompts, primary, caseStatus, mode, role, caseRef, port, props, refreshStatus],
  );

  const onShowEvidence = useCallback(
    (ref: EvidenceRef) => {
      const offence = detection.offences.find((o) => o.id === ref.offenceId);
      const evidence = offence?.evidence[ref.evidenceIndex];
      if (!evidence) return;
      setAnnounce(bridge.showEvidence(evidence) ? t('sidebarApp_announce_highlighted') : t('sidebarApp_announce_gone'));
    },
    [bridge, detection],
  );

  if (loadError) return <p role="alert">{loadError}</p>;
  if (!context || !visible) return null;
  return (
    <Sidebar
      detection={detection}
      role={role}
      prompts={prompts}
      statuses={statuses}
      training={mode === 'training'}
      presenter={context.presenter}
      focusShortcut={context.focusShortcut}
      collapsed={collapsed}
      onToggleCollapsed={setCollapsed}
      onShowEvidence={onShowEvidence}
      onAcknowledge={onAcknowledge}
      onReturnToPage={props.onReturnToPage}
      announce={announce}
    />
  );
}

/**
 * The background computes the hash of the prompt text from its own copy of the prompts (it never
 * trusts a page-side value, and pages on plain http have no Web Crypto), replacing this placeholder.
 */
export const PLACEHOLDER_HASH = '0'.repeat(64);
