/**
 * Turns a DOM into the text the detector reads, with a map back to the Text nodes for highlighting.
 * - Visible text in document order; block boundaries become "\n" so words from adjacent cells and blocks
 *   do not glue ("Offence" | "Theft" must not read "OffenceTheft"); inline boundaries add nothing.
 * - Content the user can open is included: hidden tab panels, closed <details>, aria-hidden or
 *   collapsed sections. Case systems keep charges in such panels.
 * - The text of script/style/noscript/template/title/iframe/canvas/object and of SVG is not page text
 *   (judged by the text's own parent element); an element with inline style display:none is skipped
 *   whole unless it is a tab panel. Where skipped text was, a HARD_BREAK (U+FFFC, which no pattern
 *   matches) separates the text around it: words on either side of hidden content do not make a
 *   phrase. Both rules are local (a text node's parent; a few elements found by one selector), so that
 *   nativeText (below) gives the same text natively, without the walk.
 * Only cheap checks (tag names, attributes). getComputedStyle per node forces style recalculation and
 * is far too slow on large pages, so CSS-class hiding is not detected (then the text is read anyway,
 * which errs towards noticing an offence rather than missing it).
 * Iterative (sibling links, no recursion): 10,000-deep DOMs do not overflow.
 * Page chrome (the navigation, banner and contentinfo landmarks, marquees, the page-level header, nav
 * and footer) is read like the rest, and its text ranges are reported: the detector counts evidence
 * found only there as weak (a site-wide awareness banner is not about the case on screen). Side panels
 * (aside, role="complementary") are not chrome: case systems put the defendant and offences there.
 * Choices not chosen (a drop-down's other options, a datalist, a listbox's unselected options) are
 * read too and reported as `choices`: "Order for deprivation of rights" offered in a results picker is
 * not a result entered, and "Guilty" among a blank plea drop-down's options is not a plea.
 */
import type { TextRange } from './regions';

import { reportInternalError } from '../internal-error';

export interface Segment {
  node: Text;
  /** Offset of node's first character in the returned text. */
  start: number;
}

export interface PageText {
  text: string;
  segments: Segment[];
  /** Text ranges inside page chrome, sorted and disjoint: pass them to detect() as `chrome`. */
  chrome: TextRange[];
  /**
   * Text ranges of options offered but not chosen (unselected <option>s, <datalist>s, role="option"
   * without aria-selected="true"), sorted and disjoint. Not about the case: detect() takes them with
   * the chrome (withChoices), and the stage reader ignores results and pleas found there.
   */
  choices: TextRange[];
}


/** Elements whose own text is not page text (and SVG elements). Keep RAW_SELECTOR in step. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'TITLE']);
const RAW_SELECTOR = 'script,style,noscript,svg,canvas,iframe,object,title';
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML',
  'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'OPTION', 'P', 'PRE', 'SECTION', 'SELECT', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'TEXTAREA', 'BUTTON', 'LABEL',
]);
/** Stands where skipped content with text was (see the module comment). */
export const HARD_BREAK = '\uFFFC';
const INLINE = 0;
const BLOCK_KIND = 1;
/** An element whose own text is not page text (its element children are still read). */
const RAW_KIND = 2;
/** Flag beside the kind: a tag that can be page chrome (header, footer, nav, marquee). */
const CHROME_TAG = 4;
const CHROME_TAGS = new Set(['HEADER', 'FOOTER', 'NAV', 'MARQUEE']);
/** Flag beside the kind: a tag that can be a choice offered (an option, a datalist). */
const CHOICE_TAG = 8;
const CHOICE_TAGS = new Set(['OPTION', 'DATALIST']);
const DISPLAY_NONE = /display\s*:\s*none/i;
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Kind of an element, cached by the tagName string as the DOM gives it (one cache for SVG elements,
 * one for the rest): a page has few distinct tags, and a Map hit is much cheaper than upper-casing and
 * two Set lookups per element on a 1 MB page.
 */
const kinds = new Map<string, number>();
const svgKinds = new Map<string, number>();

function kindOf(el: Element): number {
  return kindBits(el) & 3;
}

