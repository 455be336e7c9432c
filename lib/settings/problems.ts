/**
 * Something wrong found in stored or managed settings. Reported (options page, background log),
 * never thrown: a broken value falls back to its default and the extension keeps working.
 */
export interface SettingsProblem {
  source: 'stored' | 'managed';
  /** The field, or "*" for the whole object. */
  field: string;
  code:
    | 'notAnObject'
    | 'invalid'
    | 'unknownKey'
    | 'badVersion'
    | 'futureVersion'
    | 'repaired'
    | 'languageUnavailable'
    | 'defaultRoleNotAllowed';
  /** The rejected value where it is safe to show (site patterns, numbers); never page content. */
  detail?: string;
}
