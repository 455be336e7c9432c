/**
 * The offence detector: text in, verdict out. Pure; no DOM. One native regex pass (scan.ts), then work
 * proportional to the number of hits.
 *
 * Verdict rules (strongest signal first: CJS code > citation > title > wording > prose):
 * - 'match': an intimate-image offence with a CJS code, a citation (section bound to its Act) or an
 *   official title; or an alternative charge (MCA s.1, CA s.127, PHA, SCA s.76, blackmail...) with
 *   strong evidence and intimate/sexual image wording within CONTEXT_WINDOW characters.
 * - 'iioc': indecent images of children, and no intimate-image code/citation. A title-only intimate-image
 *   hit on an IIOC page is read as the child-image case ("sharing intimate pictures" of a 15-year-old),
 *   so it goes to 'iioc'. A page with both an intimate-image code/citation and IIOC is 'match', and the
 *   IIOC offence is still listed so the sidebar can show both sets of reminders.
 * - 'possible': wording or prose only ("revenge porn", "upskirting", "intimate images"), a title-only hit
 *   on a page that cites the Scottish or Northern Irish analogue, or an alternative charge near image words.
 * - 'none': otherwise. Alternative charges with no image wording nearby are not reported.
 * "Near" means in the same record too: list pages hold many cases, and a case reference or CJS code starts
 * a new one (scan.ts recordAround). A title-like phrase in the particulars of another charged offence is
 * wording, and a weaker subsection beside a charged one is dropped, so the first offence is the charge.
 */
import type { DetectOptions, DetectResult, Evidence, EvidenceKind, RecognisedOffence } from './types';
import type { OffenceEntry } from '../offences/types';
import { compilePatterns, MEDIA, type CompiledPatterns } from './patterns';
import { buildTables, entriesFor, type Tables } from './index-tables';
import { MAX_CASE_REFS, recordAround, scan, type ContextToken, type PhraseToken } from './scan';
import { bindSections } from './bind';
import { MEDIA_WINDOW } from './limits';
import { parseSectionToken } from './sections';
import { reportInternalError } from '../internal-error';

const RANK: Record<EvidenceKind, number> = { 'cjs-code': 0, citation: 1, title: 2, wording: 3, prose: 4 };
const CONFIDENCE: Record<EvidenceKind, number> = { 'cjs-code': 0.97, citation: 0.95, title: 0.9, wording: 0.55, prose: 0.45 };
const CONTEXT_WINDOW = 400;
const MAX_SPAN = 200;

let compiled: { patterns: CompiledPatterns; tables: Tables } | undefined;
function init() {
  compiled ??= { patterns: compilePatterns(), tables: buildTables() };
  return compiled;
}

interface Hit {
  entry: OffenceEntry;
  evidence: Evidence[];
  best: number;
  order: number;
}

const NONE: DetectResult = { verdict: 'none', confidence: 0, offences: [], caseRefs: [] };

export function detect(input: string, options?: DetectOptions): DetectResult {
  const text = typeof input === 'string' ? input : String(input ?? '');
  try {
    return run(text, options?.maxEvidencePerOffence ?? 5);
  } catch (error) {
    // A detector bug must never break the page, so users get 'none'; it is reported, and any unit test
    // during which this happens fails (tests/unit/setup.ts), so a bug cannot hide behind the fallback.
    reportInternalError('detect', error);
    return { ...NONE, offences: [], caseRefs: [] };
  }
}

/** Tokens sorted by start: does any lie within [lo, hi)? Binary search, so O(log n). */
function anyIn(tokens: readonly { start: number; end: number }[], lo: number, hi: number): boolean {
  let a = 0;
  let b = tokens.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (tokens[mid]!.end <= lo) a = mid + 1;
    else b = mid;
  }
  const t = tokens[a];
  return t !== undefined && t.start < hi;
}

