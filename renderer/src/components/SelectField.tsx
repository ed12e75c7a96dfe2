import { useId, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLSelectElement>;
  children: ReactNode;
}

/** A labelled select whose hint and error are announced with it (same shape as Field). */
export function SelectField({ label, hint, error, id, ref, children, ...select }: SelectFieldProps) {
  const generated = useId();
  const selectId = id ?? generated;
  const describedBy = [hint ? `${selectId}-hint` : null, error ? `${selectId}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={selectId}>{label}</label>
      {hint && (
        <p id={`${selectId}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <select ref={ref} id={selectId} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...select}>
        {children}
      </select>
      {error && (
        <p id={`${selectId}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
