import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MunicipalityRef } from '../../../shared/domain/history';

interface MunicipalityPickerProps {
  label: string;
  municipalities: MunicipalityRef[];
  value: string[];
  onChange: (codes: string[]) => void;
  onBlur?: () => void;
  error?: string;
  hint?: string;
  id?: string;
  disabled?: boolean;
  /** The text box, e.g. for react-hook-form to focus it when the field is invalid. */
  ref?: Ref<HTMLInputElement>;
}

const MAX_SUGGESTIONS = 8;

/** Lowercase without diacritics, so "sudwest" finds "Súdwest-Fryslân". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Multi-select over the municipality register as an ARIA combobox: type a
 * few letters, arrows move, Enter adds, Backspace on an empty box removes the
 * last one. Chosen municipalities are listed with their own remove buttons.
 */
export function MunicipalityPicker(props: MunicipalityPickerProps) {
  const { label, municipalities, value, onChange, onBlur, error, hint, id, disabled, ref } = props;
  const { t } = useTranslation();
  const generated = useId();
  const inputId = id ?? generated;
  const listId = `${inputId}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const byCode = useMemo(() => new Map(municipalities.map((m) => [m.code, m])), [municipalities]);
  const suggestions = useMemo(() => {
    const query = fold(text.trim());
    if (!query) return [];
    const matches = municipalities.filter(
      (m) => !value.includes(m.code) && (fold(m.name).includes(query) || m.code.toLowerCase() === query),
    );
    // Names that start with what was typed come first: "Den" → Den Haag before Leiden.
    matches.sort((a, b) => Number(!fold(a.name).startsWith(query)) - Number(!fold(b.name).startsWith(query)));
    return matches.slice(0, MAX_SUGGESTIONS);
  }, [municipalities, text, value]);
  const expanded = open && suggestions.length > 0;
  const activeIndex = Math.min(active, Math.max(0, suggestions.length - 1));

  const add = (code: string) => {
    onChange([...value, code]);
    setText('');
    setActive(0);
  };
  const remove = (code: string) => onChange(value.filter((c) => c !== code));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (suggestions.length) setActive((activeIndex + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' && expanded) {
      // Enter picks the suggestion instead of submitting the form.
      event.preventDefault();
      const choice = suggestions[activeIndex];
      if (choice) add(choice.code);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Backspace' && text === '' && value.length > 0) {
      remove(value[value.length - 1]!);
    }
  };

  const describedBy = [hint ? `${inputId}-hint` : null, error ? `${inputId}-error` : null, `${inputId}-chosen`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field picker${error ? ' field--invalid' : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <p id={`${inputId}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <div className="picker__box">
        {value.length > 0 && (
          <ul className="picker__chosen" aria-label={t('picker.chosen', { label })}>
            {value.map((code) => (
              <li key={code} className="tag">
                <span>{byCode.get(code)?.name ?? code}</span>
                <button
                  type="button"
                  className="tag__remove"
                  aria-label={t('picker.remove', { name: byCode.get(code)?.name ?? code })}
                  onClick={() => remove(code)}
                  disabled={disabled}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          ref={ref}
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? `${listId}-${activeIndex}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          placeholder={t('picker.placeholder')}
          value={text}
          disabled={disabled}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            onBlur?.();
          }}
        />
      </div>
      <p id={`${inputId}-chosen`} className="visually-hidden">
        {t('picker.count', { count: value.length })}
      </p>
      <div id={listId} role="listbox" aria-label={label} className="picker__list" hidden={!expanded}>
        {suggestions.map((m, index) => (
          <div
            key={m.code}
            id={`${listId}-${index}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === activeIndex}
            className="picker__option"
            // mousedown, not click: the input must not lose focus (and close the list) first.
            onMouseDown={(event) => {
              event.preventDefault();
              add(m.code);
            }}
          >
            {m.name} <span className="muted">{m.provinceName}</span>
          </div>
        ))}
      </div>
      {error && (
        <p id={`${inputId}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
