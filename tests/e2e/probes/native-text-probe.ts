/**
 * Bundled (IIFE) into a plain page by tests/e2e/native-text.spec.ts: compares, in real Chromium (real
 * HTML parser, real Range and textContent), the native text with the DOM walk's text, and checks the
 * prefilter against the detector, on random DOMs from a seeded generator. Test-only.
 */
import { detect } from '../../../lib/detect/detect';
import { HARD_BREAK, nativeText, pageText } from '../../../lib/detect/page-text';
import { mayMatch } from '../../../lib/detect/prefilter';

const TEXT = [
  'Sexual Offences Act 2003', 'SOA 2003', 's.66B(2)', 'section 67A', 'sections 65 to 67', 'Criminal Justice and Courts Act 2015',
  's 33', 'SX03250', 'intimate image', 'private sexual', 'photographs', 'upskirting', 'Theft Act 1968', 's.21', 'blackmail', 'video',
  'Contrary to', 'of the', 'URN 01AB2345678', 'Essex', 'nude', 'this Act', ' ', '\n', '  ', ',', '.', '\u00a0', '\u00ad', '66', 'B', 'Offence',
  'sharing an', 'intimate', 'photograph', 'or film', 'F166B', 'Voyeurism (Offences) Act 2019', 'x', 'ca', '\u200b',
];
const OPEN = [
  '<div>', '<p>', '<span>', '<b>', '<td>', '<li>', '<h2>', '<section>', '<label>', '<em>', '<a href="#">',
  '<script>', '<style>', '<noscript>', '<template>', '<svg><title>', '<span style="display:none">', '<div style="DISPLAY: none">',
  '<div role="tabpanel" style="display:none">', '<details><summary>', '<textarea>', '<select><option>', '<!--',
  '<object>', '<canvas>', '<svg><foreignObject><p>', '<svg><text>', '<title>', '<iframe>', '<table><tr><td>', '<math><mi>',
];
const CLOSE = ['</object>', '</canvas>', '</p></foreignObject></svg>', '</text></svg>', '</title>', '</iframe>', '</td></tr></table>', '</mi></math>', '</div>', '</p>', '</span>', '</b>', '</td>', '</li>', '</h2>', '</section>', '</label>', '</em>', '</a>', '</script>', '</style>',
  '</noscript>', '</template>', '</title></svg>', '</summary></details>', '</textarea>', '</option></select>', '-->', '<br>', '<hr>', '<![CDATA[x]]>'];

/** mulberry32: small, seeded, good enough for test data. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function html(r: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const parts: string[] = [];
  const n = 5 + Math.floor(r() * 60);
  for (let i = 0; i < n; i++) {
    const x = r();
    parts.push(x < 0.5 ? pick(TEXT) : x < 0.8 ? pick(OPEN) : pick(CLOSE));
  }
  return parts.join('');
}

/** pageText without its inserted "\n" separators (hard breaks kept): what nativeText must give. */
function expectedNative(root: Node): string {
  const { text, segments } = pageText(root);
  let out = '';
  let end = 0;
  for (const seg of segments) {
    const gap = text.slice(end, seg.start);
    if (gap === HARD_BREAK) out += gap;
    out += seg.node.data;
    end = seg.start + seg.node.data.length;
  }
  return out;
}

export interface ProbeReport {
  runs: number;
  compared: number;
  nonNone: number;
  ruledOut: number;
  mismatches: { html: string; native: string | null; expected: string }[];
  prefilterMisses: { html: string; verdict: string }[];
}

export function run(seed: number, runs: number): ProbeReport {
  const r = rng(seed);
  const report: ProbeReport = { runs, compared: 0, nonNone: 0, ruledOut: 0, mismatches: [], prefilterMisses: [] };
  const host = document.createElement('main');
  document.body.appendChild(host);
  for (let i = 0; i < runs; i++) {
    const source = html(r);
    host.innerHTML = source;
    const native = nativeText(host);
    const expected = expectedNative(host);
    if (native !== null) {
      report.compared++;
      if (native !== expected && report.mismatches.length < 5) report.mismatches.push({ html: source, native, expected });
    }
    const verdict = detect(pageText(host).text).verdict;
    const may = mayMatch(native ?? expected);
    if (verdict !== 'none') {
      report.nonNone++;
      if (!may && report.prefilterMisses.length < 5) report.prefilterMisses.push({ html: source, verdict });
    } else if (!may) report.ruledOut++;
  }
  host.remove();
  return report;
}
