import { t } from '../../lib/i18n/t';
import type { RecordEntry } from '../../lib/record/schema';
import type { StoredCaseRef } from '../../lib/record/schema';

/**
 * Labels for coded values. Outcome and reason labels are owned by the prompts area
 * (`outcome_<code>` / `reason_<code>`); until one exists the code itself is shown, never a blank.
 */
export function codeLabel(prefix: 'outcome' | 'reason' | 'record_role', code: string): string {
  const key = `${prefix}_${code.replace(/-/g, '_')}`;
  const text = t(key);
  return text === key ? code : text;
}

/** How a case is shown without listing its reference: a short fragment of the HMAC. */
export function caseLabel(ref: StoredCaseRef | null): string {
  if (ref === null) return t('record_case_none');
  return ref.type === 'clear' ? ref.value : t('record_case_hashed', ref.value.slice(0, 8));
}

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function entryOutcomeText(entry: RecordEntry): string {
  if (entry.kind === 'purge') return t('record_kind_purge', String(entry.purge.count));
  if (entry.kind === 'shown') return t('record_kind_shown');
  if (entry.kind === 'observation') return t('record_kind_observation');
  return codeLabel('outcome', entry.outcome);
}
