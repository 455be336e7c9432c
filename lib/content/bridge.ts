import type { Evidence } from '../detect/types';
import type { Highlighter } from './highlight';
import type { PageScanner, ScanSnapshot } from './page-scanner';

/**
 * The always-injected case-page script and the sidebar script (injected only on a match) run in the
 * same isolated world, so they share this object. The page's own scripts cannot see it.
 */
export interface CasePageBridge {
  readonly version: 1;
  snapshot(): ScanSnapshot;
  subscribe(listener: (s: ScanSnapshot) => void): () => void;
  /** Scrolls to and highlights one piece of evidence; false when it is no longer on the page. */
  showEvidence(evidence: Evidence): boolean;
  clearHighlight(): void;
  /** Tells the background again what this page holds (after "Check this page"). */
  report?: () => void;
  /** Where fallback highlights are drawn (set by the sidebar: a layer in its shadow root). */
  highlightLayer?: HTMLElement;
  /** Set by the sidebar once mounted, so a second injection only re-opens it. */
  sidebar?: { open(): void };
}

export const BRIDGE_KEY = '__deprivationOrderReminderCasePage';

export function getBridge(): CasePageBridge | undefined {
  return (globalThis as Record<string, unknown>)[BRIDGE_KEY] as CasePageBridge | undefined;
}

export function setBridge(bridge: CasePageBridge | undefined): void {
  (globalThis as Record<string, unknown>)[BRIDGE_KEY] = bridge;
}

/**
 * The bridge over a scanner: its findings, and highlighting its evidence on the page. Used by the
 * case-page script and, on the bundled training pages, by the training mount.
 */
export function createPageBridge(doc: Document, scanner: PageScanner): CasePageBridge {
  // Made on first use, from the detector's module: evidence (and so a range to show) exists only once
  // the scanner has the detector, so the always-injected script need not carry the highlighter.
  let highlighter: Highlighter | null = null;
  const bridge: CasePageBridge = {
    version: 1,
    snapshot: () => scanner.current,
    subscribe: (fn) => scanner.subscribe(fn),
    showEvidence(evidence) {
      const range = scanner.current.ranges.get(evidence);
      if (!range || !range.startContainer.isConnected) return false;
      highlighter ??= scanner.loadedDetector?.createHighlighter(doc, () => bridge.highlightLayer ?? null) ?? null;
      if (!highlighter) return false;
      highlighter.show(range);
      return true;
    },
    clearHighlight: () => highlighter?.clear(),
  };
  return bridge;
}
