import { useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n/t';
import { LANGUAGES, PLANNED_LANGUAGES } from '../../lib/i18n/languages';
import { ROLES, type Role } from '../../lib/roles';
import { formErrorMessageKey, parseSettingsForm, toFormValues, type FormError, type SettingsFormValues } from '../../lib/settings/form';
import type { LockableSetting } from '../../lib/settings/merge';
import { RETENTION_MAX_DAYS, RETENTION_MIN_DAYS, type Settings } from '../../lib/settings/schema';
import { Checkbox } from './Checkbox';
import { ErrorSummary } from './ErrorSummary';
import { FieldError } from './FieldError';
import { LockedHint } from './LockedHint';
import { RadioFieldset } from './RadioFieldset';

export type SaveOutcome = 'saved' | 'futureVersion' | 'failed';

interface Props {
  /** The person's own stored settings (what gets saved). */
  user: Settings;
  /** What is in effect, policy applied (what is shown for locked fields). */
  effective: Settings;
  locked: readonly LockableSetting[];
  allowedRoles: readonly Role[];
  /** Settings were saved by a newer version: show them, but saving is refused. */
  readOnly?: boolean;
  onSave: (settings: Settings) => Promise<SaveOutcome>;
}

const ROLE_KEY: Record<Role, string> = { 'legal-adviser': 'LegalAdviser', prosecutor: 'Prosecutor', trainer: 'Trainer' };

export function SettingsForm({ user, effective, locked, allowedRoles, readOnly = false, onSave }: Props) {
  const [values, setValues] = useState<SettingsFormValues>(() => toFormValues(effective));
  const [errors, setErrors] = useState<FormError[]>([]);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const isLocked = (f: LockableSetting) => locked.includes(f);
  const set = <K extends keyof SettingsFormValues>(key: K, value: SettingsFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setOutcome(null);
  };
  const errorFor = (field: string) => {
    const e = errors.find((x) => x.field === field);
    return e ? t(formErrorMessageKey(e)) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = parseSettingsForm(values, user, locked);
    if (!result.ok) {
      setErrors(result.errors);
      setOutcome(null);
      return;
    }
    setErrors([]);
    setOutcome(await onSave(result.settings));
  }

  const retentionError = errorFor('retentionDays');
  const retentionDescribedBy = ['retentionDays-hint', isLocked('retentionDays') && 'retentionDays-locked', retentionError && 'retentionDays-error']
    .filter(Boolean)
    .join(' ');

  return (
    <form noValidate onSubmit={submit} aria-labelledby="settings-form-title">
      <h2 id="settings-form-title">{t('settings_formTitle')}</h2>
      <ErrorSummary
        id="settings-error-summary"
        errors={errors.map((e) => ({ targetId: e.field === 'form' ? 'settings-save' : e.field, text: t(formErrorMessageKey(e)) }))}
      />

      <RadioFieldset
        name="role"
        legend={t('settings_roleLegend')}
        hint={t('settings_roleHint')}
        value={values.role}
        onChange={(v) => set('role', v)}
        locked={isLocked('role')}
        error={errorFor('role')}
        options={ROLES.map((role) => ({
          value: role,
          label: t(`settings_role${ROLE_KEY[role]}`),
          hint: allowedRoles.includes(role) ? t(`settings_role${ROLE_KEY[role]}Hint`) : t('settings_roleNotAllowed'),
          disabled: !allowedRoles.includes(role),
        }))}
      />

      <RadioFieldset
        name="sensitivity"
        legend={t('settings_sensitivityLegend')}
        hint={t('settings_sensitivityHint')}
        value={values.sensitivity}
        onChange={(v) => set('sensitivity', v)}
        locked={isLocked('sensitivity')}
        error={errorFor('sensitivity')}
        options={[
          { value: 'show-possible', label: t('settings_sensitivityShowPossible'), hint: t('settings_sensitivityShowPossibleHint') },
          { value: 'match-only', label: t('settings_sensitivityMatchOnly'), hint: t('settings_sensitivityMatchOnlyHint') },
        ]}
      />

      <h3>{t('settings_recordHeading')}</h3>
      <div className={`form-group${retentionError ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor="retentionDays">
          {t('settings_retentionLabel')}
        </label>
        <p className="hint" id="retentionDays-hint">
          {t('settings_retentionHint', [String(RETENTION_MIN_DAYS), String(RETENTION_MAX_DAYS)])}
        </p>
        {isLocked('retentionDays') && <LockedHint id="retentionDays-locked" />}
        <FieldError id="retentionDays-error" text={retentionError} />
        <input
          className={`input input--width-5${retentionError ? ' input--error' : ''}`}
          id="retentionDays"
          name="retentionDays"
          type="text"
          inputMode="numeric"
          spellCheck={false}
          autoComplete="off"
          value={values.retentionDays}
          disabled={isLocked('retentionDays')}
          aria-describedby={retentionDescribedBy}
          aria-invalid={retentionError ? true : undefined}
          onChange={(e) => set('retentionDays', e.currentTarget.value)}
        />
      </div>

      <RadioFieldset
        name="caseRefStorage"
        legend={t('settings_caseRefLegend')}
        value={values.caseRefStorage}
        onChange={(v) => set('caseRefStorage', v)}
        locked={isLocked('caseRefStorage')}
        error={errorFor('caseRefStorage')}
        options={[
          { value: 'hmac', label: t('settings_caseRefHmac'), hint: t('settings_caseRefHmacHint') },
          { value: 'clear', label: t('settings_caseRefClear'), hint: t('settings_caseRefClearHint') },
        ]}
      />

      <RadioFieldset
        name="language"
        legend={t('settings_languageLegend')}
        hint={t('settings_languageHint')}
        value={values.language}
        onChange={(v) => set('language', v)}
        locked={isLocked('language')}
        error={errorFor('language')}
        // The shipped languages, then the planned ones disabled; never the test-only pseudo-locale.
        options={[
          ...LANGUAGES.map((l) => ({ value: l.code, label: t(l.labelKey) })),
          ...PLANNED_LANGUAGES.map((l) => ({ value: l.code, label: t(l.labelKey), hint: t(l.hintKey), disabled: true })),
        ]}
      />

      <div className="form-group">
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('settings_trainingLegend')}</legend>
          <p className="hint">{t('settings_trainingPagesHint')}</p>
          <div className="checkboxes">
            <Checkbox
              id="presenterMode"
              label={t('settings_presenterModeLabel')}
              hint={t('settings_presenterModeHint')}
              checked={values.presenterMode}
              onChange={(v) => set('presenterMode', v)}
            />
          </div>
        </fieldset>
      </div>

      {readOnly && <p className="notice">{t('settings_futureVersionCannotSave')}</p>}
      <button className="button" type="submit" id="settings-save" disabled={readOnly}>
        {t('settings_saveButton')}
      </button>
      <p className="status" role="status" data-testid="settings-save-status">
        {outcome === 'saved' && t('settings_saved')}
        {outcome === 'futureVersion' && t('settings_futureVersionCannotSave')}
        {outcome === 'failed' && t('settings_saveFailed')}
      </p>
    </form>
  );
}
