import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MunicipalityListRow } from '../../../../shared/domain/municipality';
import { findMunicipalities } from '../../../../shared/domain/municipalitySearch';
import { call } from '../../api/client';
import { recordKeys, useReference } from '../../api/domain';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { formatDate } from '../../format';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useRouteText } from '../search/useRouteText';
import { useNavigation } from '../shell/navigation';
import { usePersistentState } from '../shell/persistentState';
import { NetworkTabs } from './NetworkTabs';
import '../../styles/network.css';

type SortColumn = 'code' | 'name' | 'provinceName' | 'validFrom' | 'validTo';
const SORT_COLUMNS: readonly SortColumn[] = ['code', 'name', 'provinceName', 'validFrom', 'validTo'];

interface RegisterState {
  text: string;
  province: string;
  includeFormer: boolean;
  sort: { column: SortColumn; desc: boolean };
}

const initialState = (): RegisterState => ({ text: '', province: '', includeFormer: false, sort: { column: 'name', desc: false } });

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * The register is a few hundred rows: the server filters by province, the
 * page finds by text the way people type names (Den Haag, Den Bosch, Weesp:
 * municipalitySearch, as the pickers and Ctrl+K do) and sorts what it got.
 */
function sortRows(rows: MunicipalityListRow[], sort: RegisterState['sort']): MunicipalityListRow[] {
  const value = (row: MunicipalityListRow) => row[sort.column] ?? '';
  const sorted = [...rows].sort((a, b) => collator.compare(value(a), value(b)) || collator.compare(a.name, b.name));
  return sort.desc ? sorted.reverse() : sorted;
}

export function MunicipalitiesPage() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const provinces = useReference().data?.provinces ?? [];
  const [state, setState] = usePersistentState<RegisterState>('network.municipalities', initialState);
  const text = useDebouncedValue(state.text, 250);
  const request = { provinces: state.province ? [state.province] : [], includeFormer: state.includeFormer };
  const list = useQuery({
    queryKey: [...recordKeys.municipalities, 'list', request],
    queryFn: () => call('municipalities.list', request),
    placeholderData: keepPreviousData,
    // The register changes only with a new app version.
    staleTime: Infinity,
  });
  const open = useCallback((row: MunicipalityListRow) => navigate({ name: 'municipality', code: row.code }), [navigate]);
  // Opened from Ctrl+K's "alle n resultaten": that text, in the whole register.
  useRouteText((routeText) => setState((current) => ({ ...current, text: routeText, province: '', includeFormer: false })));
  const rows = useMemo(() => {
    const all = list.data ?? [];
    const found = text.trim() ? findMunicipalities(all, text.trim(), all.length).map(({ municipality }) => municipality) : all;
    return sortRows(found, state.sort);
  }, [list.data, state.sort, text]);
  const columns = useMemo<ColumnDef<MunicipalityListRow, unknown>[]>(
    () => [
      { id: 'code', accessorKey: 'code', header: t('municipality.code'), cell: ({ row }) => <span className="nowrap">{row.original.code}</span> },
      {
        id: 'name',
        accessorKey: 'name',
        header: t('municipality.name'),
        cell: ({ row }) => (
          <button type="button" className="link-button" onClick={() => open(row.original)}>
            {row.original.name}
          </button>
        ),
      },
      { id: 'provinceName', accessorKey: 'provinceName', header: t('municipality.province') },
      { id: 'validFrom', accessorKey: 'validFrom', header: t('municipality.validFrom'), cell: ({ row }) => formatDate(row.original.validFrom) },
      {
        id: 'validTo',
        accessorKey: 'validTo',
        header: t('municipality.validTo'),
        cell: ({ row }) => (row.original.validTo ? formatDate(row.original.validTo) : <span className="muted">{t('municipalities.current')}</span>),
      },
    ],
    [t, open],
  );
  const update = (patch: Partial<RegisterState>) => setState((current) => ({ ...current, ...patch }));
  const onSortingChange = (sorting: SortingState) => {
    const first = sorting[0];
    const column = SORT_COLUMNS.find((id) => id === first?.id);
    if (first && column) update({ sort: { column, desc: first.desc } });
  };

  return (
    <>
      <NetworkTabs current="municipalities" />
      <div className="page-header">
        <h1>{t('municipalities.heading')}</h1>
      </div>
      <p className="muted">{t('municipalities.intro')}</p>
      <div className="filter-panel">
        <div className="filter-panel__grid">
          <Field label={t('municipalities.searchLabel')} type="search" value={state.text} onChange={(event) => update({ text: event.target.value })} />
          <SelectField label={t('municipality.province')} value={state.province} onChange={(event) => update({ province: event.target.value })}>
            <option value="">{t('municipalities.allProvinces')}</option>
            {provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {province.name}
              </option>
            ))}
          </SelectField>
          <div className="field">
            <label className="checkbox checkbox--field">
              <input type="checkbox" checked={state.includeFormer} onChange={(event) => update({ includeFormer: event.target.checked })} />
              <span>{t('municipalities.includeFormer')}</span>
            </label>
          </div>
        </div>
      </div>
      <ErrorAlert error={list.error} />
      {list.data && (
        <p role="status">
          <strong>{t('municipalities.count', { count: rows.length })}</strong>
        </p>
      )}
      <DataTable
        caption={t('municipalities.heading')}
        columns={columns}
        rows={rows}
        getRowId={(row) => row.code}
        rowLabel={(row) => row.name}
        sorting={[{ id: state.sort.column, desc: state.sort.desc }]}
        onSortingChange={onSortingChange}
        onOpen={open}
        isLoading={list.isPending}
        emptyText={t('municipalities.empty')}
      />
    </>
  );
}
