import { useTranslation } from 'react-i18next';

interface ListSearchBarProps {
  id: string;
  label: string;
  text: string;
  onTextChange: (text: string) => void;
  filterCount: number;
  filtersOpen: boolean;
  onToggleFilters: () => void;
  filtersId: string;
}

/** Above the organisations and persons lists: free text and the filters toggle. */
export function ListSearchBar(props: ListSearchBarProps) {
  const { t } = useTranslation();
  return (
    <div className="toolbar">
      <div className="toolbar__search">
        <label htmlFor={props.id}>{props.label}</label>
        <input id={props.id} type="search" value={props.text} onChange={(event) => props.onTextChange(event.target.value)} />
      </div>
      <button
        type="button"
        className="button button--small"
        aria-expanded={props.filtersOpen}
        aria-controls={props.filtersId}
        onClick={props.onToggleFilters}
      >
        {props.filterCount ? t('filters.toggleCount', { count: props.filterCount }) : t('filters.toggle')}
      </button>
    </div>
  );
}