/** The kind and the CHROME_TAG flag, cached per tag name. */
function kindBits(el: Element): number {
  const name = el.tagName || '';
  const svg = el.namespaceURI === SVG_NS;
  const cache = svg ? svgKinds : kinds;
  let kind = cache.get(name);
  if (kind === undefined) {
    const tag = name.toUpperCase();
    kind =
      (svg || SKIP.has(tag) ? RAW_KIND : BLOCK.has(tag) ? BLOCK_KIND : INLINE) |
      (!svg && CHROME_TAGS.has(tag) ? CHROME_TAG : 0) |
      (!svg && CHOICE_TAGS.has(tag) ? CHOICE_TAG : 0);
    // Custom-element pages could have many names; the cache only has to hold the common ones.
    if (cache.size < 2000) cache.set(name, kind);
  }
  return kind;
}

/** Is this text node's text not page text (its parent is a script, a style, an SVG element...)? */
function rawText(node: Node): boolean {
  const parent = node.parentNode;
  return parent !== null && parent.nodeType === 1 && kindOf(parent as Element) === RAW_KIND;
}

const SKIPPED_WHOLE_SELECTOR = 'template,[style*="display" i]';
const SKIPPED_SELECTORS = [...RAW_SELECTOR.split(','), ...SKIPPED_WHOLE_SELECTOR.split(',')].filter((x, i, all) => all.indexOf(x) === i);

/**
 * Elements under root skipped whole: hidden by an inline display:none (tab panels excepted: the user
 * can open them), and templates (inert; some test DOMs give them children). One native selector query
 * instead of a getAttribute call per element, which was the walk's largest cost in Chromium; the walk
 * then only does Set lookups.
 */
function hiddenByStyle(root: Node): Set<Element> | null | undefined {
  const query = (root as ParentNode).querySelectorAll;
  // Some test DOMs (happy-dom) search a <template>'s content instead of its children: check per element.
  if (typeof query !== 'function' || (root.nodeType === 1 && (root as Element).tagName?.toUpperCase() === 'TEMPLATE')) return undefined;
  let candidates: ArrayLike<Element>;
  try {
    candidates = query.call(root, SKIPPED_WHOLE_SELECTOR);
  } catch {
    return undefined;
  }
  let hidden: Set<Element> | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const el = candidates[i]!;
    if (hiddenElement(el)) (hidden ??= new Set()).add(el);
  }
  return hidden;
}

/** Does the element hold any text? Exactly what textContent says (a <template>'s children are not its
 * text), so that pageText and nativeText agree. */
function hasText(el: Element): boolean {
  return el.firstChild !== null && (el.textContent ?? '') !== '';
}

function hiddenElement(el: Element): boolean {
  if (el.tagName === 'TEMPLATE' || el.tagName === 'template') return true;
  const style = el.getAttribute('style');
  return !!style && DISPLAY_NONE.test(style) && el.getAttribute('role') !== 'tabpanel';
}

/** Landmark roles that are chrome (an explicit role overrides the element's own). */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'marquee']);
/** Elements with a chrome role, by one query (chrome tags are found by the walk itself, by tag name). */
const CHROME_ROLE_SELECTOR = '[role~=navigation],[role~=banner],[role~=contentinfo],[role~=marquee]';
/** A header or footer inside these belongs to that section, not to the page (HTML-AAM). */
const SECTIONING = 'article,aside,main,nav,section,[role~=main],[role~=article],[role~=complementary],[role~=region]';
const MAIN = 'main,[role~=main]';

/**
 * Is this element page chrome? Few elements are asked (those the selectors find, and the ancestors of a
 * changed part), so the closest()/querySelector calls cost little. A landmark that holds the main
 * content is not chrome (some sites wrap the whole page in one).
 */
export function isChromeElement(el: Element): boolean {
  const tag = (el.tagName || '').toUpperCase();
  const role = (el.getAttribute('role') ?? '').trim().toLowerCase().split(/\s+/)[0] ?? '';
  let chrome: boolean;
  if (role && role !== 'none' && role !== 'presentation' && role !== 'generic') chrome = CHROME_ROLES.has(role);
  else if (tag === 'MARQUEE') chrome = true;
  else if (tag === 'NAV') chrome = !el.parentElement?.closest(MAIN);
  else if (tag === 'HEADER' || tag === 'FOOTER') chrome = !el.parentElement?.closest(SECTIONING);
  else chrome = false;
  return chrome && !el.querySelector(MAIN);
}

