import { describe, expect, it } from 'vitest';
import { median, sampleDurationsUs, sumProfile, type CpuProfile } from '../../bench/cpu-profile';

const EXT = 'chrome-extension://abc/content-scripts/case-page.js';
const SIDEBAR = 'chrome-extension://abc/sidebar.js';
const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 4 });

// (root) -> page main -> our scan -> page helper the scan calls (deep frame without our URL)
//        -> (idle)
//        -> sidebar render
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 5, 6] },
    { id: 2, callFrame: frame('main', 'http://127.0.0.1/app.js'), children: [3] },
    { id: 3, callFrame: frame('scan', EXT, 10), children: [4] },
    { id: 4, callFrame: frame('getAttribute') },
    { id: 5, callFrame: frame('(idle)') },
    { id: 6, callFrame: frame('render', SIDEBAR, 2) },
  ],
  startTime: 1000,
  // Samples at t = 1000, 1100, 1400, 1500, 2000; profile ends at 2100.
  samples: [2, 3, 4, 5, 6],
  timeDeltas: [0, 100, 300, 100, 500],
  endTime: 2100,
};

describe('cpu-profile', () => {
  it('gives each sample the time to the next one, the last one the time to the end', () => {
    expect(sampleDurationsUs(profile)).toEqual([100, 300, 100, 500, 100]);
  });

  it('counts a sample when any frame on its stack is ours, not only the top one', () => {
    const sum = sumProfile(profile, (u) => u === EXT);
    // Node 3 (self) and node 4 (called by our scan): 300 + 100 us.
    expect(sum.ms).toBeCloseTo(0.4);
    expect(sum.samples).toBe(2);
    expect(sum.byScript).toEqual({ 'content-scripts/case-page.js': 0.4 });
    expect(sum.top).toEqual([{ frame: 'scan content-scripts/case-page.js:11:5', ms: 0.4 }]);
  });

  it('splits by script and leaves out the page, idle and anything not ours', () => {
    const sum = sumProfile(profile, (u) => u.startsWith('chrome-extension://abc/'));
    expect(sum.ms).toBeCloseTo(0.5);
    expect(sum.byScript['sidebar.js']).toBeCloseTo(0.1);
    expect(sumProfile(profile, () => false).ms).toBe(0);
  });

  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
