import { nativeText } from '../detect/page-text';
import { withChoices } from '../detect/regions';
import { mayMatch } from '../detect/prefilter';
import type { PageDetector } from './detector-port';
import type { DetectResult, Evidence } from '../detect/types';
import { reportInternalError } from '../internal-error';
import type { PageCase } from '../stage/types';

export interface ScanSnapshot {
  url: string;
  result: DetectResult;
  /** Live DOM ranges for the evidence (they follow DOM edits); missing where the text has gone. */
  ranges: WeakMap<Evidence, Range>;
  /** The matching cases, each with its stage and the orders already on the page for it (lib/stage). */
  cases: readonly PageCase[];
  /** How this result was reached, for the bench and tests: full reads of the page, reads of changed
   * parts, and reads (of either) that the prefilter answered without the detector. */
  scans: { full: number; incremental: number; skipped: number };
}

export interface ScannerOptions {
  /** Above this many changed characters in one frame, a full rescan is cheaper than a diff. */
  floodChars?: number;
  /** Full rescans caused by DOM floods run at most this often (ms). */
  minFullScanInterval?: number;
  now?: () => number;
  requestFrame?: (cb: () => void) => unknown;
  /** The detector, where it is bundled (tests, bundled training pages). */
  detector?: PageDetector;
  /** Where it is not (the case-page script): loads it the first time a page needs it; null if it cannot. */
  loadDetector?: () => Promise<PageDetector | null>;
}

const EMPTY: DetectResult = { verdict: 'none', confidence: 0, offences: [], caseRefs: [] };
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Reads the page once, then only what changes. The MutationObserver callback only queues nodes;
 * the work runs on the next animation frame, and nothing is scheduled while the page is quiet.
 * Most pages are about something else: the prefilter answers those from the browser's native text,
 * and the DOM walk and the detector run only where it cannot rule a match out.
 */
