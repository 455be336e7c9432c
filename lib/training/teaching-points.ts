/**
 * Teaching points for the training mode, per role (legal-brief.md §6.1, corrected by the December 2026
 * legal review). The wording lives in lib/i18n/messages/en/training.json (so a component can show it
 * through t()); this file holds the structure: which points each role gets, and the sources and status
 * of each point, with the same source ids and statuses as the prompts (lib/prompts/sources.ts), so the
 * training material never presents an open question as settled law or cites an unofficial copy.
 */
import type { SourceId } from '../prompts/sources';
import type { LineStatus } from '../prompts/types';
import type { Role } from '../roles';

export type SourceStatus = LineStatus;

export interface TeachingPoint {
  id: string;
  /** Key of the English text in lib/i18n/messages/en/training.json. */
  messageKey: string;
  status: SourceStatus;
  sources: readonly SourceId[];
}

export const TEACHING_POINTS: readonly TeachingPoint[] = [
  { id: 'three-in-98', messageKey: 'training_tp_three_in_98', status: 'secondary', sources: ['observer-2025'] },
  { id: 'cps-2025', messageKey: 'training_tp_cps_2025', status: 'guidance', sources: ['cps-news-2025'] },
  {
    id: 's153-conditions',
    messageKey: 'training_tp_s153_conditions',
    status: 'statute',
    sources: ['sa2020-s153-2', 'sa2020-s153-3', 'sa2020-s153-5', 'sentencing-council-deprivation'],
  },
  {
    id: 'own-motion',
    messageKey: 'training_tp_own_motion',
    status: 'statute',
    sources: ['sa2020-s153-1', 'sa2020-s155-1', 'sentencing-council-deprivation'],
  },
  { id: 's155-value-effects', messageKey: 'training_tp_s155_value_effects', status: 'statute', sources: ['sa2020-s155-1', 'sa2020-s155-2'] },
  { id: 'wright-hadley', messageKey: 'training_tp_wright_hadley', status: 'case-law', sources: ['wright-hadley', 'daniels'] },
  { id: 'device-schedule', messageKey: 'training_tp_device_schedule', status: 'guidance', sources: ['sa2020-s153-2', 'cps-news-2025'] },
  { id: 'tan-daniels-lawful-material', messageKey: 'training_tp_tan_daniels', status: 'unconfirmed', sources: ['tan', 'daniels'] },
  {
    id: 'cloud-copies-uncertain',
    messageKey: 'training_tp_cloud_uncertain',
    status: 'unconfirmed',
    sources: ['sa2020-s153-2', 'sa2020-s360', 'osa2023-s10', 'cpa2026'],
  },
  {
    id: 's154a-deepfakes',
    messageKey: 'training_tp_s154a',
    status: 'statute',
    sources: ['sa2020-s154a-1-2', 'sa2020-s154a-3-5', 'si2026-31'],
  },
  {
    id: 'date-boundary',
    messageKey: 'training_tp_date_boundary',
    status: 'statute',
    sources: ['osa2023-s190', 'si2024-31', 'daa2021-s69', 'sentencing-council-s33'],
  },
  {
    id: 'companion-orders-by-offence',
    messageKey: 'training_tp_companion_by_offence',
    status: 'statute',
    sources: ['sa2020-s345', 'osa2023-sch14-para16', 'soaa1992-s2', 'soaa1992-s6-2b'],
  },
  {
    id: 'after-the-order',
    messageKey: 'training_tp_after_the_order',
    status: 'statute',
    sources: ['sa2020-s156-4', 'sa2020-s157-3', 'sa2020-s158', 'sa2020-s159'],
  },
  {
    id: 'iioc-contrast',
    messageKey: 'training_tp_iioc_contrast',
    status: 'secondary',
    sources: ['observer-2025', 'sa2020-s153-5', 'pca1978-schedule'],
  },
  { id: 'harassment-scope', messageKey: 'training_tp_harassment_scope', status: 'statute', sources: ['sa2020-s153-2', 'sa2020-s153-3', 'sa2020-s360'] },
  { id: 'result-recorded', messageKey: 'training_tp_result_recorded', status: 'guidance', sources: ['hmcts-depo', 'pccsa2000-s143', 'sa2020-s2'] },
];

/** Which points each role's demonstration draws out, in teaching order. */
export const TEACHING_POINTS_BY_ROLE: Readonly<Record<Role, readonly string[]>> = {
  'legal-adviser': [
    'own-motion',
    's153-conditions',
    's155-value-effects',
    'wright-hadley',
    'tan-daniels-lawful-material',
    'cloud-copies-uncertain',
    'companion-orders-by-offence',
    'date-boundary',
    'after-the-order',
    'result-recorded',
  ],
  prosecutor: [
    'cps-2025',
    's153-conditions',
    'device-schedule',
    'wright-hadley',
    'tan-daniels-lawful-material',
    'cloud-copies-uncertain',
    's154a-deepfakes',
  ],
  trainer: [
    'three-in-98',
    'cps-2025',
    's153-conditions',
    'wright-hadley',
    'tan-daniels-lawful-material',
    'cloud-copies-uncertain',
    'date-boundary',
    'iioc-contrast',
    'harassment-scope',
  ],
};

export function teachingPointsFor(role: Role): TeachingPoint[] {
  return TEACHING_POINTS_BY_ROLE[role].map((id) => {
    const point = TEACHING_POINTS.find((p) => p.id === id);
    if (!point) throw new Error(`Unknown teaching point: ${id}`);
    return point;
  });
}
