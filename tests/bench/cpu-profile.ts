/**
 * Reads a V8 CPU profile (CDP Profiler.stop) and sums the time of the samples whose stack contains one of
 * our scripts. The whole stack counts, not only the top frame, so DOM calls made by our code are ours too.
 * Samples with no JS of ours on the stack (the page's scripts, parsing, idle, GC at the root) are not.
 */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSum {
  /** Milliseconds of samples with one of our scripts on the stack. */
  ms: number;
  /** The same, split by the outermost matching script (its URL path). */
  byScript: Record<string, number>;
  /** Milliseconds by the innermost frame of ours ("name url:line:col"), largest first. */
  top: { frame: string; ms: number }[];
  samples: number;
  /** The longest stretch of consecutive samples with our scripts on the stack, ms: the longest task of
   * ours as the profiler sees it (a sample of anything else, idle included, ends a stretch). Issue 19:
   * no long task (over 50 ms) caused by the extension. */
  longestMs: number;
}

/**
 * A sample's duration is the gap to the next sample (as DevTools counts it); the last sample gets the
 * gap to the profile's end time.
 */
export function sampleDurationsUs(profile: CpuProfile): number[] {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const out: number[] = new Array(samples.length).fill(0);
  let t = profile.startTime;
  const times = samples.map((_, i) => (t += deltas[i] ?? 0));
  for (let i = 0; i < samples.length; i++) {
    const next = i + 1 < samples.length ? times[i + 1]! : profile.endTime;
    out[i] = Math.max(0, next - times[i]!);
  }
  return out;
}

export function sumProfile(profile: CpuProfile, isOurs: (url: string) => boolean, topN = 8): ProfileSum {
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  // Per node: [outermost script of ours on the stack, innermost frame of ours], memoised.
  const memo = new Map<number, [string, string] | null>();
  const ours = (id: number): [string, string] | null => {
    if (memo.has(id)) return memo.get(id)!;
    const chain: number[] = [];
    let inner: string | null = null;
    let outer: string | null = null;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      chain.push(cur);
      const f = byId.get(cur)!.callFrame;
      if (f.url && isOurs(f.url)) {
        inner ??= `${f.functionName || '(anonymous)'} ${scriptName(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
        outer = scriptName(f.url);
      }
    }
    const res: [string, string] | null = outer && inner ? [outer, inner] : null;
    memo.set(id, res);
    return res;
  };
  const durations = sampleDurationsUs(profile);
  let us = 0;
  let count = 0;
  const byScript: Record<string, number> = {};
  const frames = new Map<string, number>();
  let run = 0;
  let longest = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const hit = ours(id);
    if (!hit) {
      run = 0;
      return;
    }
    const d = durations[i]!;
    run += d;
    longest = Math.max(longest, run);
    us += d;
    count += 1;
    byScript[hit[0]] = (byScript[hit[0]] ?? 0) + d / 1000;
    frames.set(hit[1], (frames.get(hit[1]) ?? 0) + d / 1000);
  });
  const top = [...frames.entries()]
    .map(([frame, ms]) => ({ frame, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, topN);
  return { ms: us / 1000, byScript, top, samples: count, longestMs: longest / 1000 };
}

function scriptName(url: string): string {
  try {
    return new URL(url).pathname.replace(/^\//, '');
  } catch {
    return url;
  }
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
