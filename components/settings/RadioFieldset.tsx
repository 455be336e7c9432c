import { FieldError } from './FieldError';
import { LockedHint } from './LockedHint';

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
  disabled?: boolean;
}

interface Props {
  name: string;
  legend: string;
  hint?: string;
  options: RadioOption[];
  value: string;
  onChange: (value: string) => void;
  locked?: boolean;
  error?: string;
}

/** A GOV.UK-style radio group: fieldset + legend, hint, locked note and error all described. */
export function RadioFieldset({ name, legend, hint, options, value, onChange, locked = false, error }: Props) {
  const hintId = `${name}-hint`;
  const lockedId = `${name}-locked`;
  const errorId = `${name}-error`;
  const describedBy = [hint && hintId, locked && lockedId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy} disabled={locked}>
        <legend className="fieldset__legend">{legend}</legend>
        {hint && (
          <p className="hint" id={hintId}>
            {hint}
          </p>
        )}
        {locked && <LockedHint id={lockedId} />}
        <FieldError id={errorId} text={error} />
        <div className="radios">
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${option.value}`;
            const optionHintId = `${id}-item-hint`;
            return (
              <div className="radios__item" key={option.value}>
                <input
                  className="radios__input"
                  type="radio"
                  id={id}
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  disabled={locked || option.disabled}
                  aria-describedby={option.hint ? optionHintId : undefined}
                  onChange={() => onChange(option.value)}
                />
                <label className="radios__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint && (
                  <p className="hint radios__hint" id={optionHintId}>
                    {option.hint}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
