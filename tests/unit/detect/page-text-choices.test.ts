/**
 * pageText reports options offered but not chosen (a drop-down's other options, a datalist, a
 * listbox's unselected options) as `choices`: a results picker offering "Order for deprivation of
 * rights" has entered no order, and a blank plea drop-down offering "Guilty" is no plea. The chosen
 * option, and every other text, is not a choice.
 */
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { twoDoms } from './two-doms';
import { pageText, type PageText } from '../../../lib/detect/page-text';
import { withChoices } from '../../../lib/detect/regions';
import { detect } from '../../../lib/detect/detect';
import { withoutChoices } from '../../../lib/stage/read';

const HTML = `<!doctype html><html><body>
<p>CASE-TEXT</p>
<label>Result <select><option>OFFERED-A</option><option selected>CHOSEN-B</option><option>OFFERED-C</option></select></label>
<select><option selected>Choose a result</option><optgroup label="Ancillary"><option>OFFERED-IN-GROUP</option></optgroup></select>
<input list="results"><datalist id="results"><option>DATALIST-OPTION</option></datalist>
<ul role="listbox"><li role="option" aria-selected="false">LISTBOX-OFFERED</li><li role="option" aria-selected="true">LISTBOX-CHOSEN</li><li role="option">LISTBOX-PLAIN</li></ul>
<p>AFTER-TEXT</p>
</body></html>`;

const docs = () => twoDoms(HTML);

const CHOICES = ['OFFERED-A', 'OFFERED-C', 'OFFERED-IN-GROUP', 'DATALIST-OPTION', 'LISTBOX-OFFERED', 'LISTBOX-PLAIN'];
const NOT_CHOICES = ['CASE-TEXT', 'CHOSEN-B', 'LISTBOX-CHOSEN', 'AFTER-TEXT', 'Result'];

const inChoices = (p: PageText, word: string) => {
  const at = p.text.indexOf(word);
  expect(at, word).toBeGreaterThanOrEqual(0);
  return p.choices.some((r) => r.start <= at && at + word.length <= r.end);
};

describe.each(docs())('choices offered but not chosen (%s)', (_name, doc) => {
  it('reports the unchosen options and nothing else', () => {
    const p = pageText(doc.body);
    for (const w of CHOICES) expect(inChoices(p, w), w).toBe(true);
    for (const w of NOT_CHOICES) expect(inChoices(p, w), w).toBe(false);
    // Sorted and disjoint.
    for (let i = 1; i < p.choices.length; i++) expect(p.choices[i]!.start).toBeGreaterThanOrEqual(p.choices[i - 1]!.end);
  });

  it('a changed part inside an unchosen option is a choice whole; a chosen one is not', () => {
    const offered = [...doc.querySelectorAll('option')].find((o) => o.textContent === 'OFFERED-A')!;
    expect(pageText(offered).choices).toEqual([{ start: 0, end: 'OFFERED-A'.length }]);
    expect(pageText(offered.firstChild!).choices).toEqual([{ start: 0, end: 'OFFERED-A'.length }]);
    const chosen = [...doc.querySelectorAll('option')].find((o) => o.textContent === 'CHOSEN-B')!;
    expect(pageText(chosen).choices).toEqual([]);
    const listbox = doc.querySelector('[role=listbox]')!;
    const part = pageText(listbox);
    expect(inChoices(part, 'LISTBOX-OFFERED')).toBe(true);
    expect(inChoices(part, 'LISTBOX-CHOSEN')).toBe(false);
  });
});

describe('the chosen option follows the select, not only the attribute', () => {
  it('an option chosen by script (the selected property, as frameworks set it) is not a choice', () => {
    const hd = new Window();
    hd.document.write('<select><option>FIRST</option><option>SECOND</option></select>');
    const second = hd.document.querySelectorAll('option')[1]!;
    (second as unknown as { selected: boolean }).selected = true;
    const p = pageText(hd.document.body as unknown as Node);
    expect(inChoices(p, 'SECOND')).toBe(false);
    expect(inChoices(p, 'FIRST')).toBe(true);
  });
});

describe('withChoices: what detect() takes as not about the case', () => {
  it('joins chrome and choices, and passes either alone through', () => {
    const a = [{ start: 0, end: 5 }];
    const b = [{ start: 10, end: 12 }];
    expect(withChoices({ chrome: a, choices: [] })).toBe(a);
    expect(withChoices({ chrome: [], choices: b })).toBe(b);
    expect(withChoices({ chrome: a, choices: b })).toEqual([...a, ...b]);
  });
});

describe('detection: an offence offered in a picker is not a charge', () => {
  const TITLE = 'Share photograph or film of person in intimate state without consent';
  const page = (chosen: boolean) => {
    const { document } = parseHTML(
      `<!doctype html><html><body><h1>Add offences</h1><p>Case 01AB2345678: Theft from a shop</p>` +
        `<label>Offence <select><option${chosen ? '' : ' selected'}>Choose an offence</option><option>Theft from a shop</option>` +
        `<option${chosen ? ' selected' : ''}>${TITLE}</option></select></label></body></html>`,
    );
    const p = pageText(document.body as unknown as Node);
    return detect(p.text, { chrome: withChoices(p) });
  };
  it('an unchosen option gives at most a possible case; the chosen offence is a match', () => {
    expect(page(false).verdict).not.toBe('match');
    expect(page(true).verdict).toBe('match');
  });
});

describe('withoutChoices: the stage reader’s view of the page without the unchosen options', () => {
  it('maps every offset of the view back to the same character of the text', () => {
    const text = 'Plea \nSelect plea\nGuilty\nNot guilty\nEnd';
    const choices = [
      { start: text.indexOf('\nSelect'), end: text.indexOf('\nGuilty') },
      { start: text.indexOf('\nNot'), end: text.indexOf('\nEnd') },
    ];
    const { view, toText } = withoutChoices(text, choices);
    expect(view).toBe('Plea \n\nGuilty\n\nEnd');
    for (const word of ['Plea', 'Guilty', 'End']) expect(text.slice(toText(view.indexOf(word))).startsWith(word), word).toBe(true);
    expect(withoutChoices(text, []).view).toBe(text);
  });
});
