/**
 * The stage and result reader over pages built from the structures in ../shared/systems/README.md:
 * hearing lists with a "Hearing type" column, the hearing screens' tabs, resolved result lines, glued
 * Angular text, closed <details>, several defendants, and look-alikes (another case's order on the
 * same list, forfeiture under another Act, boilerplate about orders).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { pageText } from '../../../lib/detect/page-text';
import { withChoices } from '../../../lib/detect/regions';
import { isBoilerplate, readCases, resolveStage } from '../../../lib/stage/read';
import { RESULT_SIGNALS, STAGE_SIGNALS, VIEW_SIGNALS } from '../../../lib/stage/signals';
import { pageStructure } from '../../../lib/stage/structure';
import type { PageCase } from '../../../lib/stage/types';

const S2 = 'Share photograph or film of person in intimate state intending to cause alarm distress or humiliation';
const S1 = 'Share photograph or film of person in intimate state without consent';
const VOY = 'Voyeurism - recording a private act - SOA 2003';
const FLY = 'Deposit without an environmental permit controlled / extractive waste in / on land';

function read(html: string): PageCase[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const page = pageText(document.body);
  const { text, choices } = page;
  return readCases(text, detect(text, { chrome: withChoices(page) }), 'https://cases.example.gov.uk/hearing/1', pageStructure(document.body), choices);
}
const brief = (cases: PageCase[]) => cases.map((c) => [c.ref, c.stage, c.orders.deprivation]);

/** A magistrates' hearing list row in the real column order: number, time, URN, prosecutor, defendant and offences, hearing type. */
const row = (n: number, urn: string, offence: string, type: string, extra = '') =>
  `<tr><td>${n}</td><td>10:00</td><td><div>${urn}</div></td><td><div>CPS</div></td><td><div>A DEFENDANT</div><div>${offence}</div>${extra}</td><td><div>${type}</div></td></tr>`;
const list = (rows: string) => `<h1>Hearing list</h1><table><tbody>${rows}</tbody></table>`;

/** Enter results: tabs, the heading, "Result for case" glued to the URN, result lines per defendant. */
const TABS = (current: string) =>
  `<nav aria-label="Hearing"><ul>${['Manage hearing', 'Enter pleas', 'Enter verdicts', 'Enter results']
    .map((t) => `<li><a href="#"${t === current ? ' aria-current="page"' : ''}>${t}</a></li>`)
    .join('')}</ul></nav>`;
const enterResults = (urn: string, defendants: string) =>
  `${TABS('Enter results')}<div><p><span>Result for case</span><span>${urn}</span></p><h1>Enter results</h1></div>${defendants}`;
const defendant = (offence: string, lines: string[]) =>
  `<section><h2>Defendant</h2><h3>${offence}</h3><textarea></textarea><ul>${lines.map((l) => `<li><h4><b>${l}</b></h4></li>`).join('')}</ul></section>`;
const DEPO_LINE = 'Order for deprivation of rights (other than vehicle)';

