import { OFFENCES } from '../../../lib/offences/catalogue';
import { PROMPT_DEFINITIONS, SOURCES, type LocalisedCopy } from '../../../lib/prompts';

/**
 * The legal content a page may show in its own language whatever the interface language (the
 * pseudo-locale test allows it only inside an element marked with that `lang`): every prompt's wording
 * for every role, the sources' labels, and the offence catalogue's titles and citations. A Welsh
 * version of this needs sourced terms (README, Language), so it is not interface text.
 */
export function legalTexts(): string[] {
  const out = new Set<string>();
  const add = (copy: LocalisedCopy) => {
    for (const c of Object.values(copy)) {
      out.add(c.summary);
      if (c.say) out.add(c.say);
      for (const line of c.detail) out.add(line.text);
      for (const note of c.uncertain ?? []) out.add(note);
    }
  };
  for (const def of PROMPT_DEFINITIONS) {
    add(def.text);
    for (const copy of Object.values(def.roleText ?? {})) if (copy) add(copy);
  }
  for (const source of Object.values(SOURCES)) out.add(source.label);
  for (const offence of OFFENCES) {
    out.add(offence.citation);
    for (const title of offence.titles) out.add(title);
  }
  return [...out];
}