function run(text: string, maxEvidence: number): DetectResult {
  const { patterns, tables } = init();
  const tokens = scan(text, patterns, tables.annotatedSections);
  const hits = new Map<string, Hit>();
  let order = 0;
  const add = (entry: OffenceEntry, kind: EvidenceKind, start: number, end: number) => {
    let hit = hits.get(entry.id);
    if (!hit) {
      hit = { entry, evidence: [], best: 9, order: order++ };
      hits.set(entry.id, hit);
    }
    hit.best = Math.min(hit.best, RANK[kind]);
    // Keep a bounded number per kind so adversarial repetition cannot grow memory without limit.
    if (hit.evidence.length < maxEvidence * 4) hit.evidence.push({ kind, text: text.slice(start, end), start, end });
  };

  for (const c of tokens.codes) {
    const entry = tables.byCode.get(c.code.slice(0, 7));
    if (entry) add(entry, 'cjs-code', c.start, c.end);
  }
  for (const a of tokens.acts) {
    const entry = tables.byActOnly.get(a.act);
    if (entry) add(entry, 'citation', a.start, a.end);
  }
  for (const { section, act } of bindSections(text, tokens.sections, tokens.acts)) {
    if (act.act === 'other') continue;
    const refs = section.annotation
      ? section.annotation.map((s) => ({ section: s, subsections: [] as string[] }))
      : parseSectionToken(section.text);
    const start = Math.min(section.start, act.start);
    const end = Math.max(section.end, act.end);
    const [s, e] = end - start <= MAX_SPAN ? [start, end] : [section.start, section.end];
    for (const ref of refs) {
      for (const entry of entriesFor(tables, act.act, ref.section, ref.subsections)) add(entry, 'citation', s, e);
    }
  }
  const iiaPhrases: PhraseToken[] = [];
  for (const p of tokens.phrases) {
    add(p.entry, p.kind, p.start, p.end);
    if (p.entry.category === 'intimate-image') iiaPhrases.push(p);
  }
  // One record per case (or per offence within it) on list pages: evidence counts with its own record only.
  const record = (ev: Evidence, window: number) => recordAround(text, ev.start, ev.end, window);
  demoteTitlesInOtherCharges([...hits.values()], record);
  const imageContext: ContextToken[] = tokens.contexts;
  // Media words are common ("photograph taken by a safety camera"), so they are not scanned for; they are
  // looked for only around the (few, bounded) alternative-charge evidence items, in the same record.
  const mediaNear = (ev: Evidence) => {
    const [lo, hi] = record(ev, MEDIA_WINDOW);
    return MEDIA.test(text.slice(lo, hi));
  };
  const intimateNear = (ev: Evidence) => {
    const [lo, hi] = record(ev, CONTEXT_WINDOW);
    return anyIn(imageContext, lo, hi) || anyIn(iiaPhrases, lo, hi);
  };

  const all = [...hits.values()];
  const hasIioc = all.some((h) => h.entry.category === 'iioc');
  const foreign = tokens.acts.some((a) => a.foreign);
  const strong: Hit[] = [];
  const weak: Hit[] = [];
  const iioc: Hit[] = [];
  /** Alternative charges with only media words near: reported only when nothing better is. */
  const mediaOnly: Hit[] = [];
  for (const h of all) {
    const cat = h.entry.category;
    if (cat === 'iioc') iioc.push(h);
    else if (cat === 'intimate-image') {
      const cited = h.best <= RANK.citation;
      const titled = h.best === RANK.title && !hasIioc && !foreign;
      (cited || titled ? strong : weak).push(h);
    } else {
      const intimate = h.evidence.some(intimateNear);
      if (intimate && h.best <= RANK.title && !hasIioc) strong.push(h);
      else if (intimate) weak.push(h);
      else if (h.evidence.slice(0, 3).some(mediaNear)) mediaOnly.push(h);
    }
  }
  dropSubsumed(weak, strong);
  // Image wording alone (no offence named) is prose evidence for the base sharing offence.
  if (!strong.length && !weak.length && imageContext.length && !hasIioc) {
    const base = tables.bySection.get('soa2003|66B')?.find((e) => e.sectionDefault);
    if (base) {
      for (const c of imageContext.slice(0, maxEvidence)) add(base, 'prose', c.start, c.end);
      const h = hits.get(base.id);
      if (h) weak.push(h);
    }
  }

  const catRank = (h: Hit) => (h.entry.category === 'intimate-image' ? 0 : 1);
  const sortHits = (list: Hit[]) => list.sort((a, b) => catRank(a) - catRank(b) || a.best - b.best || b.evidence.length - a.evidence.length || a.order - b.order);
  sortHits(strong);
  sortHits(weak);
  sortHits(iioc);
  sortHits(mediaOnly);

  let verdict: DetectResult['verdict'] = 'none';
  let confidence = 0;
  let offences: Hit[] = [];
  if (strong.length) {
    verdict = 'match';
    const top = strong[0]!;
    confidence = top.entry.category === 'alternative' ? 0.75 : CONFIDENCE[kindOf(top.best)];
    confidence = Math.min(0.99, confidence + 0.01 * (strong.length - 1));
    offences = [...strong, ...weak, ...iioc];
  } else if (iioc.length) {
    verdict = 'iioc';
    confidence = iioc[0]!.best <= RANK.citation ? 0.95 : 0.85;
    offences = [...iioc, ...weak];
  } else if (weak.length || mediaOnly.length) {
    verdict = 'possible';
    offences = [...weak, ...mediaOnly];
    const top = offences[0]!;
    confidence = weak.length ? Math.min(0.6, CONFIDENCE[kindOf(top.best)]) : 0.35;
  }

  return {
    verdict,
    confidence,
    offences: offences.map((h) => toOffence(h, maxEvidence)),
    caseRefs: uniqueCaseRefs(tokens.caseRefs),
  };
}