describe('stage from hearing lists (the Hearing type column)', () => {
  it('gives each case the hearing type of its own row', () => {
    const cases = read(
      list(
        row(1, '01AB2345678', S2, 'First hearing') +
          row(2, '02CD3456789', 'Theft from a shop', 'Sentence') +
          row(3, '03EF4567890', S1, 'Sentence') +
          row(4, '04GH5678901', VOY, 'Trial') +
          row(5, '05JK6789012', S2, 'Plea and trial preparation'),
      ),
    );
    expect(brief(cases)).toEqual([
      ['01AB2345678', 'first-hearing', false],
      ['03EF4567890', 'sentence', false],
      ['04GH5678901', 'trial', false],
      ['05JK6789012', 'first-hearing', false],
    ]);
  });

  it('reads pleas and verdicts as printed once entered, glued to their labels or not', () => {
    const one = (html: string) => read(`<p>URN 01AB2345678</p><h3>${S2}</h3>${html}`)[0]!.stage;
    expect(one('<dl><dt>Plea</dt><dd>Guilty</dd></dl>')).toBe('plea-guilty');
    expect(one('<span>Plea</span><span>Guilty</span>')).toBe('plea-guilty');
    expect(one('<dl><dt>Plea</dt><dd>Not guilty</dd></dl>')).toBe('plea-not-guilty');
    expect(one('<span>Plea</span><span>Not guilty</span>')).toBe('plea-not-guilty');
    expect(one('<p>Indicated a not guilty plea. Adjourned for trial.</p>')).toBe('plea-not-guilty');
    expect(one('<dl><dt>Verdict</dt><dd>Guilty</dd></dl>')).toBe('convicted');
    expect(one('<dl><dt>Verdict</dt><dd>Not guilty</dd></dl>')).toBe('ended');
    expect(one('<p>Adjourned for pre-sentence report.</p>')).toBe('sentence');
    expect(one('<p>Case discontinued by the prosecution.</p>')).toBe('ended');
    expect(one('<p>Offence withdrawn.</p>')).toBe('ended');
    expect(one('<p>Pre-charge advice: Full Code Test met.</p>')).toBe('pre-charge');
    expect(one('<p>Defendant in custody.</p>')).toBe('unknown');
  });

  it('does not end a case for a withdrawn application or legal aid, or one offence withdrawn beside a conviction', () => {
    const one = (html: string) => read(`<p>URN 01AB2345678</p><h3>${S2}</h3>${html}`)[0]!.stage;
    expect(one('<p>Legal aid withdrawn. First hearing.</p>')).toBe('first-hearing');
    expect(one('<p>Bail application withdrawn.</p>')).toBe('unknown');
    expect(one('<p>Offence 2 withdrawn.</p><dl><dt>Plea</dt><dd>Guilty</dd></dl>')).toBe('plea-guilty');
  });

  it('does not end a case for a dismissed appeal, application or failed submission; ends it when the case itself goes', () => {
    const one = (html: string) => read(`<p>URN 01AB2345678</p><h3>${S2}</h3>${html}`)[0]!.stage;
    expect(one('<p>Appeal against conviction dismissed. Listed for sentence.</p>')).toBe('sentence');
    expect(one('<p>Appeal against sentence was dismissed.</p>')).toBe('unknown');
    expect(one('<p>Application to adjourn dismissed. Trial continues.</p>')).toBe('unknown');
    expect(one('<p>Defence application dismissed.</p>')).toBe('unknown');
    expect(one('<p>Submission of no case to answer rejected. Trial continues.</p>')).toBe('unknown');
    // The case itself ends.
    expect(one('<p>Charge dismissed.</p>')).toBe('ended');
    expect(one('<p>Case dismissed.</p>')).toBe('ended');
    expect(one('<p>Submission of no case to answer upheld.</p>')).toBe('ended');
    expect(one('<p>Appeal against conviction allowed; conviction quashed.</p>')).toBe('ended');
  });
});

describe('stage from the screen: the current tab and the heading, not the tab labels', () => {
  it('reads the current tab', () => {
    const page = (tab: string) => read(`${TABS(tab)}<p>URN 01AB2345678</p><h3>${S2}</h3>`)[0]!.stage;
    expect(page('Enter results')).toBe('results-entry');
    expect(page('Enter verdicts')).toBe('trial');
    expect(page('Enter pleas')).toBe('first-hearing');
    expect(page('Manage hearing')).toBe('unknown');
  });

  it('reads shared results by their heading', () => {
    expect(read(`<h1>Hearing results</h1><p>URN 01AB2345678</p><h3>${S2}</h3>`)[0]!.stage).toBe('results-shared');
  });

  it('every view signal and stage signal has an example its own pattern matches', () => {
    for (const v of VIEW_SIGNALS) expect(new RegExp(v.source, 'i').test(v.example), v.example).toBe(true);
    for (const s of STAGE_SIGNALS) expect(new RegExp(s.source, 'i').test(s.example.replace(/ \(a Hearing type cell\)$/, '')), s.example).toBe(true);
    for (const r of RESULT_SIGNALS) expect(new RegExp(r.source, 'i').test(r.example), r.example).toBe(true);
    // Joined into one expression, so no capturing groups.
    for (const s of [...STAGE_SIGNALS, ...RESULT_SIGNALS]) expect(new RegExp(`${s.source}|`).exec('')!.length, s.source).toBe(1);
  });
});