/** The elements under root with a chrome role, by one query (see hiddenByStyle); null if none. */
function chromeRoleElements(root: Node): Set<Element> | null {
  const query = (root as ParentNode).querySelectorAll;
  if (typeof query !== 'function') return null;
  let found: Set<Element> | null = null;
  try {
    const list = query.call(root, CHROME_ROLE_SELECTOR);
    for (let i = 0; i < list.length; i++) (found ??= new Set()).add(list[i]!);
  } catch {
    return null;
  }
  return found;
}

/** Elements with role="option", by one query; null if none. */
function choiceRoleElements(root: Node): Set<Element> | null {
  const query = (root as ParentNode).querySelectorAll;
  if (typeof query !== 'function') return null;
  let found: Set<Element> | null = null;
  try {
    const list = query.call(root, '[role~=option]');
    for (let i = 0; i < list.length; i++) (found ??= new Set()).add(list[i]!);
  } catch {
    return null;
  }
  return found;
}

/**
 * Is this option, datalist or role="option" element offered but not chosen? An <option> is chosen when
 * its select shows it (the `selected` property, which frameworks set; the attribute where a DOM has no
 * property); a role="option" when aria-selected is "true". A datalist is only ever suggestions.
 */
export function isUnchosenChoice(el: Element): boolean {
  const tag = (el.tagName || '').toUpperCase();
  if (tag === 'DATALIST') return true;
  if (tag === 'OPTION' && !(el.getAttribute('role') ?? '').trim()) {
    if (el.parentElement?.closest('datalist')) return true;
    const selected = (el as Partial<HTMLOptionElement>).selected;
    return !(typeof selected === 'boolean' ? selected : el.hasAttribute('selected'));
  }
  return (el.getAttribute('aria-selected') ?? '').trim().toLowerCase() !== 'true';
}

/** Is `node` (a part read on its own after a DOM change) an unchosen choice, or inside one? */
function insideChoice(node: Node): boolean {
  for (let p: Node | null = node; p && (p.nodeType === 1 || p.nodeType === 3 || p.nodeType === 4); p = p.parentNode) {
    if (p.nodeType !== 1) continue;
    const el = p as Element;
    if ((kindBits(el) & CHOICE_TAG || /(^|\s)option(\s|$)/i.test(el.getAttribute('role') ?? '')) && isUnchosenChoice(el)) return true;
  }
  return false;
}

/** Is `node` (a part read on its own after a DOM change) chrome, or inside it? Walks the ancestors. */
function insideChrome(node: Node): boolean {
  for (let p: Node | null = node; p && (p.nodeType === 1 || p.nodeType === 3 || p.nodeType === 4); p = p.parentNode) {
    if (p.nodeType === 1 && isChromeElement(p as Element)) return true;
  }
  return false;
}

interface Walk {
  parts: string[];
  segments: Segment[];
  length: number;
  /** A block boundary was passed since the last text: the next text starts with "\n". */
  pendingBreak: boolean;
  /** Skipped content with text was passed since the last text: the next text starts with HARD_BREAK. */
  pendingHard: boolean;
  /** From hiddenByStyle; undefined: check each element's style attribute instead. */
  hidden: Set<Element> | null | undefined;
  /** Read chrome at all (false inside a part that is chrome whole); elements with a chrome role. */
  chromeOn: boolean;
  chromeRoles: Set<Element> | null;
  ranges: TextRange[];
  /** The outermost chrome element being read, and where its text starts. */
  chromeTop: Node | null;
  chromeStart: number;
  /** Elements with role="option"; the choice ranges; the outermost unchosen choice being read. */
  choiceRoles: Set<Element> | null;
  choices: TextRange[];
  choiceTop: Node | null;
  choiceStart: number;
}

/**
 * One pass over top's subtree in document order along firstChild / nextSibling / parentNode: no stack
 * and no per-node allocation other than the segment, so it is linear, cannot overflow on deep DOMs, and
 * is the cheapest walk in Chromium (the content script runs it over every page at load).
 * `readTop`: top is read even if hidden or a skipped tag (the caller chose it).
 */
