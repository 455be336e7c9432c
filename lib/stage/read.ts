/**
 * Reads, for each matching case on a page, where it is (its stage) and which orders are already on the
 * page for it, from the page text and a few page structures (structure.ts). The phrases are data in
 * signals.ts. One pass of one regular expression over the text: linear in page size.
 *
 * Which text belongs to which case: a case owns the text from each place its reference is printed up
 * to the next place another case's reference is printed (lists print the reference first, then the
 * hearing type, offences, pleas and results). Text before the first reference (the page heading, the
 * screen's title) speaks for every case; it decides a case's stage only where the case's own text
 * says nothing, and an order there counts only when the page holds one case. So a deprivation order
 * on another case of the same list (a fly-tipper's trailer) is that case's, not this one's.
 * Limitation: a list that prints a row's hearing type before its reference gives it to the case above.
 */
import type { TextRange } from '../detect/regions';
import type { CaseRef, DetectResult } from '../detect/types';
import { casesFromResult } from './cases';
import {
  BOILERPLATE_AFTER,
  BOILERPLATE_BEFORE,
  CONVICTION_STAGES,
  DEFENDANT_SIGNAL,
  RESULT_SIGNALS,
  STAGE_RANK,
  STAGE_SIGNALS,
  VIEW_SIGNALS,
  type OrderKind,
} from './signals';
import { NO_STRUCTURE, type PageStructure } from './structure';
import { NO_ORDERS, type OrdersOnPage, type PageCase, type Stage } from './types';

type Hit = { at: number; stage: Stage } | { at: number; order: OrderKind } | { at: number; defendant: true };

const TARGETS: ({ stage: Stage } | { order: OrderKind } | { defendant: true })[] = [
  ...STAGE_SIGNALS.map((s) => ({ stage: s.stage })),
  ...RESULT_SIGNALS.map((r) => ({ order: r.order })),
  { defendant: true },
];
let combined: RegExp | null = null;
let views: RegExp[] | null = null;
const before = new RegExp(BOILERPLATE_BEFORE, 'i');
const after = new RegExp(BOILERPLATE_AFTER, 'i');

function signalRegex(): RegExp {
  combined ??= new RegExp([...STAGE_SIGNALS, ...RESULT_SIGNALS, DEFENDANT_SIGNAL].map((s) => `(${s.source})`).join('|'), 'gi');
  return combined;
}

/**
 * Every stage phrase and (non-boilerplate) result line in the text, in order. Options offered but not
 * chosen (`choices`: page-text.ts) are read as the page shows them, that is not at all: a results
 * picker offering "Order for deprivation of rights" has entered no order, a blank plea drop-down
 * offering "Guilty" is no plea, and "Plea" beside a drop-down showing "Guilty" is a guilty plea.
 */
export function scanSignals(text: string, choices: readonly TextRange[] = []): Hit[] {
  if (choices.length === 0) return scanView(text, (at) => at);
  const { view, toText } = withoutChoices(text, choices);
  return scanView(view, toText);
}

/**
 * The text with each choice range replaced by one "\n" (a block boundary, as an option is), and a map
 * from offsets in that view back to offsets in the text. Linear; `choices` sorted and disjoint.
 */
