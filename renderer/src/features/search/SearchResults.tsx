import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_KINDS, type SearchHit, type SearchKind } from '../../../../shared/domain/case';
import { Snippet } from '../../components/Snippet';
import { formatDatesIn } from '../../format';

interface SearchResultsProps {
  results: Record<SearchKind, SearchHit[]> | undefined;
  /** All hits in display order; option ids and the active index refer to this. */
  hits: SearchHit[];
  activeIndex: number;
  onOpen: (hit: SearchHit) => void;
  onHover: (index: number) => void;
}

/** The listbox of the search combobox, grouped by kind (Signalen, Casussen, Journaal, Contactmomenten, Vervolgacties). */
export function SearchResults({ results, hits, activeIndex, onOpen, onHover }: SearchResultsProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Keep the active hit in view by scrolling the list only; scrollIntoView
    // would also scroll the page behind the dialog.
    const container = list.current;
    const hit = document.getElementById(`search-hit-${activeIndex}`);
    if (!container || !hit) return;
    if (hit.offsetTop < container.scrollTop) container.scrollTop = hit.offsetTop;
    else if (hit.offsetTop + hit.offsetHeight > container.scrollTop + container.clientHeight) {
      container.scrollTop = hit.offsetTop + hit.offsetHeight - container.clientHeight;
    }
  }, [activeIndex]);
  const groups = results ? SEARCH_KINDS.filter((kind) => (results[kind] ?? []).length > 0) : [];
  return (
    <div ref={list} id="global-search-results" role="listbox" aria-label={t('search.results')} className="search-results" hidden={hits.length === 0}>
      {groups.map((kind) => (
        <div key={kind} role="group" aria-label={t(`search.kind.${kind}`)} className="search-results__group">
          {/* The group's name is its aria-label; this is the same words for the eye. */}
          <p className="search-results__label" aria-hidden="true">
            {t(`search.kind.${kind}`)}
          </p>
          {results![kind].map((hit) => {
            const index = hits.indexOf(hit);
            return (
              <div
                key={`${hit.kind}-${hit.id}`}
                id={`search-hit-${index}`}
                role="option"
                tabIndex={-1}
                aria-selected={index === activeIndex}
                className="search-hit"
                onMouseMove={() => index !== activeIndex && onHover(index)}
                // mousedown keeps the focus in the box (the combobox owns it).
                onMouseDown={(event) => {
                  event.preventDefault();
                  onOpen(hit);
                }}
              >
                <span className="search-hit__ref">{formatDatesIn(hit.reference)}</span>
                <span className="search-hit__title">{hit.title}</span>
                <span className="search-hit__snippet">
                  <Snippet text={hit.snippet} />
                </span>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