/**
 * A title-like phrase inside the record of another recognised offence's charge is that charge's
 * particulars ("... sent a message which conveyed a threat to share intimate images" under an MCA 1988
 * code), not a charge of its own: it counts as wording. A record is a charge when it has the other
 * offence's CJS code, or its citation in a record delimited by a code or case reference (in running prose
 * "recording and operating equipment under clothing, using the Voyeurism (Offences) Act 2019" names two
 * offences). Only when the phrase's own offence has no code or citation in that record.
 */
function demoteTitlesInOtherCharges(all: Hit[], record: (ev: Evidence, window: number) => [number, number]) {
  const charged = all.flatMap((h) => h.evidence.filter((e) => RANK[e.kind] <= RANK.citation).map((e) => ({ h, e })));
  if (!charged.length) return;
  for (const h of all) {
    let changed = false;
    for (const ev of h.evidence) {
      if (ev.kind !== 'title') continue;
      const [lo, hi] = record(ev, CONTEXT_WINDOW);
      const delimited = lo > Math.max(0, ev.start - CONTEXT_WINDOW);
      const inside = charged.filter(({ e }) => e.start < hi && e.end > lo && (delimited || e.kind === 'cjs-code'));
      if (inside.some((c) => c.h !== h) && !inside.some((c) => c.h === h)) {
        ev.kind = 'wording';
        changed = true;
      }
    }
    if (changed) h.best = Math.min(...h.evidence.map((e) => RANK[e.kind]));
  }
}

/**
 * A weaker subsection of an offence that is already recognised on strong evidence adds nothing but noise
 * ("intimate state" in the particulars of a s.66B(2) charge also reads as s.66B(1)): the sidebar should
 * name the charged offence, so the weak sibling is dropped.
 */
function dropSubsumed(weak: Hit[], strong: Hit[]) {
  const charged = new Set(strong.filter((h) => h.entry.category === 'intimate-image').map((h) => `${h.entry.statute}|${h.entry.section}`));
  for (let i = weak.length - 1; i >= 0; i--) {
    const e = weak[i]!.entry;
    if (e.category === 'intimate-image' && charged.has(`${e.statute}|${e.section}`)) weak.splice(i, 1);
  }
}

function kindOf(rank: number): EvidenceKind {
  return (Object.keys(RANK) as EvidenceKind[]).find((k) => RANK[k] === rank) ?? 'prose';
}

function toOffence(h: Hit, maxEvidence: number): RecognisedOffence {
  const evidence = [...h.evidence].sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.start - b.start).slice(0, Math.max(0, maxEvidence));
  return { id: h.entry.id, title: h.entry.titles[0] ?? h.entry.id, citation: h.entry.citation, category: h.entry.category, evidence };
}

function uniqueCaseRefs(refs: DetectResult['caseRefs']): DetectResult['caseRefs'] {
  const seen = new Set<string>();
  const out: DetectResult['caseRefs'] = [];
  for (const r of refs) {
    if (seen.has(r.value)) continue;
    seen.add(r.value);
    out.push(r);
    if (out.length >= MAX_CASE_REFS) break;
  }
  return out;
}
