/**
 * The offence detector: text in, verdict out. Pure; no DOM. One native regex pass (scan.ts), then work
 * proportional to the number of hits.
 *
 * Verdict rules (strongest signal first: CJS code > citation > title > wording > prose):
 * - 'match': an intimate-image offence with a CJS code, a citation (section bound to its Act) or an
 *   official title; or its name used as a charge, plea or verdict ("pleaded guilty to three counts of
 *   voyeurism", charges.ts); or an alternative charge (MCA s.1, CA s.127, PHA, SCA s.76, blackmail...)
 *   with strong evidence whose particulars describe an intimate image (image wording within
 *   CONTEXT_WINDOW, or a media word with an intimate-state word beside it within INTIMATE_MEDIA_WINDOW).
 * - Page chrome (options.chrome: navigation, banners, footers) is not about the case: evidence found
 *   only there is at most 'possible'; evidence outside it is listed and highlighted first.
 * - Indecent images of children (IIOC) are a separate regime (brief §1.3). With an IIOC charge on the
 *   page, an intimate-image title alone is read as the child-image case ("sharing intimate pictures" of a
 *   15-year-old): 'iioc'. An intimate-image offence that is charged in its own right (code, citation, or
 *   name/title used as a charge) is still a 'match', flagged `alsoIioc` (mixed cases: voyeurism against
 *   adults and IIOC in one case). An IIOC charge about an identified 16- or 17-year-old with a partner or
 *   peer named is a 'match' flagged `under18` (brief §1.3: s.66B conduct charged as IIOC).
 * - 'possible': wording or prose only ("revenge porn", "upskirting", "intimate images"), a title-only hit
 *   on a page that cites the Scottish or Northern Irish analogue, or an alternative charge near image words.
 * - 'none': otherwise. Alternative charges whose particulars mention photographs that are not intimate
 *   (of a car, of a house: stalking and coercive-control look-alikes) are not reported.
 * "Near" means in the same record too: list pages hold many cases, and a case reference or CJS code starts
 * a new one (scan.ts recordAround). A title-like phrase in the particulars of another charged offence is
 * wording, and a weaker subsection beside a charged one is dropped, so the first offence is the charge.
 */
import type { EvidenceKind } from '../core/vocabulary';
import type { DetectOptions, DetectResult, Evidence, RecognisedOffence } from './types';
import type { OffenceEntry } from '../offences/types';
import { NON_INTIMATE_MEDIA, PEER_IMAGE_UNDER_18 } from '../offences/catalogue';
import { compilePatterns, INTIMATE_STATE, MEDIA, MEDIA_ALL, phraseSource, type CompiledPatterns } from './patterns';
import { buildTables, entriesFor, type Tables } from './index-tables';
import { MAX_CASE_REFS, recordAround, scan, type ContextToken, type PhraseToken, type Tokens } from './scan';
import { bindSections } from './bind';
import { INTIMATE_MEDIA_WINDOW, MEDIA_WINDOW, STATE_AFTER, STATE_BEFORE } from './limits';
import { parseSectionToken } from './sections';
import { usedAsCharge } from './charges';
import { firstEndingAfter, inRanges, normaliseRanges, type TextRange } from './regions';
import { reportInternalError } from '../internal-error';

const RANK: Record<EvidenceKind, number> = { 'cjs-code': 0, citation: 1, title: 2, wording: 3, prose: 4 };
const CONFIDENCE: Record<EvidenceKind, number> = { 'cjs-code': 0.97, citation: 0.95, title: 0.9, wording: 0.55, prose: 0.45 };
/** No evidence of a kind (e.g. none outside the page chrome). */
const NO_RANK = 9;
const CONTEXT_WINDOW = 400;
const MAX_SPAN = 200;
/** Media words read per alternative-charge evidence item (bounded work on media-heavy pages). */
const MAX_MEDIA_CHECKS = 40;

