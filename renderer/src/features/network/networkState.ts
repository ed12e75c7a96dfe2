import {
  DEFAULT_NETWORK_PERIOD_DAYS,
  NETWORK_SORT_COLUMNS,
  periodEndingOn,
  type NetworkOverviewQuery,
} from '../../../../shared/domain/municipality';
import { localToday } from '../../format';

export type NetworkSortColumn = (typeof NETWORK_SORT_COLUMNS)[number];

/** The overview's choices; kept while the adviser opens a municipality and comes back. */
export interface NetworkState {
  from: string;
  to: string;
  /** The quick choice the period came from; null once a date was typed. */
  days: number | null;
  province: string;
  onlyActive: boolean;
  /** Only the municipalities that need attention (the count in the summary is the switch). */
  onlyAttention: boolean;
  sort: NetworkOverviewQuery['sort'];
}

export const QUICK_PERIODS = [30, 90, 365] as const;

export const initialNetworkState = (): NetworkState => ({
  ...periodEndingOn(localToday(), DEFAULT_NETWORK_PERIOD_DAYS),
  days: DEFAULT_NETWORK_PERIOD_DAYS,
  province: '',
  // 300 quiet municipalities would bury the few that need a manager's attention.
  onlyActive: true,
  onlyAttention: false,
  // The places that need a manager first; then longest since contact.
  sort: { column: 'attention', direction: 'desc' },
});

export function isNetworkSortColumn(id: string): id is NetworkSortColumn {
  return (NETWORK_SORT_COLUMNS as readonly string[]).includes(id);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the period can be asked for; a half-typed date waits, a reversed period is named. */
export function periodProblem(state: Pick<NetworkState, 'from' | 'to'>): 'incomplete' | 'order' | null {
  if (!ISO_DATE.test(state.from) || !ISO_DATE.test(state.to)) return 'incomplete';
  return state.from > state.to ? 'order' : null;
}