export class PageScanner {
  private snapshot: ScanSnapshot;
  private observer: MutationObserver | null = null;
  private queued: Node[] = [];
  private queuedChars = 0;
  private frameRequested = false;
  private fullScanDue = false;
  private lastFullScan = -Infinity;
  private transitionMissed = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<(s: ScanSnapshot) => void>();
  private readonly floodChars: number;
  private readonly minFullScanInterval: number;
  private readonly now: () => number;
  private readonly requestFrame: (cb: () => void) => unknown;
  private detector: PageDetector | null;
  private loading: Promise<PageDetector | null> | null = null;
  private readonly loadDetector: () => Promise<PageDetector | null>;
  /** Bumped by every full read and by navigation: a read that waited for the detector is dropped if stale. */
  private generation = 0;
  private stopped = false;

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
    this.snapshot = { url, result: EMPTY, ranges: new WeakMap(), cases: [], scans: { full: 0, incremental: 0, skipped: 0 } };
    this.detector = options.detector ?? null;
    this.loadDetector = options.loadDetector ?? (async () => null);
  }

  /** The detector, loaded once; null if it cannot be loaded (the page then stays 'none'). */
  private needDetector(): Promise<PageDetector | null> {
    this.loading ??= this.loadDetector().then(
      (d) => (this.detector = d),
      () => null,
    );
    return this.loading;
  }

  /** The detector once loaded (or given): everything that only a page with findings needs comes with it. */
  get loadedDetector(): PageDetector | null {
    return this.detector;
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
    this.stopped = true;
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
    this.generation++;
    this.snapshot = { url: newUrl, result: EMPTY, ranges: new WeakMap(), cases: [], scans: this.snapshot.scans };
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
    const scans = this.snapshot.scans;
    // While nothing matched, the prefilter answers for each changed part; the rest needs the detector.
    let toRead = roots;
    if (this.snapshot.result.offences.length === 0) {
      toRead = roots.filter((root) => mayContain(root));
      scans.skipped += roots.length - toRead.length;
    }
    if (toRead.length === 0) return;
    const d = this.detector;
    if (!d) {
      const gen = this.generation;
      void this.needDetector().then((loaded) => {
        if (!loaded || this.stopped || gen !== this.generation) return;
        this.queued.push(...toRead);
        this.schedule();
      });
      return;
    }
    let changed = false;
    let stageChanged = false;
    for (const root of toRead) {
      const page = d.pageText(root);
      const { text, segments, choices } = page;
      if (text.length === 0) continue;
      const added = d.detect(text, { chrome: withChoices(page) });
      scans.incremental += 1;
      // A stage or a result line (the user adds "Order for deprivation of rights" on Enter results) is
      // read against the whole page, since which case it belongs to depends on what is around it.
      if (this.snapshot.result.offences.length > 0 && d.hasSignals(text, choices)) stageChanged = true;
      if (added.verdict === 'none' && added.caseRefs.length === 0) continue;
      if (added.verdict !== 'none' && this.snapshot.result.verdict === 'none') {
        // The page has just become about an offence: read all of it, so that its case reference
        // (printed before, and not kept while nothing matched) and the full context count. If the
        // last such read found nothing after all, later ones go through the flood throttle.
        if (this.transitionMissed) {
          this.fullScanDue = true;
          this.flush();
          return;
        }
        this.fullScan();
        this.transitionMissed = this.snapshot.result.verdict === 'none';
        return;
      }
      for (const o of added.offences) {
        for (const e of o.evidence) {
          const range = d.rangeForOffsets(segments, e.start, e.end, this.doc);
          if (range) this.snapshot.ranges.set(e, range);
        }
      }
      const merged = d.mergeResults(this.snapshot.result, added);
      if (merged !== this.snapshot.result) {
        // Cases keep the stage and orders last read for them until the next full read.
        this.snapshot = { ...this.snapshot, result: merged, cases: d.carryCases(this.snapshot.cases, merged, this.url) };
        changed = true;
      }
    }
    if (changed) this.emit();
    if (stageChanged) {
      this.fullScanDue = true;
      this.schedule();
    }
  }

  private fullScan(): void {
    this.lastFullScan = this.now();
    const gen = ++this.generation;
    const body = this.doc.body ?? this.doc.documentElement;
    const scans = this.snapshot.scans;
    if (!mayContain(body)) {
      this.snapshot = { url: this.url, result: EMPTY, ranges: new WeakMap(), cases: [], scans: { ...scans, full: scans.full + 1, skipped: scans.skipped + 1 } };
      this.emit();
      return;
    }
    if (this.detector) {
      this.readAll(this.detector, body);
      return;
    }
    void this.needDetector().then((d) => {
      if (d && !this.stopped && gen === this.generation) this.readAll(d, this.doc.body ?? this.doc.documentElement);
    });
  }

  /** The full read: the DOM walk and the detector over the whole page. */
  private readAll(d: PageDetector, body: HTMLElement): void {
    const page = d.pageText(body);
    const { text, segments, choices } = page;
    // Evidence found only in the page's chrome (banners, navigation, footers) or in options offered
    // but not chosen is weak (detect.ts).
    const result = d.detect(text, { chrome: withChoices(page) });
    const ranges = new WeakMap<Evidence, Range>();
    for (const o of result.offences) {
      for (const e of o.evidence) {
        const range = d.rangeForOffsets(segments, e.start, e.end, this.doc);
        if (range) ranges.set(e, range);
      }
    }
    const cases = result.verdict === 'none' ? [] : d.readCases(text, result, this.url, d.pageStructure(body), choices);
    const scans = this.snapshot.scans;
    this.snapshot = { url: this.url, result, ranges, cases, scans: { ...scans, full: scans.full + 1 } };
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l(this.snapshot);
  }
}

/** Could the detector find anything in root? False only when the prefilter rules it out. */
function mayContain(root: Node): boolean {
  try {
    const text = root.nodeType === 3 || root.nodeType === 4 ? (root as Text).data : nativeText(root);
    return text === null || mayMatch(text);
  } catch (error) {
    // A prefilter fault must not hide a case: the detector reads the page instead (and tests see the fault).
    reportInternalError('prefilter', error);
    return true;
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
