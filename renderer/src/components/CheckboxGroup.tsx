import { useId, type Ref } from 'react';

interface CheckboxGroupProps {
  legend: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  /** Lay the boxes out in columns (long lists such as themes) instead of one line. */
  columns?: boolean;
  onBlur?: () => void;
  /** Given to the first box, e.g. for react-hook-form to focus the group when it is invalid. */
  ref?: Ref<HTMLInputElement>;
}

/** A fieldset of checkboxes bound to a list of codes; order follows the options, not the clicks. */
export function CheckboxGroup({ legend, options, value, onChange, error, columns, onBlur, ref }: CheckboxGroupProps) {
  const errorId = useId();
  const toggle = (code: string, checked: boolean) => {
    const chosen = new Set(value);
    if (checked) chosen.add(code);
    else chosen.delete(code);
    onChange(options.map((option) => option.value).filter((code) => chosen.has(code)));
  };
  return (
    <fieldset
      className={`checkbox-group${columns ? ' checkbox-group--columns' : ''}${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      <div className="checkbox-group__options">
        {options.map((option, index) => (
          <label key={option.value} className="checkbox">
            <input
              ref={index === 0 ? ref : undefined}
              type="checkbox"
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              onBlur={onBlur}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