function walk(w: Walk, top: Node, readTop: boolean): void {
  const { parts, segments, hidden, chromeOn, chromeRoles, choiceRoles } = w;
  let length = w.length;
  let pendingBreak = w.pendingBreak;
  let pendingHard = w.pendingHard;
  let node: Node = top;
  for (;;) {
    const type = node.nodeType;
    let enter = false;
    let block = false;
    // CDATA sections are text too (textContent includes them).
    if (type === 3 || type === 4) {
      const value = (node as Text).data;
      if (value && rawText(node)) {
        if (length > 0) pendingHard = true;
      } else if (value) {
        if (pendingHard || pendingBreak) {
          parts.push(pendingHard ? HARD_BREAK : '\n');
          length += 1;
          pendingBreak = false;
          pendingHard = false;
        }
        segments.push({ node: node as Text, start: length });
        parts.push(value);
        length += value.length;
      }
    } else if (type === 1) {
      const bits = kindBits(node as Element);
      const kind = bits & 3;
      if ((readTop && node === top) || !(hidden === undefined ? hiddenElement(node as Element) : hidden !== null && hidden.has(node as Element))) {
        enter = true;
        block = kind === BLOCK_KIND;
        if (
          chromeOn &&
          w.chromeTop === null &&
          (bits & CHROME_TAG || (chromeRoles !== null && chromeRoles.has(node as Element))) &&
          isChromeElement(node as Element)
        ) {
          w.chromeTop = node;
          w.chromeStart = length;
        }
        if (
          w.choiceTop === null &&
          (bits & CHOICE_TAG || (choiceRoles !== null && choiceRoles.has(node as Element))) &&
          isUnchosenChoice(node as Element)
        ) {
          w.choiceTop = node;
          w.choiceStart = length;
        }
        if (block && length > 0) pendingBreak = true;
      } else if (length > 0 && !pendingHard && hasText(node as Element)) pendingHard = true;
    } // comments, doctypes etc. are skipped
    if (enter) {
      const child = node.firstChild;
      if (child) {
        node = child;
        continue;
      }
      if (block && length > 0) pendingBreak = true;
    }
    // Done with node's subtree: go to the next sibling, closing ancestors on the way up.
    for (;;) {
      if (node === w.chromeTop) {
        if (length > w.chromeStart) w.ranges.push({ start: w.chromeStart, end: length });
        w.chromeTop = null;
      }
      if (node === w.choiceTop) {
        if (length > w.choiceStart) w.choices.push({ start: w.choiceStart, end: length });
        w.choiceTop = null;
      }
      const next = node === top ? null : node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      const parent = node === top ? null : node.parentNode;
      if (!parent) {
        w.length = length;
        w.pendingBreak = pendingBreak;
        w.pendingHard = pendingHard;
        return;
      }
      node = parent;
      if (node.nodeType === 1 && kindOf(node as Element) === BLOCK_KIND && length > 0) pendingBreak = true;
    }
  }
}

export function pageText(root: Node): PageText {
  const hidden = hiddenByStyle(root);
  const type = root.nodeType;
  // A changed part inside the chrome is chrome whole; otherwise the walk finds the chrome inside it.
  const whole = type !== 9 && type !== 11 && insideChrome(root);
  const wholeChoice = type !== 9 && type !== 11 && insideChoice(root);
  const chromeOn = !whole && hidden !== undefined;
  const chromeRoles = chromeOn ? chromeRoleElements(root) : null;
  const w: Walk = {
    parts: [], segments: [], length: 0, pendingBreak: false, pendingHard: false, hidden, chromeOn, chromeRoles, ranges: [], chromeTop: null, chromeStart: 0,
    choiceRoles: wholeChoice ? null : choiceRoleElements(root), choices: [], choiceTop: wholeChoice ? root : null, choiceStart: 0,
  };
  if (type === 9 || type === 11) {
    // Document or fragment: by index, since some DOMs (linkedom) break the sibling chain after a doctype.
    const children = root.childNodes;
    for (let i = 0; i < children.length; i++) walk(w, children[i]!, false);
  } else walk(w, root, true);
  const text = w.parts.join('');
  return {
    text,
    segments: w.segments,
    chrome: whole ? (text ? [{ start: 0, end: text.length }] : []) : w.ranges,
    choices: wholeChoice ? (text ? [{ start: 0, end: text.length }] : []) : w.choices,
  };
}

