import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SignalListQuery } from '../../../../shared/domain/signal';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

/**
 * One page of signals from the server. Free text is debounced (a query per
 * keystroke is wasted work); the previous page stays on screen while the next
 * one loads, so the table does not flicker.
 */
export function useSignalList(query: SignalListQuery) {
  const text = useDebouncedValue(query.filters.text ?? '', 350);
  const settled: SignalListQuery = { ...query, filters: { ...query.filters, text: text.trim() || undefined } };
  return useQuery({
    queryKey: [...recordKeys.signals, 'list', settled],
    queryFn: () => call('signals.list', settled),
    placeholderData: keepPreviousData,
  });
}
