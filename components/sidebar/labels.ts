import type { EvidenceKind } from '../../lib/core/vocabulary';
import type { RecognisedOffence } from '../../lib/detect/types';
import type { OutcomeCode, ReasonCode } from '../../lib/prompts/outcomes';
import type { Role } from '../../lib/roles';
import { t } from '../../lib/i18n/t';

/** i18n keys may use only A-Z, a-z, 0-9 and _, so codes map "-" to "_" (see lib/prompts/outcomes.ts). */
const key = (prefix: string, code: string) => `${prefix}_${code.replace(/-/g, '_')}`;

export const outcomeLabel = (code: OutcomeCode) => t(key('outcome', code));
export const reasonLabel = (code: ReasonCode) => t(key('reason', code));
export const evidenceKindLabel = (kind: EvidenceKind) => t(key('sidebar_evidence_kind', kind));
export const roleLabel = (role: Role) => t(key('sidebar_role', role));

export function offenceLabel(offence: RecognisedOffence): string {
  return t('sidebar_offence_label', [offence.title, offence.citation]);
}

/** The landmark's name: it must begin "Deprivation order reminder" so users can find it by name. */
export function landmarkLabel(offences: readonly RecognisedOffence[]): string {
  const [first, ...rest] = offences;
  let what = first ? offenceLabel(first) : t('sidebar_recognised_unknown');
  if (rest.length > 0) what = t('sidebar_and_more', [what, String(rest.length)]);
  return t('sidebar_landmark_label', what);
}

export { formatRecordedAt } from '../../lib/i18n/dates';