describe('results already on the page', () => {
  it('finds the resolved deprivation result on Enter results, with its case glued to "Result for case"', () => {
    const cases = read(enterResults('05PL9930226', defendant(VOY, [DEPO_LINE, 'Community order'])));
    expect(brief(cases)).toEqual([['05PL9930226', 'results-entry', true]]);
  });

  it('knows the result by its code DEPO, by CJS result 3055 and by the older s.143 PCC(S)A 2000 wording', () => {
    const one = (line: string) => read(`<p>URN 01AB2345678</p><h3>${S2}</h3><table><tr><td>${line}</td></tr></table>`)[0]!.orders.deprivation;
    expect(one('DEPO')).toBe(true);
    expect(one('Result code: 3055')).toBe(true);
    expect(one('Deprivation of property, s.143 Powers of Criminal Courts (Sentencing) Act 2000: mobile phone')).toBe(true);
    expect(one('Deprivation order made: Apple iPhone 12')).toBe(true);
    expect(one('Depot: Brackenford')).toBe(false);
    expect(one('£3055 costs')).toBe(false);
  });

  it('does not take a forfeiture under another Act for a deprivation order', () => {
    const cases = read(
      `<p>URN 01AB2345678</p><h3>${VOY}</h3><ul><li>Forfeiture and destruction of camera (Protection from Harassment Act 1997)</li><li>Forfeiture of indecent images, Protection of Children Act 1978</li></ul>`,
    );
    expect(cases[0]!.orders.deprivation).toBe(false);
  });

  it('does not take boilerplate about orders for an order', () => {
    const cases = read(
      enterResults(
        '01AB2345678',
        `<p>Ancillary orders, for example a deprivation order, can be added as further result lines.</p>` +
          `<p>The court may make an Order for deprivation of rights (other than vehicle) where property was used for the offence.</p>` +
          `<p>Consider a restraining order and a sexual harm prevention order.</p>` +
          `<p>The prosecution applies for a deprivation order.</p><p>No deprivation order was made.</p>` +
          defendant(S2, ['Community order']),
      ),
    );
    expect(cases[0]!.orders).toEqual({ deprivation: false, restraining: false, shpo: false, compensation: false });
    expect(isBoilerplate('A deprivation order was not made.', 2, 19)).toBe(true);
  });

  it('does not take a result offered in a picker for a result entered (drop-down, typeahead list, datalist)', () => {
    const picker =
      `<label>Add result <select><option selected>Choose a result</option><option>${DEPO_LINE}</option><option>Restraining order</option>` +
      `<option>Sexual harm prevention order</option><option>Compensation order</option></select></label>` +
      `<input aria-controls="suggest"><ul id="suggest" role="listbox"><li role="option">DEPO - ${DEPO_LINE}</li><li role="option">3055</li></ul>` +
      `<input list="codes"><datalist id="codes"><option>DEPO</option><option>${DEPO_LINE}</option></datalist>`;
    const cases = read(enterResults('01AB2345678', picker + defendant(S2, ['Community order'])));
    expect(brief(cases)).toEqual([['01AB2345678', 'results-entry', false]]);
    expect(cases[0]!.orders).toEqual({ deprivation: false, restraining: false, shpo: false, compensation: false });
    // Chosen in the picker (the selected option, or the typeahead's selected suggestion), it is on the page.
    const chosen = read(enterResults('01AB2345678', `<select><option>Choose a result</option><option selected>${DEPO_LINE}</option></select>` + defendant(S2, [])));
    expect(chosen[0]!.orders.deprivation).toBe(true);
    const suggested = read(enterResults('01AB2345678', `<ul role="listbox"><li role="option" aria-selected="true">${DEPO_LINE}</li></ul>` + defendant(S2, [])));
    expect(suggested[0]!.orders.deprivation).toBe(true);
  });

  it('does not take a blank plea or verdict drop-down for a plea or verdict', () => {
    const one = (html: string) => read(`<p>URN 01AB2345678</p><h3>${S2}</h3>${html}`)[0]!.stage;
    const plea = (chosen: string) =>
      `<label>Plea <select>${['Select plea', 'Guilty', 'Not guilty'].map((o) => `<option${o === chosen ? ' selected' : ''}>${o}</option>`).join('')}</select></label>`;
    expect(one(plea('Select plea'))).toBe('unknown');
    expect(one(plea('Guilty'))).toBe('plea-guilty');
    expect(one(plea('Not guilty'))).toBe('plea-not-guilty');
    const verdict = `<label>Verdict <select><option selected>Select verdict</option><option>Guilty</option><option>Not guilty</option></select></label>`;
    expect(one(verdict)).toBe('unknown');
  });

  it('reads the companion orders, and not a breach of one', () => {
    const cases = read(
      `<p>URN 01AB2345678</p><h3>${S2}</h3><ul><li>Restraining order until further order: not to contact MN</li><li>Sexual harm prevention order, 5 years</li><li>Compensation £250 to MN</li></ul>`,
    );
    expect(cases[0]!.orders).toEqual({ deprivation: false, restraining: true, shpo: true, compensation: true });
    const breach = read(`<p>URN 01AB2345678</p><h3>${S2}</h3><p>Also charged: breach of a restraining order.</p>`);
    expect(breach[0]!.orders.restraining).toBe(false);
  });

  it('gives an order on another case of the same list to that case only (a fly-tipper’s trailer)', () => {
    const cases = read(
      list(
        row(1, '01AB2345678', S2, 'Sentence', '<div>Adjourned for pre-sentence report</div>') +
          row(2, '02CD3456789', FLY, 'Sentence', `<div>Fine £660. ${DEPO_LINE}: box trailer</div>`) +
          row(3, '03EF4567890', S1, 'Sentence', `<div>Community order. ${DEPO_LINE}: Samsung phone</div>`),
      ),
    );
    expect(brief(cases)).toEqual([
      ['01AB2345678', 'sentence', false],
      ['03EF4567890', 'sentence', true],
    ]);
  });
});

