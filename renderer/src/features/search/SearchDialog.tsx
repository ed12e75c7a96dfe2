import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_GROUPS } from '../../../../shared/domain/search';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import type { Route } from '../shell/navigation';
import { listRouteOf, routeOf } from './searchRoutes';
import { SearchResults, type SearchOption } from './SearchResults';
import '../../styles/attention.css';

const MIN_LENGTH = 2;
/** Hits per group; "alle n resultaten" opens the rest in the group's list. */
const GROUP_LIMIT = 5;

/**
 * Global search (Ctrl+K) over signals, cases, journal entries, contact
 * moments, actions, organisations, contact persons, municipalities and
 * notes. The box is a combobox: the arrows move through every group's hits
 * and "alle n resultaten" entries, Enter opens one, Esc closes the dialog.
 */
export function SearchDialog({ onOpen, onClose }: { onOpen: (route: Route) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const query = useDebouncedValue(text.trim(), 250);
  const search = useQuery({
    queryKey: [...recordKeys.search, 'groups', query],
    queryFn: () => call('search.groups', { text: query, limit: GROUP_LIMIT }),
    enabled: query.length >= MIN_LENGTH,
    placeholderData: keepPreviousData,
  });
  const results = query.length >= MIN_LENGTH ? search.data : undefined;
  // Every option in display order: each group's hits, then its "alle n resultaten" when there are more.
  const options: SearchOption[] = results
    ? SEARCH_GROUPS.flatMap((group) => {
        const { hits, total, more = false } = results[group];
        const all = listRouteOf(group, query);
        const rest: SearchOption[] = all && total > hits.length ? [{ type: 'all', group, total, more, route: all }] : [];
        return [...hits.map((hit): SearchOption => ({ type: 'hit', group, hit, route: routeOf(hit) })), ...rest];
      })
    : [];
  const hitCount = results ? SEARCH_GROUPS.reduce((sum, group) => sum + results[group].total, 0) : 0;
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && options.length) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      // Enter here opens a result; it never submits anything around the dialog.
      event.preventDefault();
      const option = options[activeIndex];
      if (option) onOpen(option.route);
    }
  };

  return (
    <Dialog title={t('search.heading')} onClose={onClose} wide className="dialog--search">
      <div className="field field--wide">
        <label htmlFor="global-search">{t('attention.search.label')}</label>
        <input
          id="global-search"
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={options.length > 0}
          aria-controls="global-search-results"
          aria-activedescendant={options.length ? `search-option-${activeIndex}` : undefined}
          aria-describedby="global-search-keys"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          // Ctrl+K is "I want to search": the box gets the focus.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
        />
        <p id="global-search-keys" className="field__hint">
          {t('search.keys')}
        </p>
      </div>
      <ErrorAlert error={search.error} />
      <p className="visually-hidden" aria-live="polite">
        {results ? t('search.count', { count: hitCount }) : ''}
      </p>
      {query.length > 0 && query.length < MIN_LENGTH && <p className="muted">{t('search.tooShort')}</p>}
      {results && options.length === 0 && <p className="muted">{t('search.none', { text: query })}</p>}
      <SearchResults options={options} activeIndex={activeIndex} onOpen={(option) => onOpen(option.route)} onHover={setActive} />
    </Dialog>
  );
}
