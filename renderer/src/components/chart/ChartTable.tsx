import type { ReactNode } from 'react';

export interface ChartTableColumn {
  key: string;
  header: string;
  /** Figures align right so digits line up. */
  numeric?: boolean;
}

export interface ChartTableRow {
  key: string;
  /** One cell per column, in column order; the first is the row's header cell. */
  cells: ReactNode[];
  className?: string;
}

/**
 * The table behind a chart: a real <table> with a caption and a header cell
 * per row, so a screen reader announces "week 48, signalen 16". Cells may be
 * links or buttons (the keyboard path to what a click on a bar opens).
 */
export function ChartTable({ caption, columns, rows }: { caption: string; columns: ChartTableColumn[]; rows: ChartTableRow[] }) {
  return (
    <div className="table-wrap chart-table">
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'chart-table__number' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.className}>
              {row.cells.map((cell, index) => {
                const column = columns[index];
                const className = column?.numeric ? 'chart-table__number' : undefined;
                return index === 0 ? (
                  <th key={column?.key ?? index} scope="row" className={className}>
                    {cell}
                  </th>
                ) : (
                  <td key={column?.key ?? index} className={className}>
                    {cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
