import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { nodeOffset, pageText, rangeForOffsets, type PageText } from '../../../lib/detect/page-text';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerPages } from '../../bench/register-page';
import { listTrainingFiles, readTraining } from '../training/training-files';
import { TIME_FACTOR } from '../time-factor';
import { referencePageText } from './page-text-reference';

const HTML = `<!doctype html><html><head><title>T</title><style>.x{}</style></head><body>
<table><tr><td>Offence</td><td>Theft</td></tr></table>
<p>Contrary to <b>section</b> 66B(2) of the <span>Sexual</span> Offences Act 2003</p>
<div role="tabpanel" hidden>Hidden tab: CJ15013</div>
<div role="tabpanel" style="display:none">Tab two SX03249</div>
<div style="display: none">secret SX03250</div>
<details><summary>More</summary>Collapsed SX03252</details>
<div aria-hidden="true">Collapsed aria SX03248</div>
<script>var s = "SX03131";</script><noscript>SX03132</noscript><template>SX03233</template>
<svg><text>SX03234</text></svg>
</body></html>`;

function docs(): [string, Document][] {
  const hd = new Window();
  hd.document.write(HTML);
  const ld = parseHTML(HTML).document as unknown as Document;
  return [
    ['happy-dom', hd.document as unknown as Document],
    ['linkedom', ld],
  ];
}

describe.each(docs())('pageText (%s)', (_name, doc) => {
  const { text, segments } = pageText(doc.documentElement);

  it('separates blocks with newlines and does not add spaces at inline boundaries', () => {
    expect(text).toContain('Offence\nTheft');
    expect(text).not.toContain('OffenceTheft');
    expect(text).toContain('Contrary to section 66B(2) of the Sexual Offences Act 2003');
  });

  it('includes content the user can open and excludes code and hidden-by-style content', () => {
    for (const s of ['CJ15013', 'SX03249', 'SX03252', 'SX03248']) expect(text).toContain(s);
    for (const s of ['SX03250', 'SX03131', 'SX03132', 'SX03233', 'SX03234', '.x{}']) expect(text).not.toContain(s);
  });

  it('maps offsets back to Text nodes, and to a DOM Range where the DOM has one', () => {
    const r = detect(text);
    const ev = r.offences.find((o) => o.id === 'soa2003-s66b-2')!.evidence[0]!;
    const [startNode, startOffset] = nodeOffset(segments, ev.start, false)!;
    const [endNode, endOffset] = nodeOffset(segments, ev.end, true)!;
    expect(startNode.data.slice(startOffset)).toBe('section');
    expect(endNode.data.slice(0, endOffset)).toMatch(/Offences Act 2003$/);
    const at = text.indexOf('CJ15013');
    const [node, off] = nodeOffset(segments, at, false)!;
    expect(node.data.slice(off, off + 7)).toBe('CJ15013');
    expect(rangeForOffsets(segments, 5, 5, doc)).toBeNull();
    if (_name === 'happy-dom') {
      const range = rangeForOffsets(segments, ev.start, ev.end, doc)!;
      expect(range.toString()).toBe(ev.text);
    }
  });
});

describe('pageText on deep and wide DOMs', () => {
  it('handles 10,000 levels of nesting without overflowing the stack', () => {
    const { document } = parseHTML('<html><body></body></html>');
    let el: Element = document.body;
    for (let i = 0; i < 10_000; i++) {
      const child = document.createElement(i % 2 ? 'div' : 'span');
      el.appendChild(child);
      el = child;
    }
    el.appendChild(document.createTextNode('deep SX03250'));
    expect(pageText(document.body as unknown as Node).text.trim()).toBe('deep SX03250');
  });

  it('is linear on a wide DOM', () => {
    const { document } = parseHTML('<html><body></body></html>');
    for (let i = 0; i < 20_000; i++) {
      const p = document.createElement('p');
      p.textContent = `row ${i}`;
      document.body.appendChild(p);
    }
    const t0 = performance.now();
    const { text } = pageText(document.body as unknown as Node);
    expect(performance.now() - t0).toBeLessThan(2000 * TIME_FACTOR);
    expect(text.split('\n')).toHaveLength(20_000);
  });
});

