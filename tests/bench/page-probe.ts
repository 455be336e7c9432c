/**
 * Bundled (IIFE) and added to a bench page without the extension, to split the content script's full
 * scan into its parts with the same code: reading the DOM (pageText), detecting, and the whole
 * PageScanner.start(), and the one-off compile on first use. Bench only; never shipped.
 */
import { detect } from '../../lib/detect/detect';
import { pageText, rangeForOffsets } from '../../lib/detect/page-text';
import { PageScanner } from '../../lib/content/page-scanner';

export interface ProbeTimes {
  /** First detect() call in a fresh page (compiles the detector's patterns and tables); NaN after. */
  compileMs: number;
  pageTextMs: number;
  detectMs: number;
  scannerStartMs: number;
  textChars: number;
  segments: number;
  verdict: string;
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
  const t0 = performance.now();
  const { text, segments } = pageText(document.body);
  const t1 = performance.now();
  const result = detect(text);
  const t2 = performance.now();
  const scanner = new PageScanner(document, location.href, { detector: { detect, pageText, rangeForOffsets } });
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
  };
}
