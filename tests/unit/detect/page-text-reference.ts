/**
 * The first (simple, slower) implementation of pageText, kept as a test oracle: the fast walk in
 * lib/detect/page-text.ts must give the same text and segments on every page. Test-only.
 */
import type { PageText, Segment } from '../../../lib/detect/page-text';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'TITLE']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML',
  'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'OPTION', 'P', 'PRE', 'SECTION', 'SELECT', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'TEXTAREA', 'BUTTON', 'LABEL',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const CDATA_NODE = 4;

function tagOf(el: Element): string {
  return (el.tagName || '').toUpperCase();
}

/** Text whose parent is one of these is not page text (scripts, styles, SVG...). */
function rawParent(node: Node): boolean {
  const p = node.parentNode;
  if (!p || p.nodeType !== ELEMENT_NODE) return false;
  const el = p as Element;
  return el.namespaceURI === 'http://www.w3.org/2000/svg' || SKIP.has(tagOf(el));
}

/** Elements skipped whole: templates, and inline display:none except tab panels. */
function skipElement(el: Element): boolean {
  if (tagOf(el) === 'TEMPLATE') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none/i.test(style)) {
    // Tab panels are hidden until their tab is chosen; the user can open them, so read them.
    return el.getAttribute('role') !== 'tabpanel';
  }
  return false;
}

export function referencePageText(root: Node): PageText {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let pendingBreak = false;
  let pendingHard = false;
  const breakLine = () => {
    if (length > 0) pendingBreak = true;
  };
  const addText = (node: Text) => {
    const value = node.data;
    if (!value) return;
    if (pendingHard || pendingBreak) {
      parts.push(pendingHard ? '\uFFFC' : '\n');
      length += 1;
      pendingBreak = false;
      pendingHard = false;
    }
    segments.push({ node, start: length });
    parts.push(value);
    length += value.length;
  };

  // Explicit stack of [node, leaving]: entering a block adds a break before, leaving adds one after.
  const stack: [Node, boolean][] = [[root, false]];
  while (stack.length) {
    const [node, leaving] = stack.pop()!;
    if (leaving) {
      breakLine();
      continue;
    }
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      if (!(node as Text).data) continue;
      if (rawParent(node)) {
        if (length > 0) pendingHard = true;
        continue;
      }
      addText(node as Text);
      continue;
    }
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (node !== root && skipElement(el)) {
        // Skipped content that held text: the text around it must not join into one phrase.
        if (length > 0 && (el.textContent ?? '') !== '') pendingHard = true;
        continue;
      }
      if (BLOCK.has(tagOf(el))) {
        breakLine();
        stack.push([node, true]);
      }
    } else if (node.nodeType !== 9 && node.nodeType !== 11) continue; // comments etc.
    // Children pushed in reverse so they pop in document order.
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, false]);
  }
  return { text: parts.join(''), segments, chrome: [], choices: [] };
}

