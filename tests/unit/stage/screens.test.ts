/**
 * Whole screens as the real case systems render them (../shared/systems/README.md), written for this
 * test and not taken from the training pages: Angular's glued text and comment anchors, labels glued to
 * values, offences folded in closed <details>, result lines resolved on Enter results, shared results,
 * a prosecutor's case check, and two look-alikes (a public list's anonymity boilerplate; a fly-tipper's
 * trailer under a deprivation order). Each checks the verdict, the case, its stage and the order.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { pageText } from '../../../lib/detect/page-text';
import { withChoices } from '../../../lib/detect/regions';
import { readCases } from '../../../lib/stage/read';
import { pageStructure } from '../../../lib/stage/structure';

/** An Angular element: a scoped attribute and an empty comment anchor, no whitespace kept. */
const ng = (tag: string, inner: string, attrs = '') => `<${tag} _ngcontent-c4=""${attrs}><!---->${inner}</${tag}>`;
const row = (cells: string[]) => `<tr>${cells.map((c) => ng('td', c)).join('')}</tr>`;

function judge(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body><main>${html}</main></body></html>`);
  const body = document.body as unknown as Node;
  const p = pageText(body);
  const r = detect(p.text, { chrome: withChoices(p) });
  const cases = r.verdict === 'none' ? [] : readCases(p.text, r, 'https://cases.example.gov.uk/x', pageStructure(body), p.choices);
  return { verdict: r.verdict, cases: cases.map((c) => [c.ref, c.offences.map((o) => o.id), c.stage, c.orders.deprivation]) };
}

const S33 = 'Disclose private sexual photographs and films with intent to cause distress';
const S66B4 = 'Threaten to share photograph or film of person in intimate state';
const VOY = 'Voyeurism - recording a private act - SOA 2003';
const DEPO = 'Order for deprivation of rights (other than vehicle)';

describe('screens of the real systems, end to end (detector and stage reader)', () => {
  it('magistrates’ hearing list: each row’s own hearing type', () => {
    const html =
      ng('h1', 'Hearing list') +
      `<table><tbody>${row(['1', '10:00', '42AB1234526', 'CPS', 'A DEFENDANT', S33, 'First hearing'])}${row(['2', '10:00', '42AB7654326', 'CPS', 'B DEFENDANT', 'Theft from a shop', 'Sentence'])}</tbody></table>`;
    expect(judge(html)).toEqual({ verdict: 'match', cases: [['42AB1234526', ['cjca2015-s33'], 'first-hearing', false]] });
  });

  it('Crown defendant panel: the hearing type label glued to its value', () => {
    const html =
      ng('h2', 'Defendant details') +
      ng('div', ng('span', 'Case') + ng('span', 'T20267001')) +
      ng('ul', ng('li', VOY)) +
      ng('div', ng('span', 'Hearing type') + ng('span', 'Sentence'));
    expect(judge(html)).toEqual({ verdict: 'match', cases: [['T20267001', ['soa2003-s67-3'], 'sentence', false]] });
    const trial = ng('div', ng('span', 'Case') + ng('span', 'T20267001')) + ng('ul', ng('li', VOY)) + ng('div', ng('span', 'Hearing type') + ng('span', 'Trial'));
    expect(judge(trial).cases[0]![2]).toBe('trial');
    // "Trial date" beside a first hearing is not a trial.
    const first = ng('div', ng('span', 'Case') + ng('span', 'T20267001')) + ng('ul', ng('li', VOY)) + ng('p', 'First hearing') + ng('p', 'Hearing: trial date to be fixed');
    expect(judge(first).cases[0]![2]).toBe('first-hearing');
  });

  it('Enter results with the order resolved, every label glued to its value', () => {
    const html =
      '<nav><ul><li><a>Manage hearing</a></li><li><a aria-current="page">Enter results</a></li></ul></nav>' +
      ng('p', ng('span', 'Result for case') + ng('span', '05PL9930226')) +
      ng('h1', 'Enter results') +
      ng('h3', S66B4) +
      ng('div', ng('b', DEPO) + ng('span', 'Property') + ng('span', 'Apple iPhone 13') + ng('span', 'Reasons') + ng('span', 'used to send the threats'));
    expect(judge(html)).toEqual({ verdict: 'match', cases: [['05PL9930226', ['soa2003-s66b-4'], 'results-entry', true]] });
  });

  it('shared results without a deprivation order: results shared, no order', () => {
    const html = ng('h1', 'Hearing results') + ng('p', 'URN 05PL9930311') + ng('h3', S66B4) + ng('ul', ng('li', 'Restraining order') + ng('li', 'Community order'));
    expect(judge(html)).toEqual({ verdict: 'match', cases: [['05PL9930311', ['soa2003-s66b-4'], 'results-shared', false]] });
  });

  it('prosecutor’s case check: the CJS code and legislation line', () => {
    const html =
      ng('h1', 'Check case details') +
      ng('dl', ng('dt', 'URN') + ng('dd', '01XY1234526') + ng('dt', 'Offence code') + ng('dd', 'SX03249') + ng('dt', 'Legislation') + ng('dd', 'Contrary to section 66B(1) and (10) of the Sexual Offences Act 2003.'));
    expect(judge(html)).toEqual({ verdict: 'match', cases: [['01XY1234526', ['soa2003-s66b-1'], 'unknown', false]] });
  });

  it('listing: the offence folded in a closed "3 Offences" details', () => {
    const html = `<h1>Unallocated hearings</h1><table><tr><td>09QQ1111126</td><td><details><summary>3 Offences</summary><ul><li>Assault by beating</li><li>Share photograph or film of person in intimate state without consent</li><li>Criminal damage</li></ul></details></td><td>Trial</td></tr></table>`;
    expect(judge(html)).toEqual({ verdict: 'match', cases: [['09QQ1111126', ['soa2003-s66b-1'], 'trial', false]] });
  });

  it('look-alikes: a public list’s anonymity boilerplate, and a fly-tipper’s trailer under a deprivation order', () => {
    const list =
      '<h1>Magistrates public list</h1><p>Reporting restrictions: the identity of victims of sexual offences must not be published (Sexual Offences (Amendment) Act 1992).</p>' +
      '<table><tr><td>10:00</td><td>A SMITH</td><td>Theft from a shop</td></tr><tr><td>10:30</td><td>C BROWN</td><td>Drive a motor vehicle with excess alcohol</td></tr></table>';
    expect(judge(list)).toEqual({ verdict: 'none', cases: [] });
    const fly =
      ng('h1', 'Enter results') +
      ng('p', ng('span', 'Result for case') + ng('span', '05PL9931111')) +
      ng('h3', 'Deposit without an environmental permit controlled / extractive waste in / on land') +
      ng('b', DEPO) +
      ng('span', 'box trailer');
    expect(judge(fly)).toEqual({ verdict: 'none', cases: [] });
  });
});