export function withoutChoices(text: string, choices: readonly TextRange[]): { view: string; toText(at: number): number } {
  const parts: string[] = [];
  const viewStarts: number[] = [];
  const textStarts: number[] = [];
  let from = 0;
  let length = 0;
  for (const r of choices) {
    const start = Math.max(from, Math.min(r.start, text.length));
    const end = Math.max(start, Math.min(r.end, text.length));
    viewStarts.push(length);
    textStarts.push(from);
    parts.push(text.slice(from, start), '\n');
    length += start - from + 1;
    from = end;
  }
  viewStarts.push(length);
  textStarts.push(from);
  parts.push(text.slice(from));
  const toText = (at: number): number => {
    let lo = 0;
    let hi = viewStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (viewStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return textStarts[lo]! + (at - viewStarts[lo]!);
  };
  return { view: parts.join(''), toText };
}

function scanView(text: string, toText: (at: number) => number): Hit[] {
  const re = signalRegex();
  re.lastIndex = 0;
  const hits: Hit[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let g = 1;
    while (m[g] === undefined) g++;
    const target = TARGETS[g - 1]!;
    if ('order' in target && isBoilerplate(text, m.index, m.index + m[0].length)) continue;
    hits.push({ at: toText(m.index), ...target });
  }
  return hits;
}

/** Does any stage phrase or result line occur in this text, outside the choices? (For changed parts of a page.) */
export function hasSignals(text: string, choices: readonly TextRange[] = []): boolean {
  return scanSignals(text, choices).some((h) => !('defendant' in h));
}

const CLAUSE_MAX = 160;

/** Is the sentence around an order's name about what the court may do, a request, or a refusal? */
export function isBoilerplate(text: string, start: number, end: number): boolean {
  let from = Math.max(0, start - CLAUSE_MAX);
  const lead = text.slice(from, start);
  const cut = Math.max(lead.lastIndexOf('\n'), lead.lastIndexOf('\uFFFC'), lead.lastIndexOf('. '));
  if (cut >= 0) from += cut + 1;
  if (before.test(text.slice(from, start))) return true;
  const tail = text.slice(end, end + CLAUSE_MAX);
  const stop = tail.search(/\n|\uFFFC|\. /);
  return after.test(stop >= 0 ? tail.slice(0, stop) : tail);
}

/** Stages named by the screen's headings and current tab. */
export function viewStages(structure: PageStructure): Stage[] {
  views ??= VIEW_SIGNALS.map((v) => new RegExp(v.source, 'i'));
  const out: Stage[] = [];
  for (const text of structure.views) {
    const i = views.findIndex((re) => re.test(text));
    if (i >= 0) out.push(VIEW_SIGNALS[i]!.stage);
  }
  return out;
}

/** The furthest stage shown; `ended` only where nothing shows a conviction. */
export function resolveStage(stages: readonly Stage[]): Stage {
  if (stages.length === 0) return 'unknown';
  const convicted = stages.some((s) => CONVICTION_STAGES.includes(s));
  if (!convicted && stages.includes('ended')) return 'ended';
  let best: Stage = 'unknown';
  for (const s of stages) if (STAGE_RANK[s] > STAGE_RANK[best]) best = s;
  return best;
}

function preferredRefs(caseRefs: readonly CaseRef[]): CaseRef[] {
  for (const kind of ['urn', 'court-case'] as const) {
    const refs = caseRefs.filter((r) => r.kind === kind);
    if (refs.length > 0) return [...refs].sort((a, b) => a.start - b.start);
  }
  return [];
}

/** The reference that owns the text at `at`, or null for text before the first reference. */
function ownerAt(refs: readonly CaseRef[], at: number): string | null {
  let lo = 0;
  let hi = refs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? null : refs[found]!.value;
}

/**
 * The matching cases on the page (casesFromResult), each with its stage and the orders on the page for
 * it. `text` is the text the result was detected in; `structure` is read from the same page, and
 * `choices` are pageText's ranges of options offered but not chosen.
 */
export function readCases(
  text: string,
  result: DetectResult,
  url: string,
  structure: PageStructure = NO_STRUCTURE,
  choices: readonly TextRange[] = [],
): PageCase[] {
  const cases = casesFromResult(result, url);
  if (cases.length === 0) return cases;
  const hits = scanSignals(text, choices);
  const pageViews = viewStages(structure);
  const refs = preferredRefs(result.caseRefs);
  const single = cases.length === 1;
  // One case and one reference on the page: all its text is that case's. (A list with one matching
  // case among others is not one case: there each reference owns its own rows.)
  const wholePage = single && new Set(refs.map((r) => r.value)).size <= 1;
  const own = new Map<string | null, Hit[]>();
  for (const hit of hits) {
    const owner = wholePage ? cases[0]!.ref : ownerAt(refs, hit.at);
    const list = own.get(owner) ?? [];
    list.push(hit);
    own.set(owner, list);
  }
  const preamble = own.get(null) ?? [];
  return cases.map((c) => {
    const mine = c.ref === null ? hits : (own.get(c.ref) ?? []);
    const stages = stagesOf(mine);
    const pageStages = stagesOf(preamble);
    const stage = resolveStage([...(stages.length ? stages : pageStages), ...pageViews]);
    const orders = ordersOf(single ? [...mine, ...(c.ref === null ? [] : preamble)] : mine);
    const defendants = defendantsOf(mine, c);
    return defendants ? { ...c, stage, orders, defendants } : { ...c, stage, orders };
  });
}

/**
 * With two or more defendant panels in the case's own text: each panel runs from its "Defendant" label
 * to the next. A panel counts if it holds the case's recognised offence or a deprivation order; of
 * those, how many hold the order. So an order for one of two co-defendants is not read as the order
 * for both.
 */
function defendantsOf(mine: readonly Hit[], c: PageCase): { count: number; withOrder: number } | undefined {
  const starts = mine.flatMap((h) => ('defendant' in h ? [h.at] : []));
  if (starts.length < 2) return undefined;
  const evidence = c.offences.flatMap((o) => o.evidence.map((e) => e.start));
  let count = 0;
  let withOrder = 0;
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const to = i + 1 < starts.length ? starts[i + 1]! : Infinity;
    const inPanel = (at: number) => at >= from && at < to;
    const ordered = mine.some((h) => 'order' in h && h.order === 'deprivation' && inPanel(h.at));
    if (ordered || evidence.some(inPanel)) {
      count++;
      if (ordered) withOrder++;
    }
  }
  return count >= 2 ? { count, withOrder } : undefined;
}

function stagesOf(hits: readonly Hit[]): Stage[] {
  return hits.flatMap((h) => ('stage' in h ? [h.stage] : []));
}

function ordersOf(hits: readonly Hit[]): OrdersOnPage {
  let orders = NO_ORDERS;
  for (const h of hits) if ('order' in h && !orders[h.order]) orders = { ...orders, [h.order]: true };
  return orders;
}
