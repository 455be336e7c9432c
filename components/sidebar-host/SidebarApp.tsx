import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ScanSnapshot } from '../../lib/content/page-scanner';
import { errorText } from '../../lib/i18n/error-text';
import { currentLanguage, setLanguage, t } from '../../lib/i18n/t';
import { isFollowOn } from '../../lib/prompts/outcomes';
import type { Mode } from '../../lib/record/schema';
import type { CaseStatus } from '../../lib/record/store';
import type { Role } from '../../lib/roles';
import type { PageCase } from '../../lib/stage/types';
import { buildCaseViews, detectionNoteKeys, readCases } from '../sidebar/cases';
import { Sidebar } from '../sidebar/Sidebar';
import { caseStartsOpen } from '../sidebar/status';
import type { Acknowledgement, AcknowledgeResult, CaseView, EvidenceRef, Submit } from '../sidebar/types';
import type { SidebarContext } from '../../lib/messaging/page-schemas';
import { createPendingClientIds } from './pending-client-ids';
import type { PageBridgeLike, SidebarPort } from './ports';

export interface SidebarAppProps {
  bridge: PageBridgeLike;
  port: SidebarPort;
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

type Snapshot = ScanSnapshot & { cases?: readonly PageCase[] };

/** The sidebar container: page state + settings + record in, acknowledgements out. */
export function SidebarApp(props: SidebarAppProps) {
  const { bridge, port } = props;
  const [snap, setSnap] = useState<Snapshot>(() => bridge.snapshot());
  const [context, setContext] = useState<SidebarContext | null>(null);
  const [statusByKey, setStatusByKey] = useState<ReadonlyMap<string, CaseStatus> | null>(null);
  const [collapsed, setCollapsed] = useState<boolean>(Boolean(props.startCollapsed));
  const [announce, setAnnounce] = useState('');
  const [loadError, setLoadError] = useState<string | null>(null);
  const settledOnce = useRef<string | null>(null);
  const shownLogged = useRef(new Set<string>());
  const pendingIds = useRef(createPendingClientIds(() => props.newClientId()));

  useEffect(() => bridge.subscribe(setSnap), [bridge]);
  const loadContext = useCallback(() => {
    void port.context().then((r) => {
      if (!r.ok) return setLoadError(errorText(r.error));
      // Before the render it causes: every string and date the sidebar draws follows the user's language.
      setLanguage(r.value.language);
      setContext(r.value);
    });
  }, [port]);
  useEffect(loadContext, [loadContext]);
  // A role or mode changed in Settings (or the chooser here) reaches this page without a reload.
  useEffect(() => port.onContextChange?.(loadContext), [port, loadContext]);

  const detection = snap.result;
  // The background says whether this is a training page (by its address); it also decides what it records.
  const mode: Mode = context?.training ? 'training' : 'live';
  const role = context?.role ?? null;
  const pageCases = useMemo(() => readCases(snap), [snap]);
  const keys = pageCases.map((c) => c.key).join('\n');

  const refreshStatus = useCallback(async () => {
    const unique = [...new Set(keys.split('\n').filter(Boolean))];
    const results = await Promise.all(unique.map(async (key) => [key, await port.caseStatus(key, mode)] as const));
    const next = new Map<string, CaseStatus>();
    for (const [key, r] of results) if (r.ok) next.set(key, r.value);
    setStatusByKey(next);
  }, [port, keys, mode]);

  useEffect(() => {
    if (!context) return;
    setStatusByKey(null);
    void refreshStatus();
  }, [context, refreshStatus]);

  const views: CaseView[] = useMemo(
    () => (role && statusByKey ? buildCaseViews(pageCases, role, statusByKey) : []),
    [role, statusByKey, pageCases],
  );

  // Quiet after the decision: a page whose cases are all decided (or planned collapsed) opens collapsed.
  useEffect(() => {
    if (!context || !role || statusByKey === null || views.length === 0) return;
    const key = `${keys}|${mode}|${role}`;
    if (settledOnce.current === key) return;
    settledOnce.current = key;
    const quiet = views.every((v) => !caseStartsOpen(v));
    if (quiet) setCollapsed(true);
    const first = views[0]!.offences[0];
    const title = first ? `${first.title}, ${first.citation}` : '';
    setAnnounce(quiet ? t('sidebarApp_announce_settled', title) : t('sidebarApp_announce_opened', title));
  }, [context, role, statusByKey, views, keys, mode]);

  // "Shown" entries: which prompts the user was shown for a case (once per case and version), when its section is open.
  const onCaseShown = useCallback(
    (caseKey: string) => {
      const view = views.find((v) => v.key === caseKey);
      const offence = view?.offences[0] ?? detection.offences[0];
      if (!view || !role || !offence) return;
      for (const p of [...(view.decision ? [view.decision] : []), ...view.checklist]) {
        const logKey = `${caseKey}|${mode}|${p.id}|${p.version}`;
        if (shownLogged.current.has(logKey)) continue;
        shownLogged.current.add(logKey);
        void port.append({
          clientId: props.newClientId(),
          event: 'shown',
          mode,
          role,
          caseRef: caseKey,
          site: port.site,
          prompt: { id: p.id, version: p.version, lang: currentLanguage().prompts },
          offence: { id: offence.id, evidenceKind: offence.evidence[0]?.kind ?? 'prose' },
        });
      }
    },
    [views, role, mode, port, props, detection],
  );

  // Shown for a match, or for a "possible" page the user chose to open; hidden when an in-app
  // navigation leads to a view without one, or when the plan shows none of the cases.
  const visible = (detection.verdict === 'match' || detection.verdict === 'possible') && pageCases.length > 0 && (role === null || statusByKey === null || views.length > 0);
  useEffect(() => props.onVisibleChange(visible), [visible, props]);
  useEffect(() => props.onExpandedChange(!collapsed), [collapsed, props]);
  useEffect(() => props.registerOpener?.(() => setCollapsed(false)), [props]);

  const trusted = useCallback((event: Submit) => event.nativeEvent.isTrusted && props.isUserSubmit(event.nativeEvent), [props]);

  const onAcknowledge = useCallback(
    async (caseKey: string, ack: Acknowledgement, event: Submit): Promise<AcknowledgeResult> => {
      // Only a real user action creates a record. A page script can reach the open shadow root and
      // call requestSubmit(), which Chrome marks trusted: isUserSubmit ties the submit to a real click or key.
      if (!trusted(event)) return { ok: false, message: t('sidebarApp_untrusted') };
      const view = views.find((v) => v.key === caseKey);
      const prompt = view && [view.decision, ...view.checklist].find((p) => p?.id === ack.promptId);
      const offence = view?.offences[0] ?? detection.offences[0];
      if (!view || !prompt || !offence || !role) return { ok: false, message: t('sidebarApp_unknown_prompt') };
      const previous = statusByKey?.get(caseKey)?.prompts.find((p) => p.promptId === ack.promptId && p.outcome !== null);
      const decision = {
        caseKey,
        promptId: prompt.id,
        outcome: ack.outcome,
        reason: ack.reason ?? null,
        note: ack.note ?? null,
        // A later step at the hearing (raised, then the order made) follows on; anything else corrects.
        corrects: previous?.outcome && !isFollowOn(previous.outcome, ack.outcome) ? previous.seq : null,
      };
      const input = {
        clientId: pendingIds.current.idFor(decision),
        event: 'outcome' as const,
        mode,
        role,
        caseRef: caseKey,
        site: port.site,
        prompt: { id: prompt.id, version: prompt.version, lang: currentLanguage().prompts },
        offence: { id: offence.id, evidenceKind: offence.evidence[0]?.kind ?? ('prose' as const) },
        outcome: decision.outcome,
        reason: decision.reason,
        note: decision.note,
        corrects: decision.corrects,
      };
      // One retry with the same client id: if the service worker was stopped mid-write, the retry
      // either records it or finds it already recorded. Never a duplicate; nor when the user presses
      // Record again after a failure (the pending id is reused until the decision is recorded).
      const transport = (code: string) => code === 'send-failed' || code === 'no-response';
      let r = await port.append(input);
      if (!r.ok && transport(r.error.code)) r = await port.append(input);
      if (r.ok || !transport(r.error.code)) pendingIds.current.settle(decision);
      if (!r.ok) return { ok: false, message: errorText(r.error) };
      setAnnounce(t('sidebarApp_announce_recorded'));
      void refreshStatus();
      return { ok: true };
    },
    [trusted, views, detection, role, statusByKey, mode, port, props, refreshStatus],
  );

  const onChooseRole = useCallback(
    async (chosen: Role, event: Submit): Promise<AcknowledgeResult> => {
      if (!trusted(event)) return { ok: false, message: t('sidebarApp_untrusted') };
      const r = await port.setRole(chosen);
      if (!r.ok) return { ok: false, message: errorText(r.error) };
      loadContext();
      return { ok: true };
    },
    [trusted, port, loadContext],
  );

  const onShowEvidence = useCallback(
    (ref: EvidenceRef) => {
      const offences = views.find((v) => v.key === ref.caseKey)?.offences ?? detection.offences;
      const offence = offences.find((o) => o.id === ref.offenceId);
      const evidence = offence?.evidence[ref.evidenceIndex];
      if (!evidence) return;
      setAnnounce(bridge.showEvidence(evidence) ? t('sidebarApp_announce_highlighted') : t('sidebarApp_announce_gone'));
    },
    [bridge, detection, views],
  );

  if (loadError) return <p role="alert">{loadError}</p>;
  if (!context || !visible || (role !== null && statusByKey === null)) return null;
  return (
    <Sidebar
      detection={detection}
      role={role}
      cases={views}
      notes={detectionNoteKeys(detection).map((key) => t(key))}
      training={mode === 'training'}
      presenter={context.presenter}
      focusShortcut={context.focusShortcut}
      collapsed={collapsed}
      onToggleCollapsed={setCollapsed}
      onShowEvidence={onShowEvidence}
      onAcknowledge={onAcknowledge}
      onChooseRole={onChooseRole}
      onCaseShown={onCaseShown}
      onReturnToPage={props.onReturnToPage}
      announce={announce}
    />
  );
}
