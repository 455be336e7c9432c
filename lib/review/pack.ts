import { OFFENCES } from '../offences/catalogue';
import { OFFENCE_LAW } from '../offences/law';
import { PROMPT_DEFINITIONS, PROMPTS_VERSION, promptsFor, promptText, resolvePrompt, SOURCES } from '../prompts';
import type { Prompt, PromptDefinition, PromptLine } from '../prompts/types';
import { promptTextHash } from '../prompts/text-hash';
import { ROLES, type Role } from '../roles';
import type { ReviewPack, ReviewPrompt } from './schema';

/**
 * The review pack for the lawyer who signs the wording off: every offence in the catalogue x every
 * role, with the prompts exactly as the sidebar shows them for a page with that offence (the same
 * promptsFor() the sidebar calls), each line with its sources, status and the warning text, plus the
 * prompt versions and the text hashes the record stores. Pure: the CLI (lib/cli/review-pack.ts)
 * writes it to disk.
 */

/** A source as the JSON names it: its pinpoint label (ids are internal). */
const sourceName = (id: keyof typeof SOURCES) => SOURCES[id].label;

function reviewPrompt(p: Prompt): ReviewPrompt {
  const copy = p.text.en;
  return {
    id: p.id,
    version: p.version,
    approval: p.approval.state,
    summary: copy.summary,
    lines: copy.detail.map((line) => ({ text: line.text, sources: line.sources.map(sourceName), status: line.status })),
    uncertain: [...(copy.uncertain ?? [])],
  };
}

export function buildReviewPack(definitions: readonly PromptDefinition[] = PROMPT_DEFINITIONS): ReviewPack {
  const entries = OFFENCES.flatMap((offence) =>
    ROLES.map((role) => ({
      offenceId: offence.id,
      role,
      prompts: promptsFor(role, { offenceIds: [offence.id], categories: [offence.category] }, definitions).map(reviewPrompt),
    })),
  );
  return { promptsVersion: PROMPTS_VERSION, entries };
}

/** The hash the record stores for a prompt shown to a role (lib/prompts/text-hash.ts). */
export const textHash = (def: PromptDefinition, role: Role): Promise<string> => promptTextHash(def, role, 'en');

export interface SignOffRow {
  id: string;
  version: string;
  role: Role;
  approval: string;
  hash: string;
}

export async function signOffRows(definitions: readonly PromptDefinition[] = PROMPT_DEFINITIONS): Promise<SignOffRow[]> {
  const rows: SignOffRow[] = [];
  for (const def of definitions) {
    for (const role of def.roles) {
      const approval = def.approval.state === 'approved' ? `approved by ${def.approval.reviewer}, ${def.approval.date}` : 'draft';
      rows.push({ id: def.id, version: def.version, role, approval, hash: await textHash(def, role) });
    }
  }
  return rows;
}

const STATUS_LABEL: Record<PromptLine['status'], string> = {
  statute: 'statute',
  'case-law': 'case law',
  guidance: 'guidance',
  secondary: 'press report',
  unconfirmed: 'NOT CONFIRMED',
};

const md = (s: string) => s.replace(/\|/g, '\\|');

function renderPrompt(p: ReviewPrompt, def: PromptDefinition | undefined, role: Role): string[] {
  const out = [`##### ${md(p.summary)}`, '', `\`${p.id}\` version ${p.version}, ${p.approval}`, ''];
  const say = def ? (def.roleText?.[role] ?? def.text).en.say : undefined;
  if (say) out.push(`What to say: "${say}"`, '');
  p.lines.forEach((line, i) => out.push(`${i + 1}. ${line.text}  \n   *${STATUS_LABEL[line.status]}*: ${line.sources.join('; ')}`));
  for (const note of p.uncertain) out.push('', `> **Warning:** ${note}`);
  out.push('');
  return out;
}

function lawSummary(offenceId: string): string {
  const law = OFFENCE_LAW[offenceId];
  if (!law) return 'NO LAW DATA';
  const listing = (f: typeof law.shpo) => `${f.status}${f.paragraph ? ` (${f.paragraph})` : ''}${f.condition ? `: ${f.condition}` : ''}`;
  return [
    `SHPO ${listing(law.shpo)}`,
    `notification ${listing(law.notification)}`,
    `anonymity ${law.anonymity.status}${law.anonymity.protects.length ? ` (${law.anonymity.protects.join(', ')})` : ''}`,
    `s.154A ${law.deeming.status}`,
    `in force ${law.dates.inForce}${law.dates.repealed ? `, repealed ${law.dates.repealed}` : ''}`,
  ].join('; ');
}

/** Markdown for reading and signing. Offences whose prompts read the same for every role share a section. */
export function renderMarkdown(pack: ReviewPack, rows: readonly SignOffRow[], generatedAt: string): string {
  const out: string[] = [
    '# Deprivation Order Reminder: legal review pack',
    '',
    `Prompt set version ${pack.promptsVersion}, generated ${generatedAt} by \`npm run review-pack\`.`,
    '',
    '## How to use this pack',
    '',
    '1. Read each offence section below: it is exactly what the sidebar shows, for each role, on a page about that offence. Each line names its sources (pinpoint) and its status. Lines marked *NOT CONFIRMED*, *press report* or *guidance* are labelled as such in the sidebar too.',
    '2. Note any correction against the prompt id and line number, and return it to the developers: a change to wording creates a new prompt version and a new text hash.',
    '3. To approve, complete the sign-off table for each prompt version and role. The developers then record your name and the date in the prompt data (`approval`), and the sidebar stops showing "Draft wording, not yet approved by a lawyer" for that prompt.',
    '4. The text hash is what every record entry stores for the prompt shown: it ties a record entry to the exact wording you approved.',
    '',
    '## Sign-off',
    '',
    '| Prompt | Version | Role | State | Text hash (SHA-256) | Approved (yes / no) | Reviewer | Date |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| \`${r.id}\` | ${r.version} | ${r.role} | ${md(r.approval)} | \`${r.hash}\` |  |  |  |`),
    '',
    '## Prompts by offence and role',
    '',
  ];
  const byId = new Map(PROMPT_DEFINITIONS.map((d) => [d.id, d]));
  const groups = new Map<string, string[]>();
  for (const offence of OFFENCES) {
    const key = JSON.stringify(pack.entries.filter((e) => e.offenceId === offence.id).map((e) => [e.role, e.prompts]));
    groups.set(key, [...(groups.get(key) ?? []), offence.id]);
  }
  for (const [key, ids] of groups) {
    const names = ids.map((id) => {
      const o = OFFENCES.find((x) => x.id === id)!;
      return `${o.citation} (\`${id}\`)`;
    });
    out.push(`### ${names.join(', ')}`, '');
    for (const id of ids) out.push(`- Law data for \`${id}\`: ${lawSummary(id)}`);
    out.push('');
    for (const [role, prompts] of JSON.parse(key) as [Role, ReviewPrompt[]][]) {
      out.push(`#### Role: ${role}`, '');
      for (const p of prompts) out.push(...renderPrompt(p, byId.get(p.id), role));
    }
  }
  return `${out.join('\n')}\n`;
}
