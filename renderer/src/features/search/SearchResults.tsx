import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_GROUPS, type SearchGroup, type SearchGroupHit } from '../../../../shared/domain/search';
import { Snippet } from '../../components/Snippet';
import { formatDate } from '../../format';
import type { Route } from '../shell/navigation';

/** One entry of the listbox: a hit, or a group's "alle n resultaten". */
export type SearchOption =
  | { type: 'hit'; group: SearchGroup; hit: SearchGroupHit; route: Route }
  | { type: 'all'; group: SearchGroup; total: number; more: boolean; route: Route };

interface SearchResultsProps {
  /** All options in display order; option ids and the active index refer to this. */
  options: SearchOption[];
  activeIndex: number;
  onOpen: (option: SearchOption) => void;
  onHover: (index: number) => void;
}

/** The group's name: the journal and the older kinds keep their labels, the new groups have their own. */
function useGroupLabel(): (group: SearchGroup) => string {
  const { t } = useTranslation();
  return (group) => {
    switch (group) {
      case 'organisation':
      case 'person':
      case 'municipality':
      case 'briefing':
        return t(`attention.search.kind.${group}`);
      default:
        return t(`search.kind.${group}`);
    }
  };
}

/** The listbox of the search combobox, grouped (Signalen … Notities), each group ending in "alle n resultaten" when there are more. */
export function SearchResults({ options, activeIndex, onOpen, onHover }: SearchResultsProps) {
  const { t } = useTranslation();
  const labelOf = useGroupLabel();
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Keep the active option in view by scrolling the list only; scrollIntoView
    // would also scroll the page behind the dialog.
    const container = list.current;
    const option = document.getElementById(`search-option-${activeIndex}`);
    if (!container || !option) return;
    if (option.offsetTop < container.scrollTop) container.scrollTop = option.offsetTop;
    else if (option.offsetTop + option.offsetHeight > container.scrollTop + container.clientHeight) {
      container.scrollTop = option.offsetTop + option.offsetHeight - container.clientHeight;
    }
  }, [activeIndex]);
  const groups = SEARCH_GROUPS.filter((group) => options.some((option) => option.group === group));
  const optionProps = (option: SearchOption) => {
    const index = options.indexOf(option);
    return {
      id: `search-option-${index}`,
      role: 'option' as const,
      tabIndex: -1,
      'aria-selected': index === activeIndex,
      onMouseMove: () => index !== activeIndex && onHover(index),
      // mousedown keeps the focus in the box (the combobox owns it).
      onMouseDown: (event: { preventDefault: () => void }) => {
        event.preventDefault();
        onOpen(option);
      },
    };
  };
  return (
    <div ref={list} id="global-search-results" role="listbox" aria-label={t('search.results')} className="search-results" hidden={options.length === 0}>
      {groups.map((group) => (
        <div key={group} role="group" aria-label={labelOf(group)} className="search-results__group">
          {/* The group's name is its aria-label; this is the same words for the eye. */}
          <p className="search-results__label" aria-hidden="true">
            {labelOf(group)}
          </p>
          {options
            .filter((option) => option.group === group)
            .map((option) =>
              option.type === 'hit' ? (
                <div key={`${group}-${option.hit.id}`} className="search-hit" {...optionProps(option)}>
                  <span className="search-hit__ref">
                    {option.hit.reference}
                    {option.hit.date && <span className="search-hit__date"> · {formatDate(option.hit.date)}</span>}
                  </span>
                  <span className="search-hit__title">{option.hit.title}</span>
                  {(option.hit.snippet || option.hit.note) && (
                    <span className="search-hit__snippet">
                      {option.hit.note && (
                        <span className="search-hit__note">
                          {t(`attention.search.note.${option.hit.note.kind}`, { ...option.hit.note, name: option.hit.title })}
                          {option.hit.snippet && ' · '}
                        </span>
                      )}
                      <Snippet text={option.hit.snippet} />
                    </span>
                  )}
                </div>
              ) : (
                <div
                  key={`${group}-all`}
                  className="search-hit search-hit--all"
                  aria-label={
                    option.more
                      ? t('attention.search.allMoreLabel', { kind: labelOf(group), count: option.total })
                      : t('attention.search.allLabel', { kind: labelOf(group), count: option.total })
                  }
                  {...optionProps(option)}
                >
                  <span className="search-hit__title">
                    {option.more ? t('attention.search.allMore', { count: option.total }) : t('attention.search.all', { count: option.total })} →
                  </span>
                </div>
              ),
            )}
        </div>
      ))}
    </div>
  );
}