let compiled: { patterns: CompiledPatterns; tables: Tables; age: RegExp; relation: RegExp; object: RegExp; source: RegExp } | undefined;
function init() {
  compiled ??= {
    patterns: compilePatterns(),
    tables: buildTables(),
    age: new RegExp(`\\b${phraseSource(PEER_IMAGE_UNDER_18.age)}(?![a-z0-9])`, 'i'),
    relation: new RegExp(`\\b${phraseSource(PEER_IMAGE_UNDER_18.relation)}(?![a-z])`, 'i'),
    object: new RegExp(`^(?:s|ed|ing)?[\\s\\u00ad]{0,3}${phraseSource(NON_INTIMATE_MEDIA.object)}(?![a-z])`, 'i'),
    source: new RegExp(`\\b${phraseSource(NON_INTIMATE_MEDIA.source)}[\\s\\u00ad]{0,3}$`, 'i'),
  };
  return compiled;
}

interface Hit {
  entry: OffenceEntry;
  evidence: Evidence[];
  /** Best rank over all evidence, and over evidence outside the page chrome (NO_RANK: none). */
  best: number;
  main: number;
  /** Has evidence outside the chrome that is a charge in its own right: a code, a citation, or the
   * offence's name or title used as a charge (charges.ts). */
  charged: boolean;
  order: number;
}

const NONE: DetectResult = { verdict: 'none', confidence: 0, offences: [], caseRefs: [] };

export function detect(input: string, options?: DetectOptions): DetectResult {
  const text = typeof input === 'string' ? input : String(input ?? '');
  try {
    return run(text, options?.maxEvidencePerOffence ?? 5, normaliseRanges(options?.chrome));
  } catch (error) {
    // A detector bug must never break the page, so users get 'none'; it is reported, and any unit test
    // during which this happens fails (tests/unit/setup.ts), so a bug cannot hide behind the fallback.
    reportInternalError('detect', error);
    return { ...NONE, offences: [], caseRefs: [] };
  }
}

/** Tokens sorted by start: does any lie within [lo, hi)? O(log n). */
function anyIn(tokens: readonly TextRange[], lo: number, hi: number): boolean {
  const t = tokens[firstEndingAfter(tokens, lo)];
  return t !== undefined && t.start < hi;
}

/** One detection: the text, its chrome, and what has been found so far. */
class Run {
  readonly hits = new Map<string, Hit>();
  /** Evidence inside the page chrome. */
  readonly inChrome = new Set<Evidence>();
  private order = 0;

  constructor(
    readonly text: string,
    readonly chrome: TextRange[],
    readonly maxEvidence: number,
  ) {}

  add(entry: OffenceEntry, kind: EvidenceKind, start: number, end: number, charged = false): void {
    let hit = this.hits.get(entry.id);
    if (!hit) {
      hit = { entry, evidence: [], best: NO_RANK, main: NO_RANK, charged: false, order: this.order++ };
      this.hits.set(entry.id, hit);
    }
    // Bounded, so adversarial repetition cannot grow memory, but stronger evidence replaces the weakest.
    if (hit.evidence.length >= this.maxEvidence * 4 && !dropWeaker(this, hit, kind)) return;
    const ev: Evidence = { kind, text: this.text.slice(start, end), start, end };
    hit.evidence.push(ev);
    hit.best = Math.min(hit.best, RANK[kind]);
    if (this.chrome.length && inRanges(this.chrome, start)) {
      this.inChrome.add(ev);
      return;
    }
    hit.main = Math.min(hit.main, RANK[kind]);
    if (charged || RANK[kind] <= RANK.citation) hit.charged = true;
  }

  /** Recomputes a hit's ranks after its evidence kinds changed. */
  rerank(h: Hit): void {
    h.best = Math.min(NO_RANK, ...h.evidence.map((e) => RANK[e.kind]));
    h.main = Math.min(NO_RANK, ...h.evidence.filter((e) => !this.inChrome.has(e)).map((e) => RANK[e.kind]));
  }

  mainEvidence(h: Hit): Evidence[] {
    return this.inChrome.size ? h.evidence.filter((e) => !this.inChrome.has(e)) : h.evidence;
  }

  record(ev: { start: number; end: number }, window: number): [number, number] {
    return recordAround(this.text, ev.start, ev.end, window);
  }
}