/** Above this many pieces of skipped content (each a Range string, a few microseconds), the walk is
 * used instead; pages with hundreds of titled SVG icons stay well below it. */
const MAX_NATIVE_GAPS = 5000;

/**
 * pageText(root).text with its "\n" block separators removed, read natively: textContent, or Range
 * strings around the skipped content, found by one selector query. No DOM walk (in a content script's
 * isolated world every node the walk touches costs a wrapper), no segments. Exactly
 * `pageText(root).text` with every inserted "\n" deleted (hard breaks kept); the prefilter
 * (prefilter.ts) relies on that. Null where that cannot be promised cheaply (HTML inside an SVG,
 * elements inside a script-like element, very many gaps): then use pageText.
 */
export function nativeText(root: Node): string | null {
  if (root.nodeType !== 1) return null;
  const el = root as Element;
  const doc = el.ownerDocument;
  if (!doc || typeof el.querySelectorAll !== 'function' || typeof doc.createRange !== 'function') return null;
  // A script-like root's own text is skipped by pageText; textContent would read it.
  if (kindOf(el) === RAW_KIND || el.tagName.toUpperCase() === 'TEMPLATE') return null;
  let found: ArrayLike<Element>;
  try {
    found = skippedCandidates(el);
  } catch (error) {
    reportInternalError('nativeText', error);
    return null;
  }
  // The content pageText leaves out, cut whole, in document order: elements hidden whole, and
  // script-like elements (their text is all in text children, unless a DOM script put elements there).
  const gaps: Element[] = [];
  let cut: Element | null = null;
  for (let i = 0; i < found.length; i++) {
    const e = found[i]!;
    if (cut && cut.contains(e)) continue;
    const whole = hiddenElement(e);
    if (!whole && kindOf(e) !== RAW_KIND) continue;
    if (!whole && !rawOnly(e)) return null;
    cut = e;
    if (hasText(e)) gaps.push(e);
  }
  if (gaps.length === 0) return el.textContent ?? '';
  if (gaps.length > MAX_NATIVE_GAPS) return null;
  let out = '';
  try {
    const range = doc.createRange();
    range.setStart(el, 0);
    for (let i = 0; i <= gaps.length; i++) {
      if (i < gaps.length) range.setEndBefore(gaps[i]!);
      else range.setEnd(el, el.childNodes.length);
      const chunk = range.toString();
      if (chunk) out = out ? out + HARD_BREAK + chunk : chunk;
      if (i < gaps.length) range.setStartAfter(gaps[i]!);
    }
  } catch (error) {
    // The caller falls back to reading the page another way; a fault here is still a bug to see.
    reportInternalError('nativeText', error);
    return null;
  }
  return out;
}

/**
 * Elements matching RAW_SELECTOR or SKIPPED_WHOLE_SELECTOR, in document order. One query per selector:
 * Chromium answers a single tag or attribute selector several times faster than a list of ten (about
 * 0.1 ms against 2 ms on a 1 MB page); pages have few such elements, so merging them is cheap.
 */
function skippedCandidates(el: Element): Element[] {
  // A changed part is often one element holding text only: nothing to query.
  if (el.firstElementChild === null) return [];
  const lists: Element[][] = [];
  for (const selector of SKIPPED_SELECTORS) {
    const list = el.querySelectorAll(selector);
    if (list.length) lists.push(Array.from(list));
  }
  if (lists.length <= 1) return lists[0] ?? [];
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  return [...new Set(lists.flat())].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

/** Is all the text under a script-like element (or an SVG) skipped by pageText, so it can be cut whole? */
function rawOnly(e: Element): boolean {
  if (e.namespaceURI !== SVG_NS) return e.firstElementChild === null;
  // An SVG: only SVG elements (no HTML in a foreignObject), so every text in it has an SVG parent.
  const all = e.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if (all[i]!.namespaceURI !== SVG_NS) return false;
  return true;
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
