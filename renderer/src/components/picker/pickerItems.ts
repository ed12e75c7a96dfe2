import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

/** The kinds of record a picker chooses; each has its own wording ("Geen gemeente gevonden …"). */
export type PickerKind = 'municipality' | 'organisation' | 'person' | 'signal' | 'case';

/** One result in the list, already worded for the adviser; `record` is what it stands for. */
export interface PickerItem<R = unknown> {
  id: string;
  label: string;
  /** Quieter text after the label (province, organisation, date). */
  detail?: string;
  /** Why this matched under another name ("Weesp → Amsterdam sinds 2022"). */
  note?: string;
  record?: R;
}

/**
 * Where the results come from: a list already in memory, searched on every
 * keystroke, or a search in the case file (debounced, through TanStack Query).
 */
export type PickerSource<R = unknown> =
  | { find: (text: string) => PickerItem<R>[] }
  | { queryKey: readonly unknown[]; search: (text: string) => Promise<PickerItem<R>[]> };

const SEARCH_DELAY_MS = 250;

/**
 * The results for what was typed, minus what is already chosen or excluded.
 * `active` keeps a closed picker from searching the case file.
 */
export function usePickerItems<R>(source: PickerSource<R>, text: string, hidden: readonly string[], active: boolean) {
  const query = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const isSearch = 'search' in source;
  const found = useQuery({
    queryKey: [...(isSearch ? source.queryKey : ['picker-list']), 'pick', query],
    queryFn: () => (isSearch ? source.search(query) : Promise.resolve([])),
    enabled: isSearch && active,
    placeholderData: keepPreviousData,
  });
  const listed = useMemo(() => (isSearch ? null : source.find(text)), [isSearch, source, text]);
  // Results of an older text are not offered: Enter during the delay would pick a record that was not asked for.
  const current = !isSearch || query === text.trim();
  const items = useMemo(
    () => (current ? (listed ?? found.data ?? []).filter((item) => !hidden.includes(item.id)) : []),
    [current, listed, found.data, hidden],
  );
  // While the search has not caught up with the text, "nothing found" would be premature.
  const searching = isSearch && (query !== text.trim() || found.isFetching || (active && !found.data));
  return { items, searching, error: isSearch ? found.error : null };
}
