import { describe, expect, it } from 'vitest';
import { PageScanner, type ScanSnapshot } from '../../../lib/content/page-scanner';

const CHARGE =
  'SX03250 Share photograph or film of person in intimate state intending to cause alarm distress or humiliation. ' +
  'Contrary to section 66B(2) of the Sexual Offences Act 2003.';

/** Frames run when the test says so, so batching is observable. */
function manualFrames() {
  const queue: (() => void)[] = [];
  return {
    requestFrame: (cb: () => void) => queue.push(cb),
    run: () => queue.splice(0).forEach((cb) => cb()),
    pending: () => queue.length,
  };
}

const flushObserver = () => new Promise((r) => setTimeout(r, 0));

function setup(html: string, options: { floodChars?: number } = {}) {
  document.body.innerHTML = html;
  const frames = manualFrames();
  let now = 0;
  const scanner = new PageScanner(document, 'https://cases.example/case/1', {
    requestFrame: frames.requestFrame,
    now: () => now,
    minFullScanInterval: 500,
    ...options,
  });
  const seen: ScanSnapshot[] = [];
  scanner.subscribe((s) => seen.push(s));
  return { scanner, frames, seen, advance: (ms: number) => (now += ms) };
}

describe('PageScanner', () => {
  it('reads the page once at start', () => {
    const { scanner } = setup(`<main><p>${CHARGE}</p></main>`);
    const snap = scanner.start();
    expect(snap.result.verdict).toBe('match');
    expect(snap.scans).toEqual({ full: 1, incremental: 0 });
    const evidence = snap.result.offences[0]!.evidence[0]!;
    expect(snap.ranges.get(evidence)?.toString()).toBe(evidence.text);
    scanner.stop();
  });

  it('queues DOM changes and reads only the added nodes on the next frame', async () => {
    const { scanner, frames } = setup('<main><p>Theft from a shop</p></main>');
    expect(scanner.start().result.verdict).toBe('none');
    const added = document.createElement('section');
    added.textContent = CHARGE;
    document.querySelector('main')!.append(added);
    await flushObserver();
    // Nothing is read in the observer callback itself: the work waits for the frame.
    expect(scanner.current.result.verdict).toBe('none');
    expect(frames.pending()).toBe(1);
    frames.run();
    expect(scanner.current.result.verdict).toBe('match');
    expect(scanner.current.scans).toEqual({ full: 1, incremental: 1 });
    // Quiet page: nothing scheduled.
    expect(frames.pending()).toBe(0);
    scanner.stop();
  });

  it('turns a flood of changes into one throttled full rescan', async () => {
    const { scanner, frames, advance } = setup('<main></main>', { floodChars: 1000 });
    scanner.start();
    const main = document.querySelector('main')!;
    for (let i = 0; i < 50; i++) {
      const p = document.createElement('p');
      p.textContent = 'x'.repeat(100);
      main.append(p);
    }
    await flushObserver();
    advance(1000);
    frames.run();
    expect(scanner.current.scans.full).toBe(2);
    expect(scanner.current.scans.incremental).toBe(0);
    scanner.stop();
  });

  it('starts again from nothing on in-app navigation, then reads the new view', async () => {
    const { scanner, frames, seen, advance } = setup(`<main><p>${CHARGE}</p></main>`);
    scanner.start();
    document.querySelector('main')!.innerHTML = '<p>Theft from a shop</p>';
    scanner.navigated('https://cases.example/case/2');
    expect(seen.at(-1)!.url).toBe('https://cases.example/case/2');
    expect(seen.at(-1)!.result.verdict).toBe('none');
    await flushObserver();
    advance(1000);
    frames.run();
    expect(scanner.current.result.verdict).toBe('none');
    expect(scanner.current.scans.full).toBe(2);
    scanner.stop();
  });
});
