/**
 * Detector throughput on realistic register text. Run: npx tsx tests/bench/detect-bench.ts
 * Compares detect() with a plain single pass over the text (a loop touching every char code), measured
 * in the same run (alternating), median of several runs after warm-up; the ratio is the median of the
 * per-pair ratios. Target (issue 8): detect at most
 * 2x the plain pass on 1 MB and 10 MB.
 */
import { detect } from '../../lib/detect/detect';
import { registerText } from './register-text';

export interface Row {
  size: string;
  bytes: number;
  detectMs: number;
  plainMs: number;
  mbPerSec: number;
  ratio: number;
  verdict: string;
}

let sink = 0;
function plainPass(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  return h;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Median times of `a` and `b`, run alternately so that load from other processes hits both alike, and
 * the median of the per-pair ratios b/a: each pair ran back to back, so the machine's speed at the time
 * (it drifts on a shared 2-core machine) cancels out of the ratio.
 */
function timePair(a: () => void, b: () => void, runs: number): [number, number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b();
    tb.push(performance.now() - t0);
    ratios.push(tb[i]! / ta[i]!);
  }
  return [median(ta), median(tb), median(ratios)];
}

export async function runDetectBench(): Promise<Row[]> {
  const sizes: [string, number][] = [
    ['10 KB', 10_000],
    ['100 KB', 100_000],
    ['1 MB', 1_000_000],
    ['10 MB', 10_000_000],
  ];
  const rows: Row[] = [];
  for (const [size, bytes] of sizes) {
    const text = registerText(bytes);
    const runs = bytes >= 10_000_000 ? 11 : bytes >= 1_000_000 ? 31 : 61;
    let verdict = '';
    for (let i = 0; i < 3; i++) {
      verdict = detect(text).verdict;
      sink ^= plainPass(text);
    }
    const [plainMs, detectMs, ratio] = timePair(
      () => (sink ^= plainPass(text)),
      () => (verdict = detect(text).verdict),
      runs,
    );
    rows.push({
      size,
      bytes: text.length,
      detectMs,
      plainMs,
      mbPerSec: text.length / 1e6 / (detectMs / 1000),
      ratio,
      verdict,
    });
  }
  return rows;
}

export function formatRows(rows: Row[]): string {
  const lines = ['| size | detect ms | plain ms | MB/s | ratio | verdict |', '|---|---|---|---|---|---|'];
  for (const r of rows) {
    lines.push(`| ${r.size} | ${r.detectMs.toFixed(2)} | ${r.plainMs.toFixed(2)} | ${r.mbPerSec.toFixed(0)} | ${r.ratio.toFixed(2)}x | ${r.verdict} |`);
  }
  return lines.join('\n');
}

const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('detect-bench.ts');
if (isMain) {
  runDetectBench().then((rows) => {
    console.log(formatRows(rows));
    if (sink === 42) console.log('');
  });
}
