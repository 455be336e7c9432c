/**
 * The offence detector: text in, verdict out. Pure; no DOM. One regex pass (scan.ts), then work
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
 */
import type { DetectOptions, DetectResult, Evidence, EvidenceKind, RecognisedOffence } from './types';
import type { OffenceEntry } from '../offences/types';
import { compilePatterns, MEDIA, type CompiledPatterns } from './patterns';
import { buildTables, entriesFor, type Tables } from './index-tables';
import { scan, type ContextToken, type PhraseToken } from './scan';
import { bindSections } from './bind';
import { parseSectionToken } from './sections';

const RANK: Record<EvidenceKind, number> = { 'cjs-code': 0, citation: 1, title: 2, wording: 3, prose: 4 };
const CONFIDENCE: Record<EvidenceKind, number> = { 'cjs-code': 0.97, citation: 0.95, title: 0.9, wording: 0.55, prose: 0.45 };
const CONTEXT_WINDOW = 400;
/** Image words this close to an alternative charge (about one case report) make it 'possible'. */
const MEDIA_WINDOW = 2500;
const MAX_SPAN = 200;
const MAX_CASE_REFS = 50;

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
  } catch {
    // A detector bug must never break the page; the unit tests (including property tests) keep this unused.
    return { ...NONE, offences: [], caseRefs: [] };
  }
}

/** Sorted positions; is any within `window` of [start, end)? Binary search, so O(log n). */
function near(tokens: readonly { start: number; end: number }[], start: number, end: number, window: number): boolean {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end < start - window) lo = mid + 1;
    else hi = mid;
  }
  const t = tokens[lo];
  return t !== undefined && t.start <= end + window;
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
  const imageContext: ContextToken[] = tokens.contexts;
  // Media words are common ("photograph taken by a safety camera"), so they are not scanned for; they are
  // looked for only around the (few, bounded) alternative-charge evidence items.
  const mediaNear = (ev: Evidence) =>
    MEDIA.test(text.slice(Math.max(0, ev.start - MEDIA_WINDOW), Math.min(text.length, ev.end + MEDIA_WINDOW)));

  const all = [...hits.values()];
  const hasIioc = all.some((h) => h.entry.category === 'iioc');
  const foreign = tokens.acts.some((a) => a.foreign);
  const strong: Hit[] = [];
  const weak: Hit[] = [];
  const iioc: Hit[] = [];
  let alternativeWithMedia = false;
  for (const h of all) {
    const cat = h.entry.category;
    if (cat === 'iioc') iioc.push(h);
    else if (cat === 'intimate-image') {
      const cited = h.best <= RANK.citation;
      const titled = h.best === RANK.title && !hasIioc && !foreign;
      (cited || titled ? strong : weak).push(h);
    } else {
      const intimate = h.evidence.some(
        (ev) => near(imageContext, ev.start, ev.end, CONTEXT_WINDOW) || near(iiaPhrases, ev.start, ev.end, CONTEXT_WINDOW),
      );
      if (intimate && h.best <= RANK.title && !hasIioc) strong.push(h);
      else if (intimate) weak.push(h);
      else if (h.evidence.slice(0, 3).some(mediaNear)) {
        alternativeWithMedia = true;
        weak.push(h);
      }
    }
  }
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
  } else if (weak.length) {
    verdict = 'possible';
    const top = weak[0]!;
    confidence = top.entry.category === 'alternative' && alternativeWithMedia ? 0.35 : Math.min(0.6, CONFIDENCE[kindOf(top.best)]);
    offences = weak;
  }

  return {
    verdict,
    confidence,
    offences: offences.map((h) => toOffence(h, maxEvidence)),
    caseRefs: uniqueCaseRefs(tokens.caseRefs),
  };
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
