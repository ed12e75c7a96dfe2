import type { VisibilityState } from '@tanstack/react-table';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ColumnChooserProps {
  columns: { id: string; label: string }[];
  visibility: VisibilityState;
  onChange: (visibility: VisibilityState) => void;
}

/** A disclosure with one checkbox per column; the number column always stays (it opens the row). */
export function ColumnChooser({ columns, visibility, onChange }: ColumnChooserProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    // A popover closes on Escape (focus back to its button) and on a click elsewhere.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && wrapper.current?.contains(document.activeElement)) {
        setOpen(false);
        toggle.current?.focus();
      }
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);
  return (
    <div className="disclosure" ref={wrapper}>
      <button
        ref={toggle}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t('table.columns')}
      </button>
      <fieldset id={panelId} className="disclosure__panel" hidden={!open}>
        <legend className="visually-hidden">{t('table.columns')}</legend>
        {columns.map((column) => (
          <label key={column.id} className="checkbox">
            <input
              type="checkbox"
              checked={visibility[column.id] !== false}
              onChange={(event) => onChange({ ...visibility, [column.id]: event.target.checked })}
            />
            <span>{column.label}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
