import { afterEach, describe, expect, it } from 'vitest';
import { scenarioById } from '../../../lib/training/scenarios';
import { loadTrainingPage, type LoadedPage } from './page-harness';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const mountScripts = (p: LoadedPage) => [...p.document.querySelectorAll('script')].filter((s) => s.getAttribute('src') === '/training-mount.js');

describe('training-page.js', () => {
  it.each(['chrome-extension://abcdefghijklmnop/training/cp-s66b2.html', 'moz-extension://0f1e2d3c-0000-4000-8000-123456789abc/training/cp-s66b2.html'])(
    'loads the extension mount script on %s, once',
    (url) => {
      page = loadTrainingPage('cp-s66b2.html', url);
      page.run('training-page.js');
      page.run('training-page.js');
      expect(mountScripts(page)).toHaveLength(1);
      expect(page.document.body.lastElementChild?.getAttribute('src')).toBe('/training-mount.js');
    },
  );

  it('does nothing over http, where the content script does the work', () => {
    page = loadTrainingPage('cp-s66b2.html', 'http://127.0.0.1:8123/training/cp-s66b2.html');
    page.run('training-page.js');
    expect(mountScripts(page)).toHaveLength(0);
  });
});

describe('spa.js', () => {
  const base = 'http://127.0.0.1:8123/training/spa.html';
  const text = (p: LoadedPage) => (p.document.getElementById('spa-root')?.textContent ?? '').replace(/\s+/g, ' ');

  it('renders the list only after a delay, then navigates with pushState and no reload', async () => {
    page = loadTrainingPage('spa.html', base);
    page.run('spa.js');
    expect(text(page)).not.toContain('Cases listed today');
    await page.settle();
    const list = scenarioById('spa-list')!;
    expect(text(page)).toContain(list.spa!.readyText);
    expect(text(page)).not.toContain('Sexual Offences Act');

    const iia = scenarioById('spa-case-s66b4')!;
    const link = [...page.document.querySelectorAll('a')].find((a) => a.textContent === iia.spa!.linkText);
    expect(link).toBeDefined();
    const root = page.document.getElementById('spa-root');
    link!.click();
    expect(page.window.location.search).toBe(iia.spa!.search);
    expect(text(page)).toContain('Loading case');
    await page.settle();
    expect(page.document.getElementById('spa-root')).toBe(root); // same document: no reload
    expect(text(page)).toContain('Contrary to section 66B(4) and (10) of the Sexual Offences Act 2003.');
    expect(page.document.title).toContain('TRAINING — fictional case');

    const back = [...page.document.querySelectorAll('a')].find((a) => a.textContent?.startsWith('Back to'));
    back!.click();
    await page.settle();
    expect(page.window.location.search).toBe('');
    expect(text(page)).toContain('Cases listed today');

    const theft = scenarioById('spa-case-theft')!;
    [...page.document.querySelectorAll('a')].find((a) => a.textContent === theft.spa!.linkText)!.click();
    await page.settle();
    expect(page.window.location.search).toBe(theft.spa!.search);
    expect(text(page)).toContain('Theft from a shop');
    expect(text(page)).not.toContain('intimate');
  });

  it('opens a case directly from its URL and follows the back button', async () => {
    page = loadTrainingPage('spa.html', `${base}?case=09TR2610058`);
    page.run('spa.js');
    await page.settle();
    expect(text(page)).toContain('Theft from a shop');
    page.window.history.pushState(null, '', '/training/spa.html?case=09TR2610044');
    page.window.dispatchEvent(new page.window.PopStateEvent('popstate'));
    await page.settle();
    expect(text(page)).toContain('Threaten to share photograph or film of person in intimate state');
  });
});
