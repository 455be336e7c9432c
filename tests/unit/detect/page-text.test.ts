import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { nodeOffset, pageText, rangeForOffsets } from '../../../lib/detect/page-text';

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
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(text.split('\n')).toHaveLength(20_000);
  });
});