describe('case references as real systems print them', () => {
  it('resolves a reference glued to its label, and one inside closed <details>', () => {
    const glued = read(`<p><span>Result for case</span><span>05PL9930226</span></p><h3>${S2}</h3>`);
    expect(glued.map((c) => c.ref)).toEqual(['05PL9930226']);
    const folded = read(
      `<table><tr><td><details><summary>2 Offences</summary><p>01AB2345678</p><p>${S2}</p><p>Plea: Guilty</p></details></td></tr>` +
        `<tr><td><details><summary>1 Offence</summary><p>02CD3456789</p><p>${S1}</p><p>Plea: Not guilty</p></details></td></tr></table>`,
    );
    expect(brief(folded)).toEqual([
      ['01AB2345678', 'plea-guilty', false],
      ['02CD3456789', 'plea-not-guilty', false],
    ]);
  });

  it('does not read a reference inside a capitalised code or serial number', () => {
    const text = `Serial SN12AB3456789\n${S2}`;
    expect(detect(text).caseRefs).toEqual([]);
  });

  it('keeps several defendants on one case as one case, and says how many of them have the order', () => {
    const cases = read(
      enterResults('01AB2345678', defendant(VOY, [DEPO_LINE, 'Community order']) + defendant(VOY, ['Conditional discharge'])),
    );
    expect(brief(cases)).toEqual([['01AB2345678', 'results-entry', true]]);
    expect(cases[0]!.defendants).toEqual({ count: 2, withOrder: 1 });
    const both = read(enterResults('01AB2345678', defendant(VOY, [DEPO_LINE]) + defendant(VOY, [DEPO_LINE])));
    expect(both[0]!.defendants).toEqual({ count: 2, withOrder: 2 });
    // A co-defendant charged only with something else does not count; numbered and glued labels do.
    const other = read(
      enterResults(
        '01AB2345678',
        `<section><h2><span>Defendant 1:</span><span>A NAME</span></h2><h3>${VOY}</h3><p>${DEPO_LINE}</p></section>` +
          `<section><h2><span>Defendant 2:</span><span>B NAME</span></h2><h3>Theft from a shop</h3><p>Fine</p></section>`,
      ),
    );
    expect(other[0]!.defendants).toBeUndefined();
    expect(other[0]!.orders.deprivation).toBe(true);
    // One defendant: nothing to count.
    expect(read(enterResults('01AB2345678', defendant(VOY, [DEPO_LINE])))[0]!.defendants).toBeUndefined();
  });
});

describe('resolveStage', () => {
  it('takes the furthest stage, ended only without a conviction, unknown when nothing is shown', () => {
    expect(resolveStage([])).toBe('unknown');
    expect(resolveStage(['first-hearing', 'sentence', 'plea-guilty'])).toBe('sentence');
    expect(resolveStage(['trial', 'ended'])).toBe('ended');
    expect(resolveStage(['convicted', 'ended'])).toBe('convicted');
    expect(resolveStage(['results-entry', 'ended'])).toBe('ended');
  });
});

describe('speed', () => {
  it('reads 1 MB of signal-dense text in linear time', () => {
    const unit = `01AB2345678\nPlea: Not guilty\n${S2}\nOrder for deprivation of rights (other than vehicle)\nThe court may consider a restraining order\n`;
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const result = detect(text);
    const started = performance.now();
    const cases = readCases(text, result, 'https://x.example/');
    expect(cases.length).toBe(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
