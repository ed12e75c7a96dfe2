import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListExportFormat, ListExportRequestInput } from '../../../shared/contract/bulkChannels';
import { call } from '../api/client';
import { Alert } from './Alert';
import { ErrorAlert } from './ErrorAlert';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The list as the adviser sees it: which list, its filters and sort, and the visible column ids. */
export type ExportableList = DistributiveOmit<ListExportRequestInput, 'format'>;

/** Column ids whose visibility is not switched off, in the list's order. */
export function visibleColumns(ids: readonly string[], visibility: Record<string, boolean> | undefined): string[] {
  return ids.filter((id) => visibility?.[id] !== false);
}

/**
 * "Exporteren ▾": the whole current list (every matching row, not the page)
 * to CSV or Excel. The main process asks where to save it and writes the file;
 * the renderer never sees a path it could choose itself. Returns the menu (for
 * the page header) and its result message (for under the toolbar), apart, so
 * the message takes the width of the page rather than squeezing the header.
 */
export function useListExport(list: ExportableList): { menu: ReactNode; notice: ReactNode } {
  const { t } = useTranslation();
  const run = useMutation({
    mutationFn: (format: ListExportFormat) => call('lists.export', { ...list, format } as ListExportRequestInput),
  });
  const done = run.data;
  const fileName = done?.path ? done.path.split(/[\\/]/).pop() : null;
  return {
    menu: <ExportMenu busy={run.isPending} onExport={(format) => run.mutate(format)} />,
    notice: (
      <>
        {done && fileName && <Alert kind="success">{t('listExport.done', { count: done.rows, file: fileName })}</Alert>}
        <ErrorAlert error={run.error} />
      </>
    ),
  };
}

/** The button and its two choices; a disclosure (button + list of buttons), which every screen reader knows. */
export function ExportMenu({ busy, onExport }: { busy: boolean; onExport: (format: ListExportFormat) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // A click elsewhere closes the menu, as any menu does; Escape closes it and returns to its button.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || !wrapper.current?.contains(event.target as Node)) return;
      event.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const choose = (format: ListExportFormat) => {
    setOpen(false);
    toggle.current?.focus();
    onExport(format);
  };

  return (
    <div className="export-menu" ref={wrapper}>
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={menuId}
        disabled={busy}
        onClick={() => setOpen(!open)}
      >
        {busy ? t('listExport.busy') : t('listExport.button')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul id={menuId} className="export-menu__list" aria-label={t('listExport.menuLabel')}>
          {(['csv', 'xlsx'] as const).map((format) => (
            <li key={format}>
              <button
                type="button"
                className="export-menu__item"
                onClick={() => choose(format)}
                // The menu opened to pick one of these two.
                // eslint-disable-next-line jsx-a11y/no-autofocus
                autoFocus={format === 'csv'}
              >
                {t(`listExport.${format}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
