/**
 * The detector's one-off costs in a fresh process: importing it, the first detect() call (which
 * compiles its patterns and tables), and the heap it keeps afterwards. The content script pays these on
 * every page load, because each page gets a fresh isolated world. Prints JSON; bench.ts runs it in a
 * child process:
 *   node --expose-gc --import tsx tests/bench/cold-start.ts
 * The heap after a first scan of a few KB includes the native code V8 generates for the detector's
 * regular expressions once they run on a long text (it shows as code space in the breakdown).
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { registerText } from './register-text';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const codeSpaces = () =>
  getHeapSpaceStatistics()
    .filter((s) => s.space_name.startsWith('code'))
    .reduce((n, s) => n + s.space_used_size, 0);

const sample = registerText(5_000).replace(/SX03250/g, 'XX00000');
const h0 = heap();
const t0 = performance.now();
const { detect } = await import('../../lib/detect/detect');
const t1 = performance.now();
const h1 = heap();
detect('Case 1 Theft from a shop. Contrary to sections 1(1) and 7 of the Theft Act 1968.');
const t2 = performance.now();
const h2 = heap();
const c2 = codeSpaces();
detect('Case 2 Speeding. Contrary to section 89(1) of the Road Traffic Regulation Act 1984.');
const t3 = performance.now();
detect(sample);
const h3 = heap();
const c3 = codeSpaces();
console.log(
  JSON.stringify({
    importMs: t1 - t0,
    firstDetectMs: t2 - t1,
    secondDetectMs: t3 - t2,
    gc: Boolean((globalThis as { gc?: unknown }).gc),
    importHeapBytes: h1 - h0,
    compileHeapBytes: h2 - h1,
    firstLongScanHeapBytes: h3 - h2,
    firstLongScanCodeBytes: c3 - c2,
  }),
);
