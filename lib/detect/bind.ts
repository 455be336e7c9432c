/**
 * Binds section tokens to Acts. A bare section number never counts without its Act (brief §3), so
 * each section looks for the Act it belongs to, in this order:
 *   1. tight after  ("section 33(1) and (9) of the Criminal Justice and Courts Act 2015", Welsh "adran 66B Deddf ...")
 *   2. tight before ("SOA 2003 s66B", "Criminal Justice and Courts Act 2015, s.33")
 *   3. later in the same sentence, no other section in between ("section 66B, inserted into the SOA 2003 by ...")
 *   4. earlier in the same paragraph ("... the Environmental Protection Act 1990, specifically s.33.")
 * Annotation markers ("F166B") only appear on legislation pages and bind to the nearest earlier annotated Act
 * (acts.ts `annotated`: the SOA 2003 and CJCA 2015).
 * Every gap inspected is bounded, so this stays linear.
 */
import type { ActToken, SectionToken } from './scan';
import { ANNOTATION_MAX, CONTEXT_MAX, LOOSE_AFTER_MAX } from './limits';

const TIGHT_AFTER = /^[\s,(]{0,4}(?:(?:of|in|under|to)\s{1,3})?(?:the\s{1,3})?$/i;
const TIGHT_BEFORE = /^[\s,(:;\u2013-]{0,4}$/;
const SENTENCE_END = /[.;!?](?:\s|$)|\n/;
const BLANK_LINE = /\n[^\S\n]{0,20}\n/;

export interface Binding {
  section: SectionToken;
  act: ActToken;
}

/** `annotatedActs`: the Acts an annotation marker binds to (acts.ts `annotated`). */
export function bindSections(text: string, sections: SectionToken[], acts: ActToken[], annotatedActs: ReadonlySet<string>): Binding[] {
  const out: Binding[] = [];
  let next = 0;
  for (let si = 0; si < sections.length; si++) {
    const sec = sections[si]!;
    while (next < acts.length && acts[next]!.start < sec.end) next++;
    const after = acts[next];
    const before = next > 0 ? acts[next - 1] : undefined;
    if (sec.annotation) {
      for (let i = next - 1, tries = 0; i >= 0 && tries < 20; i--, tries++) {
        const a = acts[i]!;
        if (sec.start - a.end > ANNOTATION_MAX) break;
        if (annotatedActs.has(a.act)) {
          out.push({ section: sec, act: a });
          break;
        }
      }
      continue;
    }
    if (after && after.start - sec.end <= 30 && TIGHT_AFTER.test(text.slice(sec.end, after.start))) {
      out.push({ section: sec, act: after });
      continue;
    }
    if (before && before.end <= sec.start && sec.start - before.end <= 6 && TIGHT_BEFORE.test(text.slice(before.end, sec.start))) {
      out.push({ section: sec, act: before });
      continue;
    }
    const nextSection = sections[si + 1];
    if (
      after &&
      after.start - sec.end <= LOOSE_AFTER_MAX &&
      !(nextSection && nextSection.start < after.start) &&
      !SENTENCE_END.test(text.slice(sec.end, after.start))
    ) {
      out.push({ section: sec, act: after });
      continue;
    }
    if (before && before.end <= sec.start && sec.start - before.end <= CONTEXT_MAX && !BLANK_LINE.test(text.slice(before.end, sec.start))) {
      out.push({ section: sec, act: before });
    }
  }
  return out;
}
