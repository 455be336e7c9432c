/**
 * Bundled (IIFE) and added to a bench page without the extension, to split the content script's full
 * scan into its parts with the same code: reading the DOM (pageText), detecting, and the whole
 * PageScanner.start(), and the one-off compile on first use. Bench only; never shipped.
 */
import { detect } from '../../lib/detect/detect';
import { pageText, rangeForOffsets } from '../../lib/detect/page-text';
import { PageScanner } from '../../lib/content/page-scanner';
import { PAGE_DETECTOR } from '../../lib/content/page-detector';
import { nativeText } from '../../lib/detect/page-text';
import { builtSources, mayMatch } from '../../lib/detect/prefilter';

export interface ProbeTimes {
  /** First detect() call in a fresh page (compiles the detector's patterns and tables); NaN after. */
  compileMs: number;
  pageTextMs: number;
  detectMs: number;
  scannerStartMs: number;
  textChars: number;
  segments: number;
  verdict: string;
  /** The content script's path on a page the prefilter rules out: reading the native text... */
  nativeTextMs: number;
  /** ...and the prefilter's check of it. */
  prefilterMs: number;
  prefilterSays: boolean;
  /** Floors: document.body.textContent alone, and one native pass of the anchor-word regex over it. */
  textContentMs: number;
  anchorPassMs: number;
  anchorHits: number;
}

let fresh = true;

export function measure(): ProbeTimes {
  let compileMs = NaN;
  if (fresh) {
    fresh = false;
    const c = performance.now();
    detect('x');
    compileMs = performance.now() - c;
  }
  const n0 = performance.now();
  const native = nativeText(document.body) ?? '';
  const n1 = performance.now();
  const prefilterSays = mayMatch(native);
  const n2 = performance.now();
  const whole = document.body.textContent ?? '';
  const n3 = performance.now();
  const anchors = new RegExp(builtSources().candidates, 'gi');
  let hits = 0;
  while (anchors.exec(whole)) hits++;
  const n4 = performance.now();
  const t0 = performance.now();
  const { text, segments } = pageText(document.body);
  const t1 = performance.now();
  const result = detect(text);
  const t2 = performance.now();
  const scanner = new PageScanner(document, location.href, { detector: { ...PAGE_DETECTOR, detect, pageText, rangeForOffsets } });
  scanner.start();
  const t3 = performance.now();
  scanner.stop();
  return {
    compileMs,
    pageTextMs: t1 - t0,
    detectMs: t2 - t1,
    scannerStartMs: t3 - t2,
    textChars: text.length,
    segments: segments.length,
    verdict: result.verdict,
    nativeTextMs: n1 - n0,
    prefilterMs: n2 - n1,
    prefilterSays,
    textContentMs: n3 - n2,
    anchorPassMs: n4 - n3,
    anchorHits: hits,
  };
}
