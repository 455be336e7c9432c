/**
 * Shows evidence on the page without touching the page's own DOM text: the CSS Custom Highlight API
 * where the browser has it (Chromium 105+, Firefox 140+), else outline boxes drawn in our own layer.
 */
const NAME = 'deprivation-order-reminder-evidence';
const CSS_TEXT = `::highlight(${NAME}) { background-color: #ffdd00; color: #0b0c0c; }`;

interface HighlightApi {
  highlights: Map<string, unknown>;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

export interface Highlighter {
  show(range: Range): void;
  clear(): void;
}

export function createHighlighter(doc: Document, fallbackLayer: () => HTMLElement | null): Highlighter {
  const win = doc.defaultView as (Window & { CSS?: HighlightApi; Highlight?: HighlightCtor }) | null;
  const api = win?.CSS && 'highlights' in win.CSS ? win.CSS : null;
  const Ctor = win?.Highlight;
  let sheetAdded = false;
  let boxes: HTMLElement[] = [];

  const scrollTo = (range: Range) => {
    const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    const reduce = !api || (win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true);
    el?.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  };

  return {
    show(range) {
      this.clear();
      scrollTo(range);
      if (api && Ctor) {
        if (!sheetAdded && typeof CSSStyleSheet === 'function') {
          // A constructed sheet adds no element to the page.
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(CSS_TEXT);
          doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
          sheetAdded = true;
        }
        api.highlights.set(NAME, new Ctor(range));
        return;
      }
      const layer = fallbackLayer();
      if (!layer) return;
      for (const rect of Array.from(range.getClientRects())) {
        const box = doc.createElement('div');
        box.setAttribute('data-dor-highlight', '');
        Object.assign(box.style, {
          position: 'fixed',
          left: `${rect.left}px`,
          top: `${rect.top}px`,
          width: `${rect.width}px`,
          height: `${rect.height}px`,
          outline: '3px solid #ffdd00',
          background: 'rgba(255, 221, 0, 0.35)',
          pointerEvents: 'none',
        });
        layer.append(box);
        boxes.push(box);
      }
    },
    clear() {
      api?.highlights.delete(NAME);
      for (const b of boxes) b.remove();
      boxes = [];
    },
  };
}
