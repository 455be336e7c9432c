import { detect } from '../detect/detect';
import { pageText, rangeForOffsets } from '../detect/page-text';
import type { DetectResult, Evidence } from '../detect/types';
import { mergeResults } from './merge-results';

export interface ScanSnapshot {
  url: string;
  result: DetectResult;
  /** Live DOM ranges for the evidence (they follow DOM edits); missing where the text has gone. */
  ranges: WeakMap<Evidence, Range>;
  /** How this result was reached, for the bench and tests. */
  scans: { full: number; incremental: number };
}

export interface ScannerOptions {
  /** Above this many changed characters in one frame, a full rescan is cheaper than a diff. */
  floodChars?: number;
  /** Full rescans caused by DOM floods run at most this often (ms). */
  minFullScanInterval?: number;
  now?: () => number;
  requestFrame?: (cb: () => void) => unknown;
}

const EMPTY: DetectResult = { verdict: 'none', confidence: 0, offences: [], caseRefs: [] };
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Reads the page once, then only what changes. The MutationObserver callback only queues nodes;
 * the work runs on the next animation frame, and nothing is scheduled while the page is quiet.
 */
export class PageScanner {
  private snapshot: ScanSnapshot;
  private observer: MutationObserver | null = null;
  private queued: Node[] = [];
  private queuedChars = 0;
  private frameRequested = false;
  private fullScanDue = false;
  private lastFullScan = -Infinity;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<(s: ScanSnapshot) => void>();
  private readonly floodChars: number;
  private readonly minFullScanInterval: number;
  private readonly now: () => number;
  private readonly requestFrame: (cb: () => void) => unknown;

  constructor(
    private readonly doc: Document,
    private url: string,
    options: ScannerOptions = {},
  ) {
    this.floodChars = options.floodChars ?? 64_000;
    this.minFullScanInterval = options.minFullScanInterval ?? 500;
    this.now = options.now ?? (() => performance.now());
    const win = doc.defaultView;
    this.requestFrame =
      options.requestFrame ??
      (win?.requestAnimationFrame ? (cb) => win.requestAnimationFrame(() => cb()) : (cb) => setTimeout(cb, 16));
    this.snapshot = { url, result: EMPTY, ranges: new WeakMap(), scans: { full: 0, incremental: 0 } };
  }

  get current(): ScanSnapshot {
    return this.snapshot;
  }

  subscribe(listener: (s: ScanSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the whole page and starts watching it. */
  start(): ScanSnapshot {
    this.fullScan();
    const Observer = this.doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
    this.observer = new Observer((records) => this.enqueue(records));
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    return this.snapshot;
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queued = [];
    this.listeners.clear();
  }

  /** In-app navigation: a new case may be on screen. Uses the URL from the navigation event. */
  navigated(newUrl: string): void {
    if (newUrl === this.url) return;
    this.url = newUrl;
    this.snapshot = { url: newUrl, result: EMPTY, ranges: new WeakMap(), scans: this.snapshot.scans };
    this.emit();
    // The new view is usually rendered after the event: read it on the next frame, and the
    // observer picks up anything rendered later.
    this.fullScanDue = true;
    this.lastFullScan = -Infinity;
    this.schedule();
  }

  private enqueue(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        this.queue(r.target);
        continue;
      }
      for (let i = 0; i < r.addedNodes.length; i++) this.queue(r.addedNodes[i]!);
      if (r.removedNodes.length > 0 && this.snapshot.result.offences.length > 0) this.fullScanDue = true;
    }
    this.schedule();
  }

  private queue(node: Node): void {
    if (this.fullScanDue) return;
    if (node.nodeType === 1 && SKIP_TAGS.has((node as Element).tagName)) return;
    this.queued.push(node);
    // textContent length is a cheap upper bound; it avoids reading big subtrees twice in a flood.
    this.queuedChars += node.nodeType === 3 ? (node as Text).data.length : (node.textContent?.length ?? 0);
    if (this.queuedChars > this.floodChars || this.queued.length > 2000) {
      this.fullScanDue = true;
      this.queued = [];
      this.queuedChars = 0;
    }
  }

  private schedule(): void {
    if (this.frameRequested || this.timer) return;
    if (!this.fullScanDue && this.queued.length === 0) return;
    this.frameRequested = true;
    this.requestFrame(() => {
      this.frameRequested = false;
      this.flush();
    });
  }

  private flush(): void {
    if (this.fullScanDue) {
      const wait = this.lastFullScan + this.minFullScanInterval - this.now();
      if (wait > 0) {
        // Throttled: a page that floods the DOM gets at most one full read per interval.
        this.timer = setTimeout(() => {
          this.timer = null;
          this.flush();
        }, wait);
        return;
      }
      this.fullScanDue = false;
      this.queued = [];
      this.queuedChars = 0;
      this.fullScan();
      return;
    }
    const nodes = this.queued;
    this.queued = [];
    this.queuedChars = 0;
    // Our own UI lives in shadow roots, which the observer and pageText never enter.
    const roots = outermost(nodes.filter((n) => n.isConnected));
    if (roots.length === 0) return;
    let changed = false;
    for (const root of roots) {
      const { text, segments } = pageText(root);
      if (text.length === 0) continue;
      const added = detect(text);
      this.snapshot.scans.incremental += 1;
      if (added.verdict === 'none' && added.caseRefs.length === 0) continue;
      for (const o of added.offences) {
        for (const e of o.evidence) {
          const range = rangeForOffsets(segments, e.start, e.end, this.doc);
          if (range) this.snapshot.ranges.set(e, range);
        }
      }
      const merged = mergeResults(this.snapshot.result, added);
      if (merged !== this.snapshot.result) {
        this.snapshot = { ...this.snapshot, result: merged };
        changed = true;
      }
    }
    if (changed) this.emit();
  }

  private fullScan(): void {
    this.lastFullScan = this.now();
    const body = this.doc.body ?? this.doc.documentElement;
    const { text, segments } = pageText(body);
    const result = detect(text);
    const ranges = new WeakMap<Evidence, Range>();
    for (const o of result.offences) {
      for (const e of o.evidence) {
        const range = rangeForOffsets(segments, e.start, e.end, this.doc);
        if (range) ranges.set(e, range);
      }
    }
    this.snapshot = { url: this.url, result, ranges, scans: { ...this.snapshot.scans, full: this.snapshot.scans.full + 1 } };
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l(this.snapshot);
  }
}

/** Drops nodes that sit inside another queued node, so each subtree is read once. */
function outermost(nodes: Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((n) => {
    for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}
