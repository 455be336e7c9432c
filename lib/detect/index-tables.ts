/** Lookup tables from the catalogue, built once: code -> offence, (Act, section) -> offences. */
import { ACTS } from '../offences/acts';
import { OFFENCES } from '../offences/catalogue';
import type { OffenceEntry } from '../offences/types';

/** legislation.gov.uk annotation markers ("F166B"): after which Acts, and which sections they can stand for. */
export interface Annotated {
  /** Acts flagged `annotated` in acts.ts. */
  acts: ReadonlySet<string>;
  sections: ReadonlySet<string>;
}

export interface Tables {
  byCode: Map<string, OffenceEntry>;
  /** Key "act|SECTION" (section upper case). */
  bySection: Map<string, OffenceEntry[]>;
  /** Acts whose name alone points at an offence (e.g. the Voyeurism (Offences) Act 2019). */
  byActOnly: Map<string, OffenceEntry>;
  annotated: Annotated;
  /** The offence image wording alone is evidence for (`imageWordingDefault` in the catalogue). */
  imageWordingDefault: OffenceEntry | undefined;
}

export function buildTables(): Tables {
  const byCode = new Map<string, OffenceEntry>();
  const bySection = new Map<string, OffenceEntry[]>();
  const byActOnly = new Map<string, OffenceEntry>();
  const annotatedSections = new Set<string>();
  for (const entry of OFFENCES) {
    for (const code of entry.cjsCodes) byCode.set(code, entry);
    for (const c of entry.citations) {
      if (c.section === undefined) {
        byActOnly.set(c.act, entry);
        continue;
      }
      const key = `${c.act}|${c.section.toUpperCase()}`;
      const list = bySection.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      bySection.set(key, list);
      if (c.act === entry.statute && entry.category === 'intimate-image') annotatedSections.add(c.section.toUpperCase());
    }
  }
  return {
    byCode,
    bySection,
    byActOnly,
    annotated: { acts: new Set(ACTS.filter((a) => a.annotated).map((a) => a.id)), sections: annotatedSections },
    imageWordingDefault: OFFENCES.find((e) => e.imageWordingDefault),
  };
}

/** The offences a reference means: the matching subsection(s), else the section's default entry. */
export function entriesFor(tables: Tables, act: string, section: string, subsections: string[]): OffenceEntry[] {
  const list = tables.bySection.get(`${act}|${section}`);
  if (!list) return [];
  const bySub = list.filter((e) => {
    const c = e.citations.find((x) => x.act === act && x.section?.toUpperCase() === section);
    return c?.subsection !== undefined && subsections.includes(c.subsection.toUpperCase());
  });
  if (bySub.length) return bySub;
  const fallback = list.find((e) => e.sectionDefault) ?? list[0];
  return fallback ? [fallback] : [];
}
