/** The people the sidebar speaks to. Prompt wording and defaults depend on it. */
export const ROLES = ['legal-adviser', 'prosecutor', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
