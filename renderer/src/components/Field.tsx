import { useId, useState, type InputHTMLAttributes, type Ref } from 'react';
import { DateInput } from './DateInput';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A labelled input whose hint and error are announced with it. `type="date"`
 * renders the app's own date field (DateInput: dd-mm-jjjj in the app's
 * language, ISO in the form), never the browser's, which follows the OS locale.
 */
export function Field({ label, hint, error, id, ref, ...input }: FieldProps) {
  const generated = useId();
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const shownError = error ?? dateProblem ?? undefined;
  const describedBy = [hint ? hintId : null, shownError ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = { id: inputId, 'aria-invalid': shownError ? true : undefined, 'aria-describedby': describedBy } as const;
  return (
    <div className={`field${shownError ? ' field--invalid' : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {input.type === 'date' ? (
        <DateInput
          ref={ref}
          {...common}
          {...input}
          value={input.value === undefined ? undefined : String(input.value)}
          defaultValue={input.defaultValue === undefined ? undefined : String(input.defaultValue)}
          onProblemChange={setDateProblem}
        />
      ) : (
        <input ref={ref} {...common} {...input} />
      )}
      {shownError && (
        <p id={errorId} className="field__error">
          {shownError}
        </p>
      )}
    </div>
  );
}