function run(text: string, maxEvidence: number, chrome: TextRange[]): DetectResult {
  const { patterns, tables } = init();
  const tokens = scan(text, patterns, tables.annotated);
  const r = new Run(text, chrome, maxEvidence);
  const iiaPhrases = collect(r, tokens, tables);
  demoteTitlesInOtherCharges(r);
  const classes = classify(r, tokens, iiaPhrases);
  const { strong, weak, iioc, iiocCharged, under18 } = classes;
  dropSubsumed(weak, strong);
  // Image wording alone (no offence named) is prose evidence for the base sharing offence.
  if (!strong.length && !weak.length && !iioc.length && tokens.contexts.length) {
    const base = tables.imageWordingDefault;
    if (base) {
      for (const c of tokens.contexts.slice(0, maxEvidence)) r.add(base, 'prose', c.start, c.end);
      const h = r.hits.get(base.id);
      if (h) weak.push(h);
    }
  }

  const catRank = (h: Hit) => (h.main === NO_RANK ? 3 : h.entry.category === 'intimate-image' ? 0 : h.entry.category === 'alternative' ? 1 : 2);
  const sortHits = (list: Hit[]) =>
    list.sort((a, b) => catRank(a) - catRank(b) || a.main - b.main || a.best - b.best || b.evidence.length - a.evidence.length || a.order - b.order);
  for (const list of [strong, weak, iioc]) sortHits(list);

  const result: DetectResult = { verdict: 'none', confidence: 0, offences: [], caseRefs: uniqueCaseRefs(tokens.caseRefs) };
  let offences: Hit[] = [];
  if (strong.length) {
    result.verdict = 'match';
    const top = strong[0]!;
    const confidence = top.entry.category === 'alternative' ? 0.75 : CONFIDENCE[kindOf(top.main)];
    result.confidence = Math.min(0.99, confidence + 0.01 * (strong.length - 1));
    offences = [...strong, ...weak, ...iioc];
  } else if (under18) {
    result.verdict = 'match';
    result.confidence = 0.8;
    offences = [...iioc, ...weak];
  } else if (iioc.length) {
    result.verdict = 'iioc';
    result.confidence = iiocCharged ? (iioc[0]!.main <= RANK.citation ? 0.95 : 0.85) : 0.6;
    offences = [...iioc, ...weak];
  } else if (weak.length) {
    result.verdict = 'possible';
    offences = weak;
    result.confidence = Math.min(0.6, CONFIDENCE[kindOf(Math.min(weak[0]!.main, weak[0]!.best))]);
  }
  // IIOC beside an intimate-image (or alternative) match; on an under-18 match the IIOC is the charge.
  if (strong.length && iioc.length) result.alsoIioc = true;
  if (under18) result.under18 = true;
  result.offences = offences.map((h) => toOffence(r, h));
  return result;
}

/** Turns the tokens into hits: codes, Act-only citations, bound sections, phrases. Returns the
 * intimate-image phrases (image context for alternative charges). */
function collect(r: Run, tokens: Tokens, tables: Tables): PhraseToken[] {
  const text = r.text;
  for (const c of tokens.codes) {
    const entry = tables.byCode.get(c.code.slice(0, 7));
    if (entry) r.add(entry, 'cjs-code', c.start, c.end);
  }
  for (const a of tokens.acts) {
    const entry = tables.byActOnly.get(a.act);
    if (entry) r.add(entry, 'citation', a.start, a.end);
  }
  for (const { section, act } of bindSections(text, tokens.sections, tokens.acts, tables.annotated.acts)) {
    if (act.act === 'other') continue;
    const refs = section.annotation
      ? section.annotation.map((s) => ({ section: s, subsections: [] as string[] }))
      : parseSectionToken(section.text);
    const start = Math.min(section.start, act.start);
    const end = Math.max(section.end, act.end);
    const [s, e] = end - start <= MAX_SPAN ? [start, end] : [section.start, section.end];
    for (const ref of refs) {
      for (const entry of entriesFor(tables, act.act, ref.section, ref.subsections)) r.add(entry, 'citation', s, e);
    }
  }
  const iiaPhrases: PhraseToken[] = [];
  for (const p of tokens.phrases) {
    // An offence's name used as a charge, plea or verdict is as good as its title.
    if (p.name && usedAsCharge(text, p.start, p.end)) r.add(p.entry, 'title', p.start, p.end, true);
    else r.add(p.entry, p.kind, p.start, p.end);
    if (p.entry.category === 'intimate-image' && !(r.chrome.length && inRanges(r.chrome, p.start))) iiaPhrases.push(p);
  }
  return iiaPhrases;
}
interface Classes {
  strong: Hit[];
  weak: Hit[];
  /** IIOC offences with evidence outside the chrome (charged, or child images described). */
  iioc: Hit[];
  iiocCharged: boolean;
  under18: boolean;
}

