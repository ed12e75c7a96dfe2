import {
  SIGNAL_SORT_COLUMNS,
  signalFiltersSchema,
  type SignalFilters,
  type SignalSortColumn,
} from '../../../../shared/domain/signal';
import { stateFromView, type ListState } from '../../components/listState';
import { SIGNAL_HIDDEN_COLUMNS } from './signalColumns';

export type SignalListState = ListState<SignalFilters, SignalSortColumn>;

export const emptySignalFilters = (): SignalFilters => signalFiltersSchema.parse({});

export const initialSignalListState = (): SignalListState => ({
  filters: emptySignalFilters(),
  sort: { column: 'receivedOn', direction: 'desc' },
  page: { offset: 0, limit: 50 },
  columns: { ...SIGNAL_HIDDEN_COLUMNS },
});

export function isSignalSortColumn(id: string): id is SignalSortColumn {
  return (SIGNAL_SORT_COLUMNS as readonly string[]).includes(id);
}

export function signalStateFromView(definition: unknown, current: SignalListState): SignalListState {
  return stateFromView(
    definition,
    current,
    (value) => {
      const parsed = signalFiltersSchema.safeParse(value);
      return parsed.success ? parsed.data : null;
    },
    SIGNAL_SORT_COLUMNS,
  );
}
