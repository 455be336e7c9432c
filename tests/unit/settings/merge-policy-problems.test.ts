// Policy problems and locks as the options page reads them: found unchecked by mutation testing
// (npm run mutation -- settings).
import { describe, expect, it } from 'vitest';
import { isLocked, mergeManaged } from '../../../lib/settings/merge';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

describe('policy language', () => {
  it('English from policy is applied and locked with no problem reported', () => {
    const merged = mergeManaged(DEFAULT_SETTINGS, { language: 'en' });
    expect(merged.problems).toEqual([]);
    expect(merged.effective.language).toBe('en');
    expect(isLocked(merged, 'language')).toBe(true);
  });

  it('Welsh from policy is reported against the language field (English is used until Welsh exists)', () => {
    const merged = mergeManaged(DEFAULT_SETTINGS, { language: 'cy' });
    expect(merged.problems).toEqual([{ source: 'managed', field: 'language', code: 'languageUnavailable', detail: 'cy' }]);
    expect(merged.effective.language).toBe('en');
  });
});

describe('isLocked', () => {
  it('is true only for what the policy sets', () => {
    const merged = mergeManaged(DEFAULT_SETTINGS, { retentionDays: 365 });
    expect(isLocked(merged, 'retentionDays')).toBe(true);
    expect(isLocked(merged, 'sensitivity')).toBe(false);
    expect(isLocked(mergeManaged(DEFAULT_SETTINGS, {}), 'retentionDays')).toBe(false);
  });
});