/** Sorts the hits into strong (a match), weak (possible) and IIOC, by the rules in the module comment. */
function classify(r: Run, tokens: Tokens, iiaPhrases: PhraseToken[]): Classes {
  const all = [...r.hits.values()];
  const foreign = tokens.acts.some((a) => a.foreign);
  const iioc = all.filter((h) => h.entry.category === 'iioc' && h.main !== NO_RANK);
  const iiocCharged = iioc.some((h) => h.main <= RANK.title);
  // Image wording outside the chrome: the context that makes an alternative charge about intimate images.
  const contexts: ContextToken[] = r.chrome.length ? tokens.contexts.filter((c) => !inRanges(r.chrome, c.start)) : tokens.contexts;
  const intimateNear = (ev: Evidence) => {
    const [lo, hi] = r.record(ev, CONTEXT_WINDOW);
    return anyIn(contexts, lo, hi) || anyIn(iiaPhrases, lo, hi) || intimateMediaNear(r, ev);
  };
  const strong: Hit[] = [];
  const weak: Hit[] = [];
  /** Alternative charges with only media words (of a person) near: 'possible' when nothing better is. */
  const mediaOnly: Hit[] = [];
  for (const h of all) {
    const cat = h.entry.category;
    if (cat === 'iioc') continue;
    // Found only in the page chrome: weak at most (an intimate-image offence), or nothing.
    if (h.main === NO_RANK) {
      if (cat === 'intimate-image') weak.push(h);
      continue;
    }
    if (cat === 'intimate-image') {
      const cited = h.main <= RANK.citation;
      const titled = h.main === RANK.title && !foreign && (!iiocCharged || h.charged || titleCharged(r, h));
      (cited || titled ? strong : weak).push(h);
    } else {
      const intimate = r.mainEvidence(h).slice(0, 3).some(intimateNear);
      if (intimate && h.main <= RANK.title && !iiocCharged) strong.push(h);
      else if (intimate) weak.push(h);
      else if (r.mainEvidence(h).slice(0, 3).some((ev) => mediaOfPersonNear(r, ev))) mediaOnly.push(h);
    }
  }
  if (!strong.length && !weak.length) weak.push(...mediaOnly);
  return { strong, weak, iioc, iiocCharged, under18: iiocCharged && peerImageUnder18(r, iioc) };
}

/**
 * On a page with IIOC charges: is one of the hit's titles a charge in its own right? Either used as one
 * ("pleaded guilty to sharing an intimate photograph"), or the offence's official title standing as a
 * line of its own, as case systems list charges ("2. Voyeurism - recording a private act - SOA 2003"):
 * prose about children's images ("warned about sharing intimate pictures") is neither. Checked only
 * there, for a bounded number of items.
 */
function titleCharged(r: Run, h: Hit): boolean {
  return r.mainEvidence(h).some((e) => e.kind === 'title' && (usedAsCharge(r.text, e.start, e.end) || titleLine(r.text, e, h.entry)));
}

const LINE_REACH = 200;
const LINE_BREAK = /[\n\uFFFC]/;
/** A list index or label before a charge title ("1.", "Count 2:", "Offence 3 -"), in any case: systems
 * print "Count 1:" and "OFFENCE 2". */
