import { useState } from 'react';
import { t } from '../../lib/i18n/t';
import { ROLES, isRole, type Role } from '../../lib/roles';
import type { AcknowledgeResult, Submit } from './types';

interface Props {
  onChooseRole(role: Role, event: Submit): Promise<AcknowledgeResult>;
}

/**
 * With no role saved the reminder asks for one instead of assuming one (UX walkthrough problem 2):
 * one question, one click, saved at once.
 */
export function RoleChooser({ onChooseRole }: Props) {
  const [failure, setFailure] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  async function submit(event: Submit) {
    event.preventDefault();
    const value = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value');
    if (pending || !isRole(value)) return;
    setPending(true);
    const r = await onChooseRole(value, event);
    setPending(false);
    setFailure(r.ok ? undefined : r.message);
  }

  return (
    <form className="dor-role" noValidate onSubmit={submit}>
      <fieldset>
        <legend className="dor-label">{t('sidebar_role_question')}</legend>
        <p className="dor-hint">{t('sidebar_role_hint')}</p>
        <div className="dor-actions dor-actions--stack">
          {ROLES.map((role) => (
            <button key={role} type="submit" value={role} className="dor-button dor-button--secondary" disabled={pending}>
              {t(`sidebar_role_button_${role.replace(/-/g, '_')}`)}
            </button>
          ))}
        </div>
      </fieldset>
      {failure && (
        <p className="dor-error-message dor-failure" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
