import {
  flexRender,
  functionalUpdate,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type RowSelectionState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface DataTableProps<T> {
  /** Accessible name of the table (rendered as a visually hidden caption). */
  caption: string;
  columns: ColumnDef<T, unknown>[];
  rows: T[];
  getRowId: (row: T) => string;
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  columnVisibility?: VisibilityState;
  rowSelection?: RowSelectionState;
  onRowSelectionChange?: (selection: RowSelectionState) => void;
  /** Opening a row; every row also has a button for it (see the columns), this adds the mouse click on the row. */
  onOpen: (row: T) => void;
  /** How a row is called in the selection labels ("Selecteer SIG-2026-0001"). */
  rowLabel: (row: T) => string;
  isLoading?: boolean;
  emptyText: string;
  rowClassName?: (row: T) => string | undefined;
}

/**
 * Columns sort only when they have an accessor (react-table's rule), so
 * sortable columns name theirs with accessorKey; the value itself is not used.
 *
 * The list table of every area, on @tanstack/react-table in manual mode: the
 * server sorts, filters and pages (the renderer holds one page only), the
 * table renders headers with aria-sort, an optional selection column and rows.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { caption, columns, rows, getRowId, sorting, onSortingChange, columnVisibility, rowSelection } = props;
  const { onRowSelectionChange, onOpen, rowLabel, isLoading, emptyText, rowClassName } = props;
  const { t } = useTranslation();
  const selectable = !!onRowSelectionChange;
  // eslint-disable-next-line react-hooks/incompatible-library -- the table instance is used only during this render
  const table = useReactTable({
    data: rows,
    columns,
    getRowId,
    state: { sorting, columnVisibility: columnVisibility ?? {}, rowSelection: rowSelection ?? {} },
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    enableRowSelection: selectable,
    onSortingChange: (updater) => onSortingChange(functionalUpdate(updater, sorting)),
    onRowSelectionChange: (updater) => onRowSelectionChange?.(functionalUpdate(updater, rowSelection ?? {})),
    getCoreRowModel: getCoreRowModel(),
  });

  const body = useRef<HTMLTableSectionElement>(null);
  const openRef = useRef(onOpen);
  useEffect(() => {
    openRef.current = onOpen;
  }, [onOpen]);
  const rowsRef = useRef(rows);
  useEffect(() => {
    rowsRef.current = rows;
  }, [rows]);
  useEffect(() => {
    // A click anywhere on a row opens it (a mouse convenience; the keyboard uses
    // the row's own button), except on the row's controls themselves.
    const element = body.current;
    if (!element) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('button, a, input, select, label, textarea')) return;
      const rowElement = target.closest('tr');
      const index = rowElement ? Number(rowElement.dataset.index) : NaN;
      const row = rowsRef.current[index];
      if (row) openRef.current(row);
    };
    element.addEventListener('click', onClick);
    return () => element.removeEventListener('click', onClick);
  }, []);

  const visibleCount = table.getVisibleLeafColumns().length + (selectable ? 1 : 0);
  return (
    <div className="table-wrap">
      <table className="data-table" aria-busy={isLoading ? true : undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {selectable && (
                <th scope="col" className="data-table__select">
                  <input
                    type="checkbox"
                    aria-label={t('table.selectPage')}
                    checked={table.getIsAllRowsSelected()}
                    ref={(input) => {
                      if (input) input.indeterminate = table.getIsSomeRowsSelected();
                    }}
                    onChange={table.getToggleAllRowsSelectedHandler()}
                  />
                </th>
              )}
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        {label}
                        <span className="sort-button__icon" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody ref={body}>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              data-index={row.index}
              className={[row.getIsSelected() ? 'is-selected' : '', rowClassName?.(row.original) ?? ''].join(' ').trim() || undefined}
            >
              {selectable && (
                <td className="data-table__select">
                  <input
                    type="checkbox"
                    aria-label={t('table.selectRow', { label: rowLabel(row.original) })}
                    checked={row.getIsSelected()}
                    onChange={row.getToggleSelectedHandler()}
                  />
                </td>
              )}
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ))}
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={visibleCount} className="data-table__empty">
                {isLoading ? t('app.loading') : emptyText}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
