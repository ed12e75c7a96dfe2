import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickerOption } from '../../../../shared/contract/networkChannels';

interface OptionPickerProps {
  label: string;
  options: PickerOption[];
  value: string[];
  onChange: (ids: string[]) => void;
  onBlur?: () => void;
  placeholder: string;
  error?: string;
  hint?: string;
  /** Names for chosen ids that are not among the options (a deleted organisation still linked). */
  knownLabels?: Record<string, string>;
  ref?: Ref<HTMLInputElement>;
}

const MAX_SUGGESTIONS = 8;

/** Lowercase without diacritics, so "yilmaz" finds "Yılmaz" and "sudwest" finds "Súdwest". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();
}

/**
 * Multi-select over organisations or contact persons as an ARIA combobox,
 * like the municipality picker: type a few letters, arrows move, Enter adds,
 * Backspace on an empty box removes the last one.
 */
export function OptionPicker(props: OptionPickerProps) {
  const { label, options, value, onChange, onBlur, placeholder, error, hint, knownLabels = {}, ref } = props;
  const { t } = useTranslation();
  const inputId = useId();
  const listId = `${inputId}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const byId = useMemo(() => new Map(options.map((option) => [option.id, option])), [options]);
  const nameOf = (id: string) => byId.get(id)?.label ?? knownLabels[id] ?? id;
  const suggestions = useMemo(() => {
    const query = fold(text.trim());
    if (!query) return [];
    const matches = options.filter(
      (option) => !value.includes(option.id) && (fold(option.label).includes(query) || fold(option.detail).includes(query)),
    );
    matches.sort((a, b) => Number(!fold(a.label).startsWith(query)) - Number(!fold(b.label).startsWith(query)));
    return matches.slice(0, MAX_SUGGESTIONS);
  }, [options, text, value]);
  const expanded = open && suggestions.length > 0;
  const activeIndex = Math.min(active, Math.max(0, suggestions.length - 1));

  const add = (id: string) => {
    onChange([...value, id]);
    setText('');
    setActive(0);
  };
  const remove = (id: string) => onChange(value.filter((chosen) => chosen !== id));

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
      if (choice) add(choice.id);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Backspace' && text === '') {
      const last = value.at(-1);
      if (last) remove(last);
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
            {value.map((id) => (
              <li key={id} className="tag">
                <span>{nameOf(id)}</span>
                <button type="button" className="tag__remove" aria-label={t('picker.remove', { name: nameOf(id) })} onClick={() => remove(id)}>
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
          placeholder={placeholder}
          value={text}
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
        {t('contactMoments.chosenCount', { count: value.length })}
      </p>
      <div id={listId} role="listbox" aria-label={label} className="picker__list" hidden={!expanded}>
        {suggestions.map((option, index) => (
          <div
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === activeIndex}
            className="picker__option"
            // mousedown, not click: the input must not lose focus (and close the list) first.
            onMouseDown={(event) => {
              event.preventDefault();
              add(option.id);
            }}
          >
            {option.label} {option.detail && <span className="muted">{option.detail}</span>}
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
