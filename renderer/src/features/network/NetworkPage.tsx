import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkOverviewRow } from '../../../../shared/domain/municipality';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MapPanel } from '../../components/map/MapPanel';
import { formatDate } from '../../format';
import { useNavigation } from '../shell/navigation';
import { usePersistentState } from '../shell/persistentState';
import { attentionLegend } from './networkAttention';
import { useNetworkColumns } from './networkColumns';
import { initialNetworkState, isNetworkSortColumn, periodProblem, type NetworkState } from './networkState';
import { NetworkFilters } from './NetworkFilters';
import { NetworkTabs } from './NetworkTabs';
import '../../styles/network.css';
import '../../styles/attention.css';

/**
 * The network overview for managers: per municipality what happened in a
 * period and how long ago anyone spoke to it, sortable, with the places that
 * need attention marked in words. All 342 rows at once: sorting and the
 * aggregates run in SQL, and a page of them would hide the comparison.
 */
export function NetworkPage() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const [state, setState] = usePersistentState<NetworkState>('network.overview', initialNetworkState);
  const request = {
    from: state.from,
    to: state.to,
    provinces: state.province ? [state.province] : [],
    onlyActive: state.onlyActive,
    onlyAttention: state.onlyAttention,
    sort: state.sort,
  };
  const ready = periodProblem(state) === null;
  const overview = useQuery({
    queryKey: [...recordKeys.network, 'overview', request],
    queryFn: () => call('network.overview', request),
    placeholderData: keepPreviousData,
    enabled: ready,
  });
  const open = useCallback((row: NetworkOverviewRow) => navigate({ name: 'municipality', code: row.code }), [navigate]);
  const columns = useNetworkColumns(open, overview.data?.attentionRule);
  const rows = overview.data?.rows ?? [];
  const attention = overview.data?.attentionCount ?? 0;
  const rule = overview.data?.attentionRule;
  const countedTo = overview.data ? (overview.data.to < overview.data.today ? overview.data.to : overview.data.today) : null;

  return (
    <>
      <NetworkTabs current="network" />
      <div className="page-header">
        <h1>{t('network.heading')}</h1>
      </div>
      <p className="muted">{t('network.intro')}</p>
      <NetworkFilters state={state} onChange={(patch) => setState((current) => ({ ...current, ...patch }))} />
      <ErrorAlert error={overview.error} />
      {overview.data && (
        <div className="network-summary" role="status">
          <p>
            <strong>{t('network.shown', { count: rows.length })}</strong>
            {(attention > 0 || state.onlyAttention) && (
              <>
                {' · '}
                {/* The count is the filter: pressed shows only the municipalities that need attention. */}
                <button
                  type="button"
                  className="attention-filter"
                  aria-pressed={state.onlyAttention}
                  title={state.onlyAttention ? t('attention.network.filterOn') : t('attention.network.filterHint')}
                  onClick={() => setState((current) => ({ ...current, onlyAttention: !current.onlyAttention }))}
                >
                  <span aria-hidden="true">⚠ </span>
                  {t('attention.network.filter', { count: attention })}
                </button>
              </>
            )}
          </p>
          <p className="muted">
            {rule && attentionLegend(t, rule)}{' '}
            {countedTo && t('network.countedTo', { date: formatDate(countedTo), today: formatDate(overview.data.today) })}
          </p>
        </div>
      )}
      <MapPanel headingLevel={2} from={state.from} to={state.to} />
      <div className="network-table">
        <DataTable
          caption={t('network.heading')}
          columns={columns}
          rows={rows}
          getRowId={(row) => row.code}
          rowLabel={(row) => row.name}
          sorting={[{ id: state.sort.column, desc: state.sort.direction === 'desc' }]}
          onSortingChange={(sorting) => {
            const first = sorting[0];
            const column = first?.id ?? '';
            if (first && isNetworkSortColumn(column)) {
              const sort = { column, direction: first.desc ? ('desc' as const) : ('asc' as const) };
              setState((current) => ({ ...current, sort }));
            }
          }}
          onOpen={open}
          isLoading={ready && overview.isPending}
          emptyText={state.onlyAttention ? t('attention.network.none') : t('network.empty')}
          rowClassName={(row) => (row.attention ? 'needs-attention' : undefined)}
        />
      </div>
    </>
  );
}
