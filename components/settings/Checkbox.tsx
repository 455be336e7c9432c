import { LockedHint } from './LockedHint';

interface Props {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  locked?: boolean;
}

export function Checkbox({ id, label, hint, checked, onChange, locked = false }: Props) {
  const describedBy = [hint && `${id}-hint`, locked && `${id}-locked`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="checkboxes__item">
      <input
        className="checkboxes__input"
        type="checkbox"
        id={id}
        checked={checked}
        disabled={locked}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label className="checkboxes__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="hint checkboxes__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {locked && <LockedHint id={`${id}-locked`} />}
    </div>
  );
}
