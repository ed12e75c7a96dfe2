import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapMeasures, MapMeasureValue } from '../../../../shared/domain/mapMeasures';
import { DataTable } from '../DataTable';
import { valueText } from './mapText';

type Column = 'name' | 'provinceName' | 'value';

/**
 * "Lijst": the map's figures as a table, sortable by name, province or
 * figure, each name a link to the municipality page. Sorted here: it is
 * the 342 rows the map already holds.
 */
export function MapList({ result, onOpen }: { result: MapMeasures; onOpen: (code: string) => void }) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'value', desc: true }]);
  const measureLabel = t(`map.measures.${result.measure}`);

  const columns = useMemo<ColumnDef<MapMeasureValue, unknown>[]>(
    () => [
      {
        id: 'name',
        accessorKey: 'name',
        header: t('map.column.name'),
        cell: ({ row }) => (
          <button type="button" className="link-button" onClick={() => onOpen(row.original.code)}>
            {row.original.name}
          </button>
        ),
      },
      { id: 'provinceName', accessorKey: 'provinceName', header: t('map.column.provinceName') },
      {
        id: 'value',
        accessorKey: 'value',
        header: measureLabel,
        cell: ({ row }) => valueText(t, result.measure, row.original),
      },
    ],
    [t, onOpen, measureLabel, result.measure],
  );

  const rows = useMemo(() => {
    const first = sorting[0] ?? { id: 'value', desc: true };
    const column = first.id as Column;
    const sign = first.desc ? -1 : 1;
    const byName = (a: MapMeasureValue, b: MapMeasureValue) => a.name.localeCompare(b.name, 'nl');
    return [...result.values].sort((a, b) => {
      if (column === 'value') {
        // No value (never contacted) sorts as the largest: the longest ago.
        const av = a.value ?? Number.POSITIVE_INFINITY;
        const bv = b.value ?? Number.POSITIVE_INFINITY;
        return av === bv ? byName(a, b) : sign * (av - bv);
      }
      return sign * a[column].localeCompare(b[column], 'nl') || byName(a, b);
    });
  }, [result.values, sorting]);

  return (
    <div className="map-list">
      <DataTable
        caption={`${t('map.heading')}: ${measureLabel}`}
        columns={columns}
        rows={rows}
        getRowId={(row) => row.code}
        rowLabel={(row) => row.name}
        sorting={sorting}
        onSortingChange={setSorting}
        onOpen={(row) => onOpen(row.code)}
        emptyText={t('map.summary.none')}
      />
    </div>
  );
}
