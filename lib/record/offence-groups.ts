import { OFFENCES } from '../offences/catalogue';

/**
 * Offence groups for management information: the record stores a catalogue offence id per entry
 * (e.g. "soa2003-s66b-2"); managers see a handful of groups by the section of the Act, not the
 * limbs. Labels are UI text (`mi_group_<id>` in the i18n messages). Ids are stable API: they are
 * written into summary files.
 */
export const OFFENCE_GROUPS = ['sharing', 'cyberflashing', 'deepfakes', 'voyeurism', 'upskirting', 'alternative', 'not-recorded'] as const;
export type OffenceGroup = (typeof OFFENCE_GROUPS)[number];

/** Catalogue statute + section to group; anything else goes by the catalogue's category. */
const BY_SECTION: Readonly<Record<string, OffenceGroup>> = {
  'cjca2015:33': 'sharing',
  'soa2003:66B': 'sharing',
  'soa2003:66A': 'cyberflashing',
  'soa2003:66E': 'deepfakes',
  'soa2003:66F': 'deepfakes',
  'soa2003:67': 'voyeurism',
  'soa2003:67A': 'upskirting',
};

const GROUP_OF = new Map<string, OffenceGroup>(
  OFFENCES.map((o) => [o.id, BY_SECTION[`${o.statute}:${o.section}`] ?? (o.category === 'alternative' ? 'alternative' : 'not-recorded')]),
);

/** The group of a stored offence id (null or unknown ids: "not-recorded"). */
export function offenceGroup(offenceId: string | null | undefined): OffenceGroup {
  return (offenceId ? GROUP_OF.get(offenceId) : undefined) ?? 'not-recorded';
}

export function isOffenceGroup(value: string): value is OffenceGroup {
  return (OFFENCE_GROUPS as readonly string[]).includes(value);
}

/** Plain title and citation of a catalogue offence, e.g. "Share photograph or film … (SOA 2003 s.66B(2))". */
export function offenceTitle(offenceId: string): string {
  const o = OFFENCES.find((x) => x.id === offenceId);
  return o ? `${o.titles[0]} (${o.citation})` : offenceId;
}
