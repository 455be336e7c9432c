/**
 * pageText reports the page chrome (navigation, banner, contentinfo, marquee, the page-level header,
 * nav and footer) as text ranges; side panels and sections' own headers are not chrome.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { twoDoms } from './two-doms';
import { pageText } from '../../../lib/detect/page-text';

const HTML = `<!doctype html><html><body>
<header>HEADER-TEXT <span>campaign</span></header>
<nav>NAV-TEXT</nav>
<div role="banner">ROLE-BANNER</div>
<div role="marquee">TICKER-TEXT</div>
<marquee>OLD-MARQUEE</marquee>
<main>
  <nav aria-label="Breadcrumb">CRUMB-TEXT</nav>
  <article><header>ARTICLE-HEADER</header><p>CASE-TEXT</p><footer>ARTICLE-FOOTER</footer></article>
  <div role="navigation">MAIN-ROLE-NAV</div>
</main>
<aside>ASIDE-TEXT</aside>
<div role="complementary">COMPLEMENTARY-TEXT</div>
<section><header>SECTION-HEADER</header></section>
<div role="contentinfo">ROLE-CONTENTINFO</div>
<footer>FOOTER-TEXT</footer>
<header role="region">REGION-HEADER</header>
</body></html>`;

const docs = () => twoDoms(HTML);

const CHROME = ['HEADER-TEXT', 'campaign', 'NAV-TEXT', 'ROLE-BANNER', 'TICKER-TEXT', 'OLD-MARQUEE', 'MAIN-ROLE-NAV', 'ROLE-CONTENTINFO', 'FOOTER-TEXT'];
const NOT_CHROME = ['CRUMB-TEXT', 'ARTICLE-HEADER', 'CASE-TEXT', 'ARTICLE-FOOTER', 'ASIDE-TEXT', 'COMPLEMENTARY-TEXT', 'SECTION-HEADER', 'REGION-HEADER'];

describe.each(docs())('page chrome (%s)', (_name, doc) => {
  const { text, chrome } = pageText(doc.body);
  const inChrome = (word: string) => {
    const at = text.indexOf(word);
    expect(at, word).toBeGreaterThanOrEqual(0);
    return chrome.some((r) => r.start <= at && at + word.length <= r.end);
  };

  it.each(CHROME)('%s is chrome', (w) => expect(inChrome(w)).toBe(true));
  it.each(NOT_CHROME)('%s is not chrome', (w) => expect(inChrome(w)).toBe(false));

  it('ranges are sorted and disjoint', () => {
    for (let i = 1; i < chrome.length; i++) expect(chrome[i]!.start).toBeGreaterThanOrEqual(chrome[i - 1]!.end);
  });

  it('a part read on its own inside the chrome is chrome whole; one in main is not', () => {
    const span = doc.querySelector('header span')!;
    const part = pageText(span);
    expect(part.chrome).toEqual([{ start: 0, end: part.text.length }]);
    const banner = pageText(doc.querySelector('[role=banner]')!);
    expect(banner.chrome).toEqual([{ start: 0, end: banner.text.length }]);
    expect(pageText(doc.querySelector('article p')!).chrome).toEqual([]);
  });
});

describe('a landmark wrapping the main content is not chrome', () => {
  it('role=banner around main', () => {
    const { document } = parseHTML('<html><body><div role="banner"><main><p>CASE</p></main></div></body></html>');
    expect(pageText(document.body as unknown as Node).chrome).toEqual([]);
  });
});
