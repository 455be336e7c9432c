import { describe, expect, it } from 'vitest';
import { PageScanner, type ScanSnapshot } from '../../../lib/content/page-scanner';
import { PAGE_DETECTOR } from '../../../lib/content/page-detector';

const detector = PAGE_DETECTOR;

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
    detector,
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
    expect(snap.scans).toEqual({ full: 1, incremental: 0, skipped: 0 });
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
    // The added part matched on a page that had not: the whole page is read once more, at once.
    expect(scanner.current.scans).toEqual({ full: 2, incremental: 1, skipped: 1 });
    // Quiet page: nothing scheduled.
    expect(frames.pending()).toBe(0);
    // Once the page matches, changes are read by the detector (their case references count).
    const more = document.createElement('p');
    more.textContent = 'Theft from a shop';
    document.querySelector('main')!.append(more);
    await flushObserver();
    frames.run();
    expect(scanner.current.scans).toEqual({ full: 2, incremental: 2, skipped: 1 });
    scanner.stop();
  });

  it('answers pages and changes about something else from the prefilter, without the detector', async () => {
    const { scanner, frames } = setup('<main><h1>Court register</h1><p>Theft from a shop, contrary to section 1 of the Theft Act 1968.</p></main>');
    expect(scanner.start().scans).toEqual({ full: 1, incremental: 0, skipped: 1 });
    for (let i = 0; i < 3; i++) {
      const row = document.createElement('p');
      row.textContent = `Case ${i}: common assault, contrary to section 39 of the Criminal Justice Act 1988. Adjourned to 21/03/2026.`;
      document.querySelector('main')!.append(row);
    }
    await flushObserver();
    frames.run();
    expect(scanner.current.result.verdict).toBe('none');
    expect(scanner.current.scans).toEqual({ full: 1, incremental: 0, skipped: 4 });
    scanner.stop();
  });

  it('keeps the case reference shown before the charge when a single-page app renders them in turn', async () => {
    const { scanner, frames } = setup('<main><p>Loading case</p></main>');
    scanner.start();
    const header = document.createElement('h2');
    header.textContent = 'URN 01AB2345678';
    document.querySelector('main')!.append(header);
    await flushObserver();
    frames.run();
    expect(scanner.current.result.caseRefs).toEqual([]);
    const charge = document.createElement('section');
    charge.textContent = CHARGE;
    document.querySelector('main')!.append(charge);
    await flushObserver();
    frames.run();
    expect(scanner.current.result.verdict).toBe('match');
    expect(scanner.current.result.caseRefs.map((r) => r.value)).toEqual(['01AB2345678']);
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

describe('PageScanner without a bundled detector (the case-page script)', () => {
  const lazy = (html: string, loader: () => Promise<typeof detector | null>) => {
    document.body.innerHTML = html;
    const frames = manualFrames();
    let loads = 0;
    const scanner = new PageScanner(document, 'https://cases.example/case/1', {
      requestFrame: frames.requestFrame,
      loadDetector: () => {
        loads++;
        return loader();
      },
    });
    return { scanner, frames, loads: () => loads };
  };

  it('never loads the detector on a page the prefilter rules out', async () => {
    const { scanner, frames, loads } = lazy('<main><p>Theft from a shop</p></main>', async () => detector);
    expect(scanner.start().scans).toEqual({ full: 1, incremental: 0, skipped: 1 });
    document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: 'Criminal damage' }));
    await flushObserver();
    frames.run();
    expect(loads()).toBe(0);
    scanner.stop();
  });

  it('loads it once where the prefilter cannot rule the page out, then reports', async () => {
    const { scanner, frames, loads } = lazy(`<main><p>${CHARGE}</p></main>`, async () => detector);
    const seen: string[] = [];
    scanner.subscribe((s) => seen.push(s.result.verdict));
    expect(scanner.start().result.verdict).toBe('none');
    await flushObserver();
    expect(scanner.current.result.verdict).toBe('match');
    expect(seen).toEqual(['match']);
    document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: CHARGE }));
    await flushObserver();
    frames.run();
    expect(scanner.current.scans.incremental).toBe(1);
    expect(loads()).toBe(1);
    scanner.stop();
  });

  it('drops a read that waited for the detector when the page navigated meanwhile', async () => {
    let release: (d: typeof detector) => void = () => {};
    const { scanner } = lazy(`<main><p>${CHARGE}</p></main>`, () => new Promise((ok) => (release = ok)));
    scanner.start();
    document.body.innerHTML = '<main><p>Theft from a shop</p></main>';
    scanner.navigated('https://cases.example/case/2');
    release(detector);
    await flushObserver();
    expect(scanner.current.url).toBe('https://cases.example/case/2');
    expect(scanner.current.result.verdict).toBe('none');
    scanner.stop();
  });

  it('stays quiet if the detector cannot be loaded', async () => {
    const { scanner } = lazy(`<main><p>${CHARGE}</p></main>`, async () => null);
    scanner.start();
    await flushObserver();
    expect(scanner.current.result.verdict).toBe('none');
    scanner.stop();
  });

  it('reads a changed part that needs the detector once it has loaded', async () => {
    const { scanner, frames } = lazy('<main><p>Loading</p></main>', async () => detector);
    scanner.start();
    document.querySelector('main')!.append(Object.assign(document.createElement('section'), { textContent: CHARGE }));
    await flushObserver();
    frames.run();
    await flushObserver();
    frames.run();
    expect(scanner.current.result.verdict).toBe('match');
    scanner.stop();
  });
});
