import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ACTS } from '../../../lib/offences/acts';
import { OFFENCES } from '../../../lib/offences/catalogue';
import { EXAMPLES } from '../../../lib/offences/examples';
import { OFFENCE_NOTES } from '../../../lib/offences/notes';
import { actSchema, catalogueSchema, notesSchema } from '../../../lib/offences/schema';
import { detect } from '../../../lib/detect/detect';

const require = createRequire(import.meta.url);
const standing = require('@moj-bichard7-developers/bichard7-next-data').offenceCode as { cjsCode: string; offenceTitle: string }[];
const byCode = new Map(standing.map((o) => [o.cjsCode, o.offenceTitle]));
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

describe('offence catalogue data', () => {
  it('validates against the schema', () => {
    expect(() => catalogueSchema.parse(OFFENCES)).not.toThrow();
    for (const act of ACTS) expect(() => actSchema.parse(act)).not.toThrow();
  });

  it('has notes (sources, dates, citation forms) for exactly the catalogue entries', () => {
    expect(Object.keys(OFFENCE_NOTES).sort()).toEqual(OFFENCES.map((o) => o.id).sort());
    for (const [id, notes] of Object.entries(OFFENCE_NOTES)) expect(() => notesSchema.parse(notes), id).not.toThrow();
  });

  it('every documented citation form and charge wording that names its Act is recognised', () => {
    for (const o of OFFENCES) {
      const notes = OFFENCE_NOTES[o.id]!;
      for (const form of [...notes.citationForms, ...(notes.chargeWording ?? [])]) {
        if (!/act|\b[a-z&]{2,5} ?\d{4}\b|\b(?:soa|cjca|mca|pha)\b/i.test(form)) continue;
        // Alternative charges count only with intimate-image particulars.
        const text = o.category === 'alternative' ? `${form}: sent nude photos of her to her employer.` : form;
        expect(detect(text).offences.map((x) => x.id), `${o.id}: ${form}`).toContain(o.id);
      }
    }
  });

  it('has unique ids and codes, and every statute is a known Act', () => {
    const ids = OFFENCES.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const codes = OFFENCES.flatMap((o) => o.cjsCodes);
    expect(new Set(codes).size).toBe(codes.length);
    const actIds = new Set(ACTS.map((a) => a.id));
    for (const o of OFFENCES) {
      expect(actIds.has(o.statute), o.id).toBe(true);
      for (const c of o.citations) expect(actIds.has(c.act), `${o.id} cites ${c.act}`).toBe(true);
    }
  });

  it('covers the offences the brief requires', () => {
    const ids = new Set(OFFENCES.map((o) => o.id));
    for (const id of ['cjca2015-s33', 'soa2003-s66a', 'soa2003-s66b-1', 'soa2003-s66b-2', 'soa2003-s66b-3', 'soa2003-s66b-4', 'soa2003-s66e', 'soa2003-s66f-1', 'soa2003-s66f-2', 'soa2003-s67-1', 'soa2003-s67-2', 'soa2003-s67-3', 'soa2003-s67-4', 'soa2003-s67a-1', 'soa2003-s67a-2', 'soa2003-s67a-2a', 'soa2003-s67a-2b', 'mca1988-s1', 'ca2003-s127', 'pha1997-s2', 'pha1997-s2a', 'pha1997-s4', 'pha1997-s4a', 'sca2015-s76', 'ta1968-s21', 'pca1978-s1', 'cja1988-s160']) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('every CJS code exists in the MoJ standing data, and its first title is the official title', () => {
    for (const o of OFFENCES) {
      for (const code of o.cjsCodes) expect(byCode.has(code), `${o.id} ${code}`).toBe(true);
      const officialTitles = o.cjsCodes.map((c) => norm(byCode.get(c) ?? ''));
      // Titles taken from the standing data must match it exactly (statutory headings may be added after).
      const cjsTitles = o.titles.filter((t) => officialTitles.includes(norm(t)));
      expect(cjsTitles.length, `${o.id}: no title matches Bichard7`).toBeGreaterThan(0);
      expect(officialTitles, `${o.id}: first title`).toContain(norm(o.titles[0]!));
    }
  });

  it('has examples for every entry, in a module separate from the catalogue', () => {
    for (const o of OFFENCES) {
      expect(EXAMPLES[o.id]?.positive.length ?? 0, o.id).toBeGreaterThan(0);
      expect(EXAMPLES[o.id]?.negative.length ?? 0, o.id).toBeGreaterThan(0);
    }
    expect(Object.keys(EXAMPLES).sort()).toEqual(OFFENCES.map((o) => o.id).sort());
  });

  it('each section has one default entry when it has several', () => {
    const bySection = new Map<string, number>();
    for (const o of OFFENCES) if (o.sectionDefault) bySection.set(`${o.statute}|${o.section}`, (bySection.get(`${o.statute}|${o.section}`) ?? 0) + 1);
    for (const [key, n] of bySection) expect(n, key).toBe(1);
  });

  it('image wording alone points at one offence: the base sharing offence, the default of its section', () => {
    const flagged = OFFENCES.filter((o) => o.imageWordingDefault);
    expect(flagged.map((o) => o.id)).toEqual(['soa2003-s66b-1']);
    expect(flagged[0]!.sectionDefault).toBe(true);
  });

  it('annotation markers are read after the Acts legislation.gov.uk annotates, and only those', () => {
    expect(ACTS.filter((a) => a.annotated).map((a) => a.id)).toEqual(['soa2003', 'cjca2015']);
  });
});