const LINE_LEAD = /^(?:(?:count|charge|offence)\s{0,3}\d{0,3}|\d{1,3})?\s{0,3}[.):\u2013-]?\s{0,3}/i;
const normTitle = (s: string) => s.toLowerCase().replace(/[\s\u00ad]+/g, ' ').replace(/[\s.;,:]+$/, '').trim();
const titleSets = new Map<string, Set<string>>();

/** Is the line holding the evidence the entry's official title (after a list index or label), or headed
 * by it? */
function titleLine(text: string, ev: Evidence, entry: OffenceEntry): boolean {
  const before = text.slice(Math.max(0, ev.start - LINE_REACH), ev.start);
  const after = text.slice(ev.end, ev.end + LINE_REACH);
  const b = before.split(LINE_BREAK).pop() ?? '';
  const a = after.split(LINE_BREAK)[0] ?? '';
  // A line cut by the reach is too long to be a title.
  if (b.length === before.length && ev.start > LINE_REACH) return false;
  const line = normTitle((b + ev.text + a).trim().replace(LINE_LEAD, ''));
  let titles = titleSets.get(entry.id);
  if (!titles) titleSets.set(entry.id, (titles = new Set(entry.titles.map(normTitle))));
  if (titles.has(line)) return true;
  // The title heading its line, the particulars after it on the same line ("Make indecent photograph /
  // pseudo-photograph of a child. Particulars: ..."), as charge sheets and result screens run them on.
  for (const t of titles) if (line.startsWith(t) && TITLE_THEN.test(line.slice(t.length, t.length + 3))) return true;
  return false;
}
/** What ends a title that heads its line: a full stop, colon, semicolon, comma, dash or bracket. */
const TITLE_THEN = /^ ?[.:;,(\u2013-]/;

/**
 * Do the particulars near an alternative charge describe an intimate image: a media word with an
 * intimate-state word just before it ("naked photographs") or just after it ("a video of her
 * undressing", "photographs showing her breasts")? A photograph of a car or a house is not.
 */
function intimateMediaNear(r: Run, ev: Evidence): boolean {
  const text = r.text;
  return someMediaWord(r, ev, INTIMATE_MEDIA_WINDOW, (at, end, [lo, hi]) =>
    INTIMATE_STATE.test(text.slice(Math.max(lo, at - STATE_BEFORE), at) + ' ' + text.slice(end, Math.min(hi, end + STATE_AFTER))),
  );
}

/**
 * Does `ok` hold at one of the media words (at most MAX_MEDIA_CHECKS) in the record around the charge,
 * within `window`? `ok` gets the word's start, the end of its whole word and the record's bounds.
 */
function someMediaWord(r: Run, ev: Evidence, window: number, ok: (at: number, end: number, record: [number, number]) => boolean): boolean {
  const text = r.text;
  const record = r.record(ev, window);
  const [lo, hi] = record;
  const slice = text.slice(lo, hi);
  if (!MEDIA.test(slice)) return false;
  const media = MEDIA_ALL;
  media.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let k = 0; k < MAX_MEDIA_CHECKS && (m = media.exec(slice)); k++) {
    const at = lo + m.index;
    if (ok(at, wordEnd(text, at + m[0].length), record)) return true;
  }
  return false;
}

/** The end of the word a media word starts ("photo" of "photographed": the pattern's first alternative). */
function wordEnd(text: string, end: number): number {
  for (let k = 0; k < 8 && /[a-z]/i.test(text.charAt(end)); k++) end++;
  return end;
}

/**
 * A media word near the charge (MEDIA_WINDOW, same record) that is not plainly of a place or thing. A
 * media word that only refers back to images already named ("photographed her house and sent the
 * pictures to her sister") is of what those were: after an earlier media word in the record, a
 * definite one ("the", "these", "those") that says nothing of its own about what it shows is skipped,
 * since the earlier one was already read and found not to be of a person.
 */