/** Same text, and segments pointing at the same Text nodes at the same offsets. */
function expectSameAsReference(root: Node) {
  const fast: PageText = pageText(root);
  const ref: PageText = referencePageText(root);
  expect(fast.text).toBe(ref.text);
  expect(fast.segments.length).toBe(ref.segments.length);
  for (let i = 0; i < ref.segments.length; i++) {
    if (fast.segments[i]!.node !== ref.segments[i]!.node || fast.segments[i]!.start !== ref.segments[i]!.start) {
      expect.fail(`segment ${i} differs: ${fast.segments[i]!.start} vs ${ref.segments[i]!.start}`);
    }
  }
  return fast;
}

function bothDoms(html: string): [string, Document][] {
  const hd = new Window();
  hd.document.write(html);
  return [
    ['happy-dom', hd.document as unknown as Document],
    ['linkedom', parseHTML(html).document as unknown as Document],
  ];
}

const fixtureDir = join(process.cwd(), 'tests/fixtures/pages/hostile');
function fixturePages(): [string, string][] {
  try {
    return readdirSync(fixtureDir)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => [`fixture ${f}`, readFileSync(join(fixtureDir, f), 'utf8')]);
  } catch {
    return [];
  }
}

describe('pageText gives exactly what the first (reference) implementation gave', () => {
  const pages: [string, string][] = [
    ['sample', HTML],
    ...listTrainingFiles('.html').map((f): [string, string] => [`training ${f}`, readTraining(f)]),
    ...fixturePages(),
  ];
  it.each(pages)('%s (body, documentElement and document, in happy-dom and linkedom)', (_name, html) => {
    for (const [, doc] of bothDoms(html)) {
      expectSameAsReference(doc.body);
      expectSameAsReference(doc.documentElement);
      expectSameAsReference(doc);
    }
  });

  it('on subtrees whose root is a block, inline, hidden or skipped element, a text node or a comment', () => {
    const html = `<body><div id="a">x<p>y</p></div><span id="b">z<td>w</td></span>
      <div id="c" style="display:none">hidden<p>p</p></div><script id="d">s</script><p id="e"></p></body>`;
    for (const [, doc] of bothDoms(html)) {
      for (const id of ['a', 'b', 'c', 'd', 'e']) expectSameAsReference(doc.getElementById(id)!);
      expectSameAsReference(doc.getElementById('a')!.firstChild!);
      expectSameAsReference(doc.createComment('c'));
      const frag = doc.createDocumentFragment();
      frag.appendChild(doc.createElement('p')).appendChild(doc.createTextNode('one'));
      frag.appendChild(doc.createTextNode('two'));
      expectSameAsReference(frag);
    }
  });

  it('on a generated 1 MB court register, and on random nesting of blocks, inlines, skipped and empty elements', () => {
    const { nonMatching, matching } = registerPages(1_000_000);
    const big = parseHTML(matching).document as unknown as Document;
    expect(expectSameAsReference(big.body).text.length).toBeGreaterThan(500_000);
    expectSameAsReference(parseHTML(nonMatching).document.body as unknown as Node);

    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const tags = ['div', 'span', 'p', 'b', 'td', 'br', 'script', 'template', 'li', 'em', 'section'];
    for (let round = 0; round < 30; round++) {
      const { document } = parseHTML('<html><body></body></html>');
      const open: Element[] = [document.body];
      for (let i = 0; i < 300; i++) {
        const parent = open[rand(open.length)]!;
        const r = rand(10);
        if (r < 4) parent.appendChild(document.createTextNode(rand(5) ? `t${i} ` : ''));
        else if (r < 5) parent.appendChild(document.createComment('c'));
        else {
          const el = document.createElement(tags[rand(tags.length)]!);
          if (rand(8) === 0) el.setAttribute('style', 'color: red; display : none');
          if (rand(16) === 0) el.setAttribute('role', 'tabpanel');
          parent.appendChild(el);
          open.push(el);
        }
      }
      expectSameAsReference(document.body as unknown as Node);
      expectSameAsReference(document as unknown as Node);
    }
  });
});
