import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_KINDS, type SearchHit } from '../../../../shared/domain/case';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import type { Route } from '../shell/navigation';
import { SearchResults } from './SearchResults';

const MIN_LENGTH = 2;

/** Where a hit leads: journal entries open the case they belong to. */
export function routeOf(hit: SearchHit): Route {
  switch (hit.kind) {
    case 'signal':
      return { name: 'signal', id: hit.id };
    case 'contactMoment':
      return { name: 'contactMoment', id: hit.id };
    case 'action':
      return { name: 'action', id: hit.id };
    case 'journal':
      return { name: 'case', id: hit.parentId ?? hit.id };
    case 'case':
      return { name: 'case', id: hit.id };
  }
}

/**
 * Global search (Ctrl+K) over signals, cases, journal entries, contact
 * moments and follow-up actions. The box is a combobox: arrows move through
 * the grouped results, Enter opens one, Esc closes the dialog.
 */
export function SearchDialog({ onOpen, onClose }: { onOpen: (route: Route) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const query = useDebouncedValue(text.trim(), 250);
  const search = useQuery({
    queryKey: [...recordKeys.search, query],
    queryFn: () => call('search.global', { text: query, limit: 8 }),
    enabled: query.length >= MIN_LENGTH,
    placeholderData: keepPreviousData,
  });
  const results = query.length >= MIN_LENGTH ? search.data : undefined;
  const hits = results ? SEARCH_KINDS.flatMap((kind) => results[kind] ?? []) : [];
  const activeIndex = Math.min(active, Math.max(0, hits.length - 1));
  const open = (hit: SearchHit) => onOpen(routeOf(hit));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && hits.length) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[activeIndex];
      if (hit) open(hit);
    }
  };

  return (
    <Dialog title={t('search.heading')} onClose={onClose} wide className="dialog--search">
      <div className="field field--wide">
        <label htmlFor="global-search">{t('search.label')}</label>
        <input
          id="global-search"
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={hits.length > 0}
          aria-controls="global-search-results"
          aria-activedescendant={hits.length ? `search-hit-${activeIndex}` : undefined}
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
        {results ? t('search.count', { count: hits.length }) : ''}
      </p>
      {query.length > 0 && query.length < MIN_LENGTH && <p className="muted">{t('search.tooShort')}</p>}
      {results && hits.length === 0 && <p className="muted">{t('search.none', { text: query })}</p>}
      <SearchResults results={results} hits={hits} activeIndex={activeIndex} onOpen={open} onHover={setActive} />
    </Dialog>
  );
}
