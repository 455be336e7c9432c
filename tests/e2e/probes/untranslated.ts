/**
 * Finds interface text that did not go through `t()`, on a page shown in the pseudo-locale (every
 * message wrapped in ⟦…⟧ with accented letters, lib/i18n/pseudo.ts). Self-contained (no imports, no
 * outer variables) so Playwright can run it in a page (`page.evaluate(findUntranslated, options)`) and
 * component tests can call it in happy-dom: one checker for both.
 *
 * A text node or accessible-name attribute passes when, with every ⟦…⟧ part removed, no letter is
 * left, apart from the short allow-list the caller gives (`allowed`: regex sources, e.g. month names
 * of the language's dates). Text inside an element whose `lang` is not the interface's passes only
 * if it is one of `legal` (the prompts' legal text and the offence catalogue's titles and citations,
 * which are legal content in their own language, not interface text). Text inside an element marked
 * `translate="no"` (the user's own words, such as a private note) is the user's data and passes.
 */
export interface UntranslatedOptions {
  /** The interface's `lang` (the pseudo-locale's tag). */
  uiLang: string;
  /** Regex sources (flag u) of what may stay untransformed: dates, case references. */
  allowed: string[];
  /** Legal content allowed, verbatim, inside elements marked with another `lang`. */
  legal: string[];
  /** CSS selectors of the roots to check (open shadow roots inside them are checked too); default body. */
  roots?: string[];
}

export interface Untranslated {
  kind: string;
  text: string;
  /** The nearest element, for the failure message. */
  where: string;
}

export function findUntranslated(options: UntranslatedOptions): Untranslated[] {
  const found: Untranslated[] = [];
  const allowed = options.allowed.map((s) => new RegExp(s, 'gu'));
  const legal = new Set(options.legal.map((s) => s.replace(/\s+/g, ' ').trim()));
  const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-placeholder', 'aria-roledescription'];
  const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

  const describe = (el: Element | null): string => {
    if (!el) return '?';
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${id}${cls}`;
  };
  const shown = (el: Element): boolean => {
    if (el.closest('[hidden]')) return false;
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    // Text hidden only visually (screen-reader text, clipped) is still read out, so it is checked.
    return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true;
  };
  const stripped = (text: string): string => {
    let rest = text;
    // Innermost first: a message may carry another message as its substitution.
    for (let before = ''; before !== rest; ) {
      before = rest;
      rest = rest.replace(/\u27E6[^\u27E6\u27E7]*\u27E7/gu, ' ');
    }
    for (const re of allowed) rest = rest.replace(re, ' ');
    return rest;
  };
  const untransformed = (text: string) => /\p{L}/u.test(stripped(text));
  const foreign = (el: Element | null): boolean => {
    const marked = el?.closest('[lang]');
    return Boolean(marked && marked.getAttribute('lang') !== options.uiLang);
  };
  const isLegal = (text: string) => legal.has(text.replace(/^[\s:;,.]+/, '').replace(/\s+/g, ' ').trim());

  const visit = (root: ParentNode) => {
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root as Node, 0x1 | 0x4); // elements and text
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 3) {
        const parent = node.parentElement;
        const text = node.nodeValue ?? '';
        if (!parent || !text.trim() || SKIP.has(parent.tagName) || parent.closest('script, style, template, noscript') || !shown(parent)) continue;
        if (parent.closest('[translate="no"]')) continue;
        if (foreign(parent)) {
          if (!isLegal(text) && untransformed(text)) found.push({ kind: 'foreign-lang text not from the legal content', text: text.trim(), where: describe(parent) });
        } else if (untransformed(text)) found.push({ kind: 'text', text: text.trim(), where: describe(parent) });
        continue;
      }
      const el = node as Element;
      if (SKIP.has(el.tagName)) continue;
      if (el.shadowRoot) visit(el.shadowRoot);
      if (!shown(el)) continue;
      for (const name of ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (value && value.trim() && untransformed(value) && !(foreign(el) && isLegal(value))) {
          found.push({ kind: name, text: value.trim(), where: describe(el) });
        }
      }
    }
  };

  const doc = document;
  const roots = options.roots?.length ? options.roots.flatMap((s) => [...doc.querySelectorAll(s)]) : [doc.body];
  for (const root of roots) {
    const el = root as Element;
    if (el.shadowRoot) visit(el.shadowRoot);
    visit(el);
  }
  return found;
}
