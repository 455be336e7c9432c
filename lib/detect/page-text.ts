/**
 * Turns a DOM into the text the detector reads, with a map back to the Text nodes for highlighting.
 * - Visible text in document order; block boundaries become "\n" so words from adjacent cells and blocks
 *   do not glue ("Offence" | "Theft" must not read "OffenceTheft"); inline boundaries add nothing.
 * - Content the user can open is included: hidden tab panels, closed <details>, aria-hidden or
 *   collapsed sections. Case systems keep charges in such panels.
 * - script/style/noscript/template/svg and similar are skipped; inline style display:none is skipped
 *   unless the element is a tab panel.
 * Only cheap checks (tag names, attributes). getComputedStyle per node forces style recalculation and
 * is far too slow on large pages, so CSS-class hiding is not detected (then the text is read anyway,
 * which errs towards noticing an offence rather than missing it).
 * Iterative (TreeWalker, or an explicit stack where there is none): 10,000-deep DOMs do not overflow.
 */

export interface Segment {
  node: Text;
  /** Offset of node's first character in the returned text. */
  start: number;
}

export interface PageText {
  text: string;
  segments: Segment[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE', 'META', 'LINK']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML',
  'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'OPTION', 'P', 'PRE', 'SECTION', 'SELECT', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'TEXTAREA', 'BUTTON', 'LABEL',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function tagOf(el: Element): string {
  return (el.tagName || '').toUpperCase();
}

function skipElement(el: Element): boolean {
  const tag = tagOf(el);
  if (SKIP.has(tag)) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none/i.test(style)) {
    // Tab panels are hidden until their tab is chosen; the user can open them, so read them.
    return el.getAttribute('role') !== 'tabpanel';
  }
  return false;
}

export function pageText(root: Node): PageText {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let pendingBreak = false;
  const breakLine = () => {
    if (length > 0) pendingBreak = true;
  };
  const addText = (node: Text) => {
    const value = node.data;
    if (!value) return;
    if (pendingBreak) {
      parts.push('\n');
      length += 1;
      pendingBreak = false;
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
    if (node.nodeType === TEXT_NODE) {
      addText(node as Text);
      continue;
    }
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (node !== root && skipElement(el)) continue;
      if (BLOCK.has(tagOf(el))) {
        breakLine();
        stack.push([node, true]);
      }
    } else if (node.nodeType !== 9 && node.nodeType !== 11) continue; // comments etc.
    // Children pushed in reverse so they pop in document order.
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, false]);
  }
  return { text: parts.join(''), segments };
}

/**
 * The Text node and offset inside it for a text offset. `isEnd` picks the node the offset ends in, so an
 * end offset at a node boundary stays in the earlier node. Offsets on an inserted "\n" clamp to the node's end.
 */
export function nodeOffset(segments: Segment[], offset: number, isEnd: boolean): [Text, number] | null {
  if (!segments.length) return null;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset - (isEnd ? 1 : 0)) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo]!;
  const local = offset - seg.start;
  return [seg.node, Math.max(0, Math.min(local, seg.node.data.length))];
}

/** A Range covering text offsets [start, end) of pageText's output, or null if it cannot be made. */
export function rangeForOffsets(segments: Segment[], start: number, end: number, doc: Document): Range | null {
  if (!(end > start)) return null;
  const a = nodeOffset(segments, start, false);
  const b = nodeOffset(segments, end, true);
  if (!a || !b) return null;
  try {
    const range = doc.createRange();
    range.setStart(a[0], a[1]);
    range.setEnd(b[0], b[1]);
    return range;
  } catch {
    // Some DOMs (linkedom) have no usable Range; highlighting is then skipped.
    return null;
  }
}
