/**
 * The page structures that say which screen the user is on, read without class names: the main
 * headings, and the current item of a tab list or navigation (`aria-current`, `aria-selected="true"`).
 * On a hearing screen every tab label (Manage hearing / Enter pleas / Enter verdicts / Enter results)
 * is page text, so the words alone cannot say which screen is open; the heading and the current tab can.
 * One selector query; only the first few matches are read, so the cost does not grow with the page.
 */
export interface PageStructure {
  /** Headings (h1, h2) and current tabs or navigation items, trimmed, whitespace collapsed. */
  views: string[];
}

export const NO_STRUCTURE: PageStructure = { views: [] };

const SELECTOR = 'h1, h2, [aria-current]:not([aria-current="false"]), [role="tab"][aria-selected="true"]';
const MAX_VIEWS = 40;
const MAX_VIEW_CHARS = 80;

export function pageStructure(root: Node): PageStructure {
  const query = (root as ParentNode).querySelectorAll;
  if (typeof query !== 'function') return NO_STRUCTURE;
  let found: ArrayLike<Element>;
  try {
    found = query.call(root, SELECTOR);
  } catch {
    return NO_STRUCTURE;
  }
  const views: string[] = [];
  for (let i = 0; i < found.length && views.length < MAX_VIEWS; i++) {
    const el = found[i]!;
    // Breadcrumbs mark the page itself as current: its name is usually the case reference, harmless.
    const text = (el.textContent ?? '').slice(0, MAX_VIEW_CHARS * 4).replace(/\s+/g, ' ').trim();
    if (text) views.push(text.slice(0, MAX_VIEW_CHARS));
  }
  return { views };
}
