import { useId, type Ref, type TextareaHTMLAttributes } from 'react';

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line text field (same shape as Field). */
export function TextAreaField({ label, hint, error, id, ref, rows = 4, ...textarea }: TextAreaFieldProps) {
  const generated = useId();
  const areaId = id ?? generated;
  const describedBy = [hint ? `${areaId}-hint` : null, error ? `${areaId}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field field--wide${error ? ' field--invalid' : ''}`}>
      <label htmlFor={areaId}>{label}</label>
      {hint && (
        <p id={`${areaId}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <textarea
        ref={ref}
        id={areaId}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...textarea}
      />
      {error && (
        <p id={`${areaId}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