function mediaOfPersonNear(r: Run, ev: Evidence): boolean {
  const { object, source } = init();
  const text = r.text;
  let seen = false;
  return someMediaWord(r, ev, MEDIA_WINDOW, (at, end, [lo, hi]) => {
    const before = text.slice(Math.max(lo, at - STATE_BEFORE), at);
    const after = text.slice(end, Math.min(hi, end + STATE_AFTER));
    if (seen && ANAPHOR_BEFORE.test(before) && !DESCRIBED_AFTER.test(after)) return false;
    seen = true;
    return !object.test(after) && !source.test(before);
  });
}
/** "the pictures", "those photos": a media word that refers back. */
const ANAPHOR_BEFORE = /\b(?:the|these|those|such|said)[\s\u00ad]{1,3}$/i;
/** ... unless it says what it shows: "the pictures of her", "the video showing". */
const DESCRIBED_AFTER = /^[\s\u00ad]{0,3}(?:of|showing|depicting|featuring|in which|where)(?![a-z])/i;

/**
 * Brief §1.3: an identified 16- or 17-year-old, and a partner or peer, in the record of an IIOC charge
 * (a code, a citation, or a title used as a charge or listed as one: not advice that mentions the offence).
 */
function peerImageUnder18(r: Run, iioc: Hit[]): boolean {
  const { age, relation } = init();
  for (const h of iioc) {
    for (const ev of r.mainEvidence(h).slice(0, 3)) {
      if (RANK[ev.kind] > RANK.title) continue;
      if (ev.kind === 'title' && !usedAsCharge(r.text, ev.start, ev.end) && !titleLine(r.text, ev, h.entry)) continue;
      const [lo, hi] = r.record(ev, CONTEXT_WINDOW);
      const slice = r.text.slice(lo, hi);
      if (age.test(slice) && relation.test(slice)) return true;
    }
  }
  return false;
}

/**
 * A title-like phrase inside the record of another recognised offence's charge is that charge's
 * particulars ("... sent a message which conveyed a threat to share intimate images" under an MCA 1988
 * code), not a charge of its own: it counts as wording. A record is a charge when it has the other
 * offence's CJS code, or its citation in a record delimited by a code or case reference (in running prose
 * "recording and operating equipment under clothing, using the Voyeurism (Offences) Act 2019" names two
 * offences). Only when the phrase's own offence has no code or citation in that record.
 */
function demoteTitlesInOtherCharges(r: Run) {
  const all = [...r.hits.values()];
  const charged = all.flatMap((h) => h.evidence.filter((e) => RANK[e.kind] <= RANK.citation && !r.inChrome.has(e)).map((e) => ({ h, e })));
  if (!charged.length) return;
  for (const h of all) {
    let changed = false;
    for (const ev of h.evidence) {
      if (ev.kind !== 'title') continue;
      const [lo, hi] = r.record(ev, CONTEXT_WINDOW);
      const delimited = lo > Math.max(0, ev.start - CONTEXT_WINDOW);
      const inside = charged.filter(({ e }) => e.start < hi && e.end > lo && (delimited || e.kind === 'cjs-code'));
      if (inside.some((c) => c.h !== h) && !inside.some((c) => c.h === h)) {
        ev.kind = 'wording';
        changed = true;
      }
    }
    if (changed) r.rerank(h);
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

/** Evidence outside the chrome first (it is what the sidebar names and highlights), then strongest first. */
function toOffence(r: Run, h: Hit): RecognisedOffence {
  const chromeRank = (e: Evidence) => (r.inChrome.has(e) ? 1 : 0);
  const evidence = [...h.evidence]
    .sort((a, b) => chromeRank(a) - chromeRank(b) || RANK[a.kind] - RANK[b.kind] || a.start - b.start)
    .slice(0, Math.max(0, r.maxEvidence));
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

/**
 * At the bound: drops the hit's weakest evidence if it is weaker than `kind` (true), so a charge title
 * after twenty mentions of "revenge porn" is still read as one (mutation testing found it dropped).
 */
function dropWeaker(r: Run, h: Hit, kind: EvidenceKind): boolean {
  let weakest = 0;
  h.evidence.forEach((e, i) => {
    if (RANK[e.kind] > RANK[h.evidence[weakest]!.kind]) weakest = i;
  });
  if (RANK[kind] >= RANK[h.evidence[weakest]!.kind]) return false;
  r.inChrome.delete(h.evidence.splice(weakest, 1)[0]!);
  r.rerank(h);
  return true;
}
