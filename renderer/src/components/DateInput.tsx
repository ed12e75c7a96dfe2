import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FocusEvent, type InputHTMLAttributes, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateText, parseDateText } from './dateText';

export interface DateInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'defaultValue'> {
  /** Controlled use (filters): the ISO date or ''. Leave out with react-hook-form's register(). */
  value?: string;
  defaultValue?: string;
  ref?: Ref<HTMLInputElement>;
  /** The field's own complaint about the typed text (null when it reads), for Field to show. */
  onProblemChange?: (problem: string | null) => void;
}

const nativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
const intercepted = new WeakSet<HTMLInputElement>();

/**
 * The app's own date field. The browser's <input type="date"> follows the
 * operating system's locale (mm/dd/yyyy on an English Windows); this one shows
 * dd-mm-jjjj in the app's language and reads what advisers type (see
 * dateText.ts). The value it gives the form stays ISO yyyy-mm-dd.
 *
 * It works in both ways the forms use an input:
 * - react-hook-form's `register()` spread (name, ref, onChange, onBlur): the
 *   ref and name go to a hidden input that holds the ISO value. When the form
 *   writes a value into it (defaults, reset) the visible text follows, and
 *   focusing it (the form focusing the first error) focuses the visible field.
 * - controlled `value` / `onChange` (filters): onChange gets an event whose
 *   target.value is the ISO date or ''.
 * Typed text that is not a date is never passed on as a date: a form gets the
 * raw text (its schema refuses it, so nothing is saved), a filter keeps its
 * last value; both show "Geen geldige datum: gebruik dd-mm-jjjj".
 */
export function DateInput(props: DateInputProps) {
  const { value, defaultValue, ref, onChange, onBlur, onKeyDown, onProblemChange, name, min: _min, max: _max, ...input } = props;
  const { t } = useTranslation();
  const controlled = value !== undefined;
  const hidden = useRef<HTMLInputElement | null>(null);
  const visible = useRef<HTMLInputElement | null>(null);
  const [text, setText] = useState(() => formatDateText(value ?? defaultValue ?? ''));
  const [shownValue, setShownValue] = useState(value);

  // A new value from outside (a quick-choice button, a cleared filter) replaces
  // the text, unless the text already says that date.
  if (controlled && value !== shownValue) {
    setShownValue(value);
    const typed = parseDateText(text);
    if (!(typed.kind === 'date' && typed.iso === value) && !(typed.kind === 'empty' && value === '')) setText(formatDateText(value));
  }

  const report = useRef(onProblemChange);
  useEffect(() => {
    report.current = onProblemChange;
  }, [onProblemChange]);
  const setProblem = (problem: string | null) => report.current?.(problem);

  // The form writes into the hidden input (defaults, reset): show that date.
  const fromForm = useRef((written: string) => {
    setText(formatDateText(written));
    report.current?.(null);
  });

  const attachHidden = useCallback(
    (element: HTMLInputElement | null) => {
      hidden.current = element;
      if (element && !intercepted.has(element)) {
        intercepted.add(element);
        Object.defineProperty(element, 'value', {
          configurable: true,
          get: () => nativeValue.get!.call(element) as string,
          set: (written: string) => {
            nativeValue.set!.call(element, written);
            fromForm.current(written ?? '');
          },
        });
        element.focus = () => visible.current?.focus();
      }
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );

  /** Passes a value on, as a change event whose target is the hidden input. */
  const commit = (next: string) => {
    const element = hidden.current;
    if (!element) return;
    const current = nativeValue.get!.call(element) as string;
    if (controlled ? next === value : next === current) return;
    nativeValue.set!.call(element, next);
    onChange?.({ target: element, currentTarget: element, type: 'change' } as unknown as ChangeEvent<HTMLInputElement>);
  };

  /** On leaving the field (or Enter): settle the text, tidy it, or say what is wrong. */
  const settle = () => {
    const typed = parseDateText(text);
    if (typed.kind === 'empty') {
      commit('');
      setProblem(null);
    } else if (typed.kind === 'date') {
      commit(typed.iso);
      setText(formatDateText(typed.iso));
      setProblem(null);
    } else {
      setProblem(t('dateInput.invalid'));
      if (!controlled) commit(text.trim());
    }
  };

  return (
    <>
      <input type="hidden" name={name} ref={attachHidden} defaultValue={controlled ? undefined : defaultValue} />
      <input
        {...input}
        ref={visible}
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('dateInput.placeholder')}
        value={text}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          setProblem(null);
          const typed = parseDateText(next);
          // While typing, only a whole date goes out (a two-digit year waits for Tab), so a
          // filter does not search for 2020 on the way to 2026.
          if (typed.kind === 'empty') commit('');
          else if (typed.kind === 'date' && typed.complete) commit(typed.iso);
        }}
        onBlur={(event: FocusEvent<HTMLInputElement>) => {
          settle();
          if (hidden.current) onBlur?.({ ...event, target: hidden.current, currentTarget: hidden.current, type: 'blur' });
        }}
        onKeyDown={(event) => {
          // Enter (also Ctrl+Enter, "save") first settles the text, so the form saves what is shown.
          if (event.key === 'Enter') settle();
          onKeyDown?.(event);
        }}
      />
    </>
  );
}
