/** The scanner carries each case's stage and orders (lib/stage) in its snapshot, and follows edits. */
import { describe, expect, it } from 'vitest';
import { PageScanner } from '../../../lib/content/page-scanner';
import { PAGE_DETECTOR } from '../../../lib/content/page-detector';

const TITLE = 'Voyeurism - recording a private act - SOA 2003';
const flushObserver = () => new Promise((r) => setTimeout(r, 0));

function setup(html: string) {
  document.body.innerHTML = html;
  const queue: (() => void)[] = [];
  let now = 0;
  const scanner = new PageScanner(document, 'https://cases.example/hearing/1', {
    requestFrame: (cb) => queue.push(cb),
    now: () => now,
    minFullScanInterval: 500,
    detector: PAGE_DETECTOR,
  });
  return { scanner, frames: () => queue.splice(0).forEach((cb) => cb()), advance: (ms: number) => (now += ms) };
}

describe('PageScanner cases', () => {
  it('reads each case with its stage from the screen on the full read', () => {
    const { scanner } = setup(
      `<nav><a href="#">Enter pleas</a><a href="#" aria-current="page">Enter results</a></nav><h1>Enter results</h1><p><span>Result for case</span><span>01AB2345678</span></p><h3>${TITLE}</h3><ul id="lines"><li>Community order</li></ul>`,
    );
    const snap = scanner.start();
    expect(snap.cases.map((c) => [c.ref, c.stage, c.orders.deprivation])).toEqual([['01AB2345678', 'results-entry', false]]);
    scanner.stop();
  });

  it('a result line added later (the adviser enters DEPO) leads to one full read that finds the order', async () => {
    const { scanner, frames, advance } = setup(`<h1>Enter results</h1><p>URN 01AB2345678</p><h3>${TITLE}</h3><ul id="lines"></ul>`);
    scanner.start();
    expect(scanner.current.cases[0]!.orders.deprivation).toBe(false);
    const line = document.createElement('li');
    line.innerHTML = '<h4><b>Order for deprivation of rights (other than vehicle)</b></h4><p>Property: Samsung phone</p>';
    document.getElementById('lines')!.append(line);
    await flushObserver();
    advance(1000);
    frames(); // the changed part names an order: a full read is due
    frames(); // ...and runs on the next frame
    expect(scanner.current.cases[0]!.orders.deprivation).toBe(true);
    expect(scanner.current.scans.full).toBe(2);
    scanner.stop();
  });

  it('an unrelated change keeps the cases as last read, without a full read', async () => {
    const { scanner, frames } = setup(`<p>URN 01AB2345678</p><h3>${TITLE}</h3><p>Plea: Guilty</p><div id="more"></div>`);
    scanner.start();
    document.getElementById('more')!.textContent = 'Courtroom 3, 14:00';
    await flushObserver();
    frames();
    frames();
    expect(scanner.current.cases.map((c) => c.stage)).toEqual(['plea-guilty']);
    expect(scanner.current.scans.full).toBe(1);
    scanner.stop();
  });

  it('has no cases on a page about nothing relevant, and after navigating away', () => {
    const { scanner } = setup('<p>URN 01AB2345678</p><p>Theft from a shop</p>');
    expect(scanner.start().cases).toEqual([]);
    scanner.navigated('https://cases.example/hearing/2');
    expect(scanner.current.cases).toEqual([]);
    scanner.stop();
  });
});
