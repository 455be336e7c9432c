/** Parses the text of one section token ("ss.66A-66D", "section 33(1) and (9)") into references. */

export interface SectionRef {
  /** Upper case, e.g. "66B". */
  section: string;
  /** Upper case, e.g. ["1", "9"]. */
  subsections: string[];
}

const PART = /(\d{1,3})([a-z]{0,2})|\(\s{0,2}([0-9a-z]{1,4})\s{0,2}\)|([-\u2010-\u2015]|\bto\b)/gi;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function letterRange(from: string, to: string): string[] {
  const a = LETTERS.indexOf(from.toLowerCase());
  const b = LETTERS.indexOf(to.toLowerCase());
  if (a < 0 || b < a || b - a > 8) return [to];
  return Array.from(LETTERS.slice(a + 1, b + 1), (c) => c.toUpperCase());
}

/** Expands "66A-66D" to 66A..66D and "(1)-(4)" to (1)..(4); ranges are small, so the work is bounded. */
export function parseSectionToken(raw: string): SectionRef[] {
  // Skip the leading word ("section", "ss.", "adran"): the first digit starts the numbers.
  const first = raw.search(/\d/);
  if (first < 0) return [];
  const text = raw.slice(first);
  const refs: SectionRef[] = [];
  let rangePending = false;
  PART.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PART.exec(text))) {
    if (m[4] !== undefined) {
      rangePending = true;
      continue;
    }
    const last = refs[refs.length - 1];
    if (m[1] !== undefined) {
      const num = m[1];
      const letter = (m[2] ?? '').toUpperCase();
      if (rangePending && last) {
        const lastNum = /^\d+/.exec(last.section)?.[0] ?? '';
        const lastLetter = last.section.slice(lastNum.length);
        if (lastNum === num && lastLetter.length === 1 && letter.length === 1) {
          for (const l of letterRange(lastLetter, letter)) refs.push({ section: num + l, subsections: [] });
        } else if (!lastLetter && !letter && Number(num) > Number(lastNum) && Number(num) - Number(lastNum) <= 5) {
          for (let n = Number(lastNum) + 1; n <= Number(num); n++) refs.push({ section: String(n), subsections: [] });
        } else refs.push({ section: num + letter, subsections: [] });
      } else refs.push({ section: num + letter, subsections: [] });
    } else if (m[3] !== undefined && last) {
      const sub = m[3].toUpperCase();
      const prev = last.subsections[last.subsections.length - 1];
      if (rangePending && prev && /^\d+$/.test(prev) && /^\d+$/.test(sub) && Number(sub) - Number(prev) <= 9) {
        for (let n = Number(prev) + 1; n <= Number(sub); n++) last.subsections.push(String(n));
      } else last.subsections.push(sub);
    }
    rangePending = false;
  }
  return refs;
}
