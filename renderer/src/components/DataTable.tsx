import {
  flexRender,
  functionalUpdate,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type RowData,
  type RowSelectionState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';

/**
 * How wide a column is. The table has a fixed layout so that every default
 * column fits a 1366-pixel laptop: columns name a width class (app.css), the
 * column without one (the title) takes the rest; long text ends in an ellipsis.
 */
export type ColumnWidth = 'ref' | 'date' | 'dateTime' | 'badge' | 'short' | 'text' | 'wide' | 'count';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type parameters must match react-table's own declaration
  interface ColumnMeta<TData extends RowData, TValue> {
    width?: ColumnWidth;
  }
}

/** The page of a list that is shown, for the count above the table ("1–50 van 78.160"). */
export interface TableRange {
  offset: number;
  limit: number;
  total: number;
}

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
  /** When given, the count stays in view above the header while the page scrolls. */
  range?: TableRange;
}

/** "1–50 van 78.160", in the app's language. */
export function useRangeText(range: TableRange | undefined): string {
  const { t } = useTranslation();
  if (!range) return '';
  const first = range.total === 0 ? 0 : range.offset + 1;
  const last = Math.min(range.offset + range.limit, range.total);
  return t('table.range', { first: formatNumber(first), last: formatNumber(last), total: formatNumber(range.total) });
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
  const { onRowSelectionChange, onOpen, rowLabel, isLoading, emptyText, rowClassName, range } = props;
  const { t } = useTranslation();
  const rangeText = useRangeText(range);
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
    // A cell cut off by its ellipsis shows its full text as a tooltip on hover;
    // set when the pointer arrives, so only cells that are really cut get one.
    // (A keyboard user gets the full row: see `tr:focus-within` in app.css.)
    const onPointerOver = (event: MouseEvent) => {
      const cell = (event.target as HTMLElement).closest('td');
      if (!cell) return;
      const text = cell.textContent?.trim() ?? '';
      if (cell.scrollWidth > cell.clientWidth && text) cell.title = text;
      else cell.removeAttribute('title');
    };
    element.addEventListener('click', onClick);
    element.addEventListener('mouseover', onPointerOver);
    return () => {
      element.removeEventListener('click', onClick);
      element.removeEventListener('mouseover', onPointerOver);
    };
  }, []);

  const visibleCount = table.getVisibleLeafColumns().length + (selectable ? 1 : 0);
  return (
    <div className={range ? 'table-wrap list-wrap list-wrap--ranged' : 'table-wrap list-wrap'}>
      {range && (
        <p className="list-wrap__range">
          {rangeText}
        </p>
      )}
      <table className="data-table data-table--list" aria-busy={isLoading ? true : undefined}>
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
                    className={widthClass(header.column.columnDef.meta?.width)}
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

function widthClass(width: ColumnWidth | undefined): string | undefined {
  return width ? `data-table__col--${width}` : undefined;
}
