/**
 * The one rule the sidebar puts on the page itself (`html { margin-right: … }`, so the page is pushed
 * aside rather than covered). Where the content script's world can adopt a constructed stylesheet
 * (Chromium) it is one: no page element changes. Firefox hides `document.adoptedStyleSheets` from
 * content scripts (its Xray wrappers expose no such property), so there the same rule goes into a
 * `<style>` inside our own host element's light DOM: a connected, unslotted `<style>` still applies to
 * the document, and it comes and goes with the host (re-attached with it, removed with it).
 */
export interface PagePushStyle {
  set(cssText: string): void;
  remove(): void;
  /** Which mechanism is in use (for tests and diagnostics). */
  readonly kind: 'adopted' | 'element';
}

export function createPagePushStyle(doc: Document, host: HTMLElement): PagePushStyle {
  const adopted = tryAdopt(doc);
  if (adopted) {
    return {
      kind: 'adopted',
      set: (css) => adopted.replaceSync(css),
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== adopted);
      },
    };
  }
  const style = doc.createElement('style');
  host.append(style);
  return {
    kind: 'element',
    set: (css) => {
      if (style.textContent !== css) style.textContent = css;
      if (style.parentNode !== host) host.append(style);
    },
    remove: () => style.remove(),
  };
}

function tryAdopt(doc: Document): CSSStyleSheet | null {
  try {
    const current = doc.adoptedStyleSheets;
    if (typeof CSSStyleSheet !== 'function' || !Array.isArray(current)) return null;
    const sheet = new CSSStyleSheet();
    doc.adoptedStyleSheets = [...current, sheet];
    return doc.adoptedStyleSheets.includes(sheet) ? sheet : null;
  } catch {
    return null;
  }
}
