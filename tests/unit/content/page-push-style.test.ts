import { afterEach, describe, expect, it } from 'vitest';
import { createPagePushStyle } from '../../../lib/content/page-push-style';

/**
 * The page-push rule (lib/content/page-push-style.ts). The Firefox path is proven for real in
 * tests/e2e-firefox (the sidebar mounts and the page is pushed aside); here the document is made to
 * look like Firefox's content-script view of it: no `adoptedStyleSheets`.
 */
function hostIn(doc: Document) {
  const host = doc.createElement('deprivation-order-reminder');
  doc.documentElement.append(host);
  return host;
}

afterEach(() => {
  document.documentElement.querySelectorAll('deprivation-order-reminder').forEach((h) => h.remove());
  document.adoptedStyleSheets = [];
});

describe('createPagePushStyle', () => {
  it('adopts a constructed sheet where the world can (no element is added)', () => {
    const host = hostIn(document);
    const push = createPagePushStyle(document, host);
    expect(push.kind).toBe('adopted');
    push.set('html { margin-right: 360px !important; }');
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(host.children).toHaveLength(0);
    push.remove();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('keeps sheets the page adopted itself', () => {
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [own];
    const push = createPagePushStyle(document, hostIn(document));
    expect(document.adoptedStyleSheets).toHaveLength(2);
    push.remove();
    expect(document.adoptedStyleSheets).toEqual([own]);
  });

  it('without adoptedStyleSheets (Firefox content scripts): a <style> in the host, put back if the page removes it', () => {
    const fake = document.implementation.createHTMLDocument('firefox view');
    Object.defineProperty(fake, 'adoptedStyleSheets', { get: () => undefined, set: () => undefined, configurable: true });
    const host = hostIn(fake);
    const push = createPagePushStyle(fake, host);
    expect(push.kind).toBe('element');
    push.set('html { margin-right: 44px !important; }');
    const style = host.querySelector('style')!;
    expect(style.textContent).toBe('html { margin-right: 44px !important; }');
    style.remove();
    push.set('html { margin-right: 360px !important; }');
    expect(host.querySelectorAll('style')).toHaveLength(1);
    expect(host.querySelector('style')!.textContent).toBe('html { margin-right: 360px !important; }');
    push.set('');
    expect(host.querySelector('style')!.textContent).toBe('');
    push.remove();
    expect(host.querySelector('style')).toBeNull();
  });

  it('an adoptedStyleSheets that throws on write also falls back to the element', () => {
    const fake = document.implementation.createHTMLDocument('throws');
    Object.defineProperty(fake, 'adoptedStyleSheets', {
      get: () => [],
      set: () => {
        throw new TypeError('Permission denied');
      },
      configurable: true,
    });
    const host = hostIn(fake);
    expect(createPagePushStyle(fake, host).kind).toBe('element');
  });
});
