import { t } from '../../lib/i18n/t';
import { PROMPT_DEFINITIONS } from '../../lib/prompts/data';
import { OFFENCES } from '../../lib/offences/catalogue';
import type { RecordEntry } from '../../lib/record/schema';
import type { StoredCaseRef } from '../../lib/record/schema';
import { formatDateTime } from '../../lib/i18n/dates';
import { FEWER_THAN_5 } from '../../lib/record/summary-file';

/**
 * Labels for coded values. Outcome and reason labels are owned by the prompts area
 * (`outcome_<code>` / `reason_<code>`); until one exists the code itself is shown, never a blank.
 */
export function codeLabel(prefix: 'outcome' | 'reason' | 'record_role' | 'mi_group' | 'mi_prompt', code: string): string {
  const key = `${prefix}_${code.replace(/-/g, '_')}`;
  const text = t(key);
  return text === key ? code : text;
}

/** A prompt's plain name ("Other orders (restraining order, SHPO)"), never its id where a name exists. */
export function promptLabel(promptId: string): string {
  const label = codeLabel('mi_prompt', promptId);
  if (label !== promptId) return label;
  // A prompt added since the labels were written: its own one-line summary, still not a raw id.
  return PROMPT_DEFINITIONS.find((p) => p.id === promptId)?.text.en.summary ?? promptId;
}

/**
 * "Share photograph or film … (SOA 2003 s.66B(2))" for a catalogue id: the title and citation are legal
 * content in their own language; the way they are joined is the interface's.
 */
export function offenceLabel(offenceId: string): string {
  const o = OFFENCES.find((x) => x.id === offenceId);
  return o ? t('record_offence_label', [o.titles[0] ?? o.id, o.citation]) : offenceId;
}

export function groupLabel(group: string): string {
  return codeLabel('mi_group', group);
}

export function roleLabel(role: string): string {
  return codeLabel('record_role', role);
}

/** How a case is shown without listing its reference: a short fragment of the HMAC. */
export function caseLabel(ref: StoredCaseRef | null): string {
  if (ref === null) return t('record_case_none');
  return ref.type === 'clear' ? ref.value : t('record_case_hashed', ref.value.slice(0, 8));
}

/** UK time, the GOV.UK way: "2 December 2026, 14:05". */
export function formatTime(iso: string): string {
  return formatDateTime(iso);
}

export function entryOutcomeText(entry: RecordEntry): string {
  if (entry.kind === 'purge') return t('record_kind_purge', String(entry.purge.count));
  if (entry.kind === 'shown') return t('record_kind_shown');
  if (entry.kind === 'observation') return t('record_kind_observation');
  return codeLabel('outcome', entry.outcome);
}

/** A count as shown: "fewer than 5" where small numbers are protected. */
export function countText(n: number | typeof FEWER_THAN_5): string {
  return n === FEWER_THAN_5 ? t('mi_fewer_than_5') : String(n);
}
