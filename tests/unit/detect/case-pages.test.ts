/**
 * Fictional case pages for each class of issue 17 (tests/fixtures/pages/cases), written from the
 * structures of the real Common Platform screens (../shared/systems/README.md): offence title blocks,
 * code and legislation rows, particulars, a defendant side panel, and site chrome. Read as the content
 * script reads them (pageText with the chrome marked), in two DOM implementations.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { pageText } from '../../../lib/detect/page-text';
import type { Verdict } from '../../../lib/core/vocabulary';
import type { DetectResult } from '../../../lib/detect/types';

const DIR = resolve(import.meta.dirname, '../../fixtures/pages/cases');

interface Expected {
  verdict: Verdict;
  first?: string;
  alsoIioc?: true;
  under18?: true;
}

const PAGES: Record<string, Expected> = {
  'chrome-campaign-burglary.html': { verdict: 'possible' },
  'chrome-campaign-s66b.html': { verdict: 'match', first: 'soa2003-s66b-2' },
  'mixed-voyeurism-iioc.html': { verdict: 'match', first: 'soa2003-s67-3', alsoIioc: true },
  'alt-charge-s127-video.html': { verdict: 'match', first: 'ca2003-s127' },
  'prose-admitted-voyeurism.html': { verdict: 'match', first: 'soa2003-s67-3' },
  'lookalike-stalking-photos.html': { verdict: 'none' },
  'lookalike-coercive-photos.html': { verdict: 'none' },
  'under18-peer-image.html': { verdict: 'match', first: 'pca1978-s1', under18: true },
};

function read(file: string, dom: 'linkedom' | 'happy-dom'): { text: string; r: DetectResult; main: [number, number] } {
  const html = readFileSync(join(DIR, file), 'utf8');
  let doc: Document;
  if (dom === 'linkedom') doc = parseHTML(html).document as unknown as Document;
  else {
    const w = new Window();
    w.document.write(html);
    doc = w.document as unknown as Document;
  }
  const { text, chrome } = pageText(doc.body);
  const mainText = pageText(doc.querySelector('main')!).text;
  const at = text.indexOf(mainText);
  return { text, r: detect(text, { chrome }), main: [at, at + mainText.length] };
}

describe.each(['linkedom', 'happy-dom'] as const)('fictional case pages (%s)', (dom) => {
  it.each(Object.entries(PAGES))('%s', (file, want) => {
    const { r, main } = read(file, dom);
    expect(r.verdict).toBe(want.verdict);
    if (want.first) expect(r.offences[0]!.id).toBe(want.first);
    expect(r.alsoIioc).toBe(want.alsoIioc);
    expect(r.under18).toBe(want.under18);
    // What the sidebar names and highlights first is the case's own offence, in the main content.
    if (r.verdict === 'match') {
      const ev = r.offences[0]!.evidence[0]!;
      expect(ev.start >= main[0] && ev.end <= main[1], `${file}: ${ev.text}`).toBe(true);
    }
  });

  it('without the chrome ranges the burglary page would open the reminder (the rule is what keeps it shut)', () => {
    const { text } = read('chrome-campaign-burglary.html', dom);
    expect(detect(text).verdict).toBe('match');
  });
});
