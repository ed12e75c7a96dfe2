import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  /** Extra class for the dialog element (e.g. the search dialog sits higher). */
  className?: string;
}

/**
 * A modal on the native <dialog>: showModal() makes the rest of the window
 * inert (focus stays inside) and Escape cancels. The parent decides whether
 * it exists: render it to open, stop rendering it to close. Focus goes back
 * to where it was when the dialog opened.
 *
 * It renders into document.body, never inside the page: a dialog opened from
 * a form ("Signaal koppelen…") must not have its inputs inside that <form>,
 * where Enter would submit the form behind the dialog.
 */
export function Dialog({ title, onClose, children, wide, className }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const onCancel = (event: Event) => {
      // Let React unmount it, so state and the DOM agree about being open.
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    // Escape closes at once, also from a search box (whose own Escape would
    // first only clear it). Listening on the document runs after React's
    // handlers, so a control that uses Escape itself (an open list) can
    // preventDefault to keep the dialog open.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !dialog.contains(event.target as Node)) return;
      event.preventDefault();
      onCloseRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    if (!dialog.open) dialog.showModal();
    // showModal() focuses the first focusable element, the close button; React's
    // autoFocus ran while the dialog was still closed. The first field is where work starts.
    dialog.querySelector<HTMLElement>('.dialog__body input, .dialog__body textarea, .dialog__body select')?.focus();
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      document.removeEventListener('keydown', onKeyDown);
      if (dialog.open) dialog.close();
      if (returnFocus?.isConnected) returnFocus.focus();
    };
  }, []);

  return createPortal(
    // React still bubbles events through the tree it was rendered in: a submit
    // inside the dialog must not reach a form around the button that opened it.
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog--wide' : ''}${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onSubmit={(event) => event.stopPropagation()}
    >
      <div className="dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          {t('common.close')} <kbd>Esc</kbd>
        </button>
      </div>
      <div className="dialog__body">{children}</div>
    </dialog>,
    document.body,
  );
}
