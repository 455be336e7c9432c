import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { NO_FINDINGS, sameSummary, summarise } from '../../../lib/content/page-summary';
import { PageScanner } from '../../../lib/content/page-scanner';

describe('summarise: what the case-page script sends to the background', () => {
  it('names the offences and the case reference of a match', () => {
    const s = summarise(detect('URN 01AB2345678. SX03250 contrary to section 66B(2) of the Sexual Offences Act 2003.'));
    expect(s.verdict).toBe('match');
    expect(s.caseRef).toBe('01AB2345678');
    expect(s.offences[0]!.id).toBe('soa2003-s66b-2');
  });

  it('sends no case reference for a page about nothing relevant', () => {
    const r = detect('URN 01AB2345678. Theft from a shop, contrary to section 1 of the Theft Act 1968.');
    expect(r.verdict).toBe('none');
    expect(r.caseRefs.length).toBe(1);
    expect(summarise(r)).toEqual({ verdict: 'none', offences: [], caseRef: null, cases: [] });
    expect(sameSummary(summarise(r), summarise(detect('')))).toBe(true);
  });

  it('NO_FINDINGS (sent while the detector is not loaded) is what summarise gives a page without findings', () => {
    // The case-page script does not carry summarise (issue 19): before the detector is loaded it sends
    // NO_FINDINGS, which must be exactly the summary of the scanner's empty result.
    const scanner = new PageScanner(document, 'https://cases.example/list');
    expect(scanner.loadedDetector).toBeNull();
    expect(NO_FINDINGS).toEqual(summarise(scanner.current.result, scanner.current.cases));
    expect(NO_FINDINGS).toEqual(summarise(detect('')));
    expect(sameSummary(NO_FINDINGS, summarise(detect('Theft from a shop, contrary to section 1 of the Theft Act 1968.')))).toBe(true);
  });

  it('sends each case\'s stage and whether an order is on the page, and nothing else about it', async () => {
    const { readCases } = await import('../../../lib/stage/read');
    const text = 'URN 01AB2345678\nVoyeurism - recording a private act - SOA 2003\nOrder for deprivation of rights (other than vehicle)\nProperty: Samsung phone';
    const result = detect(text);
    const summary = summarise(result, readCases(text, result, 'https://x.example/'));
    expect(summary.cases).toEqual([{ stage: 'unknown', orderOnPage: true }]);
    expect(JSON.stringify(summary)).not.toContain('Samsung');
    expect(sameSummary(summary, { ...summary, cases: [{ stage: 'unknown', orderOnPage: false }] })).toBe(false);
    expect(sameSummary(summary, { ...summary })).toBe(true);
  });
});
