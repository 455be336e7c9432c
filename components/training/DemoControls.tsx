import { useEffect, useId, useState } from 'react';
import { setLanguage, t } from '../../lib/i18n/t';
import { ROLES, type Role } from '../../lib/roles';
import type { Result } from '../../lib/core/result';
import type { SidebarContext } from '../../lib/messaging/page-schemas';
import { roleLabel } from '../record/labels';

export interface DemoControlsProps {
  /** The current role, presenter mode and focus shortcut (the background's sidebar.context). */
  load(): Promise<Result<SidebarContext>>;
  setRole(role: Role): Promise<Result<SidebarContext>>;
  setPresenter(presenter: boolean): Promise<Result<SidebarContext>>;
  /** record.html?training=show, and its clear-training section. */
  recordHref: string;
  clearHref: string;
}

/**
 * The trainer's controls on the training index (issue 23, item 2): the role being demonstrated and
 * presenter mode apply at once (open sidebars listen for settings changes), and the record opens with
 * the training entries shown. No Settings trip, no reload.
 */
export function DemoControls(props: DemoControlsProps) {
  const id = useId();
  const [context, setContext] = useState<SidebarContext | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const { load } = props;
  useEffect(() => {
    void load().then((r) => {
      if (!r.ok) return setError(r.error.message);
      setLanguage(r.value.language);
      setContext(r.value);
    });
  }, [load]);

  // Shown at once (a control that lags behind the click reads as broken), put back if the save fails.
  const apply = async (change: Partial<SidebarContext>, work: () => Promise<Result<SidebarContext>>, said: (c: SidebarContext) => string) => {
    const before = context;
    if (before) setContext({ ...before, ...change });
    const r = await work();
    if (!r.ok) {
      setContext(before);
      return setError(r.error.message);
    }
    setError(null);
    setContext(r.value);
    setStatus(said(r.value));
  };

  return (
    <div className="demo-controls__body">
      <p>{t('demo_intro')}</p>
      {error && (
        <p className="demo-controls__error" role="alert">
          {error}
        </p>
      )}
      <fieldset className="demo-controls__fieldset">
        <legend>{t('demo_role_legend')}</legend>
        {ROLES.map((role) => (
          <div className="demo-controls__choice" key={role}>
            <input
              type="radio"
              id={`${id}-${role}`}
              name={`${id}-role`}
              value={role}
              checked={context?.role === role}
              disabled={context === null}
              onChange={() => void apply({ role }, () => props.setRole(role), (c) => t('demo_role_status', roleLabel(c.role ?? role)))}
            />
            <label htmlFor={`${id}-${role}`}>{roleLabel(role)}</label>
          </div>
        ))}
      </fieldset>
      <div className="demo-controls__choice">
        <input
          type="checkbox"
          id={`${id}-presenter`}
          checked={context?.presenter ?? false}
          disabled={context === null}
          onChange={(e) => {
            const presenter = e.target.checked;
            void apply({ presenter }, () => props.setPresenter(presenter), (c) => t(c.presenter ? 'demo_presenter_on' : 'demo_presenter_off'));
          }}
        />
        <label htmlFor={`${id}-presenter`}>{t('demo_presenter_label')}</label>
      </div>
      <p className="demo-controls__status" role="status">
        {status || (context && context.role === null ? t('demo_role_none') : '')}
      </p>
      <ul className="demo-controls__links">
        <li>
          <a href={props.recordHref}>{t('demo_record_link')}</a>
        </li>
        <li>
          <a href={props.clearHref}>{t('demo_clear_link')}</a>
        </li>
      </ul>
      {context && <p className="small">{context.focusShortcut ? t('demo_shortcut', context.focusShortcut) : t('demo_no_shortcut')}</p>}
      <p className="small">{t('demo_training_note')}</p>
    </div>
  );
}
