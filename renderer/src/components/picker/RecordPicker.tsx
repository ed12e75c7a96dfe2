import { useCombobox, useMultipleSelection } from 'downshift';
import { useCallback, useId, useState, type ChangeEvent, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert';
import '../../styles/pickers.css';
import { usePickerItems, type PickerItem, type PickerKind, type PickerSource } from './pickerItems';

export interface RecordPickerProps<R = unknown> {
  kind: PickerKind;
  label: string;
  source: PickerSource<R>;
  /** Chosen ids, in the order they were chosen. */
  value: string[];
  onChange: (ids: string[]) => void;
  /** Called with the whole result when one is picked (e.g. to remember its name). */
  onPick?: (item: PickerItem<R>) => void;
  /** One record (picking replaces it) or several. */
  multiple?: boolean;
  /** Ids never offered (the record itself, those already linked elsewhere). */
  exclude?: readonly string[];
  /** Name of a chosen id that is not among the current results. */
  labelOf?: (id: string) => string | undefined;
  onBlur?: () => void;
  placeholder?: string;
  error?: string;
  hint?: string;
  id?: string;
  disabled?: boolean;
  /** The text box, e.g. for react-hook-form to focus it when the field is invalid. */
  ref?: Ref<HTMLInputElement>;
}

const NONE: readonly string[] = [];

/** Tell downshift to leave this key to us. */
function skipDownshift(event: KeyboardEvent<HTMLInputElement>) {
  (event.nativeEvent as Event & { preventDownshiftDefault?: boolean }).preventDownshiftDefault = true;
}

/**
 * The one picker for every kind of record, on the WAI-ARIA combobox pattern
 * (downshift): type, arrows reach the results, Enter picks the highlighted
 * one, Escape closes the list. Chosen records are tags with a remove button;
 * Backspace in the empty box removes the last.
 *
 * Enter never submits the form around the picker, also when nothing is
 * highlighted or nothing matched: a half-typed "Den Hag" must not save the
 * record without it. Escape closes only the list, so a dialog around it stays.
 */
export function RecordPicker<R = unknown>(props: RecordPickerProps<R>) {
  const { kind, label, source, value, onChange, onPick, multiple = true, exclude = NONE, labelOf } = props;
  const { onBlur, placeholder, error, hint, id, disabled, ref } = props;
  const { t } = useTranslation();
  const generated = useId();
  const inputId = id ?? `picker-${generated}`;
  const [text, setText] = useState('');
  const [focused, setFocused] = useState(false);
  // Names of what was picked here, for the tags (a search result is gone once the text changes).
  const [picked, setPicked] = useState<Record<string, string>>({});
  // Hand the text box to the caller's ref (react-hook-form focuses it) next to downshift's own.
  const setInput = useCallback(
    (node: HTMLInputElement | null) => {
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );

  const hidden = [...exclude, ...value];
  const { items, searching, error: searchError } = usePickerItems(source, text, hidden, focused);
  const nameOf = (chosenId: string) => picked[chosenId] ?? labelOf?.(chosenId) ?? chosenId;

  const pick = (item: PickerItem<R>) => {
    setPicked((current) => ({ ...current, [item.id]: item.label }));
    onChange(multiple ? [...value, item.id] : [item.id]);
    onPick?.(item);
    setText('');
  };
  const remove = (chosenId: string) => onChange(value.filter((other) => other !== chosenId));

  const { getSelectedItemProps, getDropdownProps } = useMultipleSelection<string>({
    selectedItems: value,
    itemToKey: (chosenId) => chosenId,
    onSelectedItemsChange: ({ selectedItems }) => onChange(selectedItems),
  });
  const { isOpen, highlightedIndex, getLabelProps, getMenuProps, getInputProps, getItemProps, openMenu, closeMenu, setHighlightedIndex } =
    useCombobox<PickerItem<R>>({
      items,
      inputId,
      itemToString: (item) => item?.label ?? '',
      itemToKey: (item) => item?.id,
      inputValue: text,
      selectedItem: null,
      defaultHighlightedIndex: 0,
      stateReducer: (state, { changes, type }) => {
        switch (type) {
          case useCombobox.stateChangeTypes.InputKeyDownEnter:
          case useCombobox.stateChangeTypes.ItemClick:
            return { ...changes, isOpen: false, inputValue: '' };
          case useCombobox.stateChangeTypes.InputBlur:
            // Leaving the box (Tab, a click elsewhere) picks nothing and keeps the text.
            return { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue };
          default:
            return changes;
        }
      },
      onStateChange: ({ type, selectedItem }) => {
        if (
          (type === useCombobox.stateChangeTypes.InputKeyDownEnter || type === useCombobox.stateChangeTypes.ItemClick) &&
          selectedItem
        ) {
          pick(selectedItem);
        }
      },
    });

  const typed = text.trim();
  const listShown = isOpen && items.length > 0;
  const noMatch = isOpen && typed !== '' && items.length === 0 && !searching && !searchError;
  const status = noMatch
    ? t(`pickers.noMatch.${kind}`, { text: typed })
    : isOpen && typed !== '' && items.length === 0 && searching
      ? t('pickers.searching')
      : '';

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    if (event.key === 'Enter' && plain) {
      // Enter belongs to the picker: never an implicit submit of the form around it.
      event.preventDefault();
      event.stopPropagation();
      if (isOpen && highlightedIndex >= 0 && items[highlightedIndex]) return; // downshift picks it
      skipDownshift(event);
      if (items.length > 0) {
        openMenu();
        setHighlightedIndex(0);
      }
    } else if (event.key === 'Escape') {
      // Escape closes the list and nothing else; with the list closed it is the dialog's.
      skipDownshift(event);
      if (listShown || noMatch) {
        event.preventDefault();
        event.stopPropagation();
        closeMenu();
      }
    }
  };

  const describedBy = [hint ? `${inputId}-hint` : null, error ? `${inputId}-error` : null, `${inputId}-chosen`]
    .filter(Boolean)
    .join(' ');
  // downshift's prop getters merge our ref with its own; they do not read it during render.
  /* eslint-disable react-hooks/refs */
  const inputProps = getInputProps(
    getDropdownProps({
      ref: setInput,
      type: 'text',
      autoComplete: 'off',
      placeholder: placeholder ?? t(`pickers.placeholder.${kind}`),
      disabled,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy,
      // The text is set here, in the event itself: set later (downshift reports changes after rendering),
      // fast typing loses letters.
      onChange: (event: ChangeEvent<HTMLInputElement>) => setText(event.target.value),
      onKeyDown,
      onFocus: () => setFocused(true),
      onBlur: () => {
        setFocused(false);
        onBlur?.();
      },
      preventKeyAction: listShown,
    }),
  );
  /* eslint-enable react-hooks/refs */
  return (
    <div className={`field picker${error ? ' field--invalid' : ''}`}>
      <label {...getLabelProps()}>{label}</label>
      {hint && (
        <p id={`${inputId}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <div className="picker__box">
        {value.length > 0 && (
          <ul className="picker__chosen" aria-label={t('pickers.chosen', { label })}>
            {value.map((chosenId, index) => (
              <li key={chosenId} className="tag" {...getSelectedItemProps({ selectedItem: chosenId, index })}>
                <span>{nameOf(chosenId)}</span>
                <button
                  type="button"
                  className="tag__remove"
                  aria-label={t('pickers.remove', { name: nameOf(chosenId) })}
                  onClick={(event) => {
                    event.stopPropagation();
                    remove(chosenId);
                  }}
                  disabled={disabled}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input {...inputProps} />
      </div>
      <p id={`${inputId}-chosen`} className="visually-hidden">
        {t(`pickers.count.${kind}`, { count: value.length })}
      </p>
      <ul {...getMenuProps({ 'aria-label': t('pickers.suggestions') })} className="picker__list" hidden={!listShown}>
        {listShown &&
          items.map((item, index) => (
            <li
              key={item.id}
              className={`picker__option${index === highlightedIndex ? ' picker__option--active' : ''}`}
              {...getItemProps({ item, index })}
            >
              <span>
                {item.label}
                {item.note && <span className="picker__note"> ({item.note})</span>}
              </span>{' '}
              {item.detail && <span className="muted">{item.detail}</span>}
            </li>
          ))}
      </ul>
      <p role="status" className={`picker__status${status ? '' : ' visually-hidden'}`}>
        {status}
      </p>
      <ErrorAlert error={searchError} />
      {error && (
        <p id={`${inputId}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
