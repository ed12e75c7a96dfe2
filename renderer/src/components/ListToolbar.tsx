import type { VisibilityState } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../../shared/domain/history';
import { ColumnChooser } from './ColumnChooser';
import { SavedViews } from './SavedViews';

interface ListToolbarProps {
  entity: 'signal' | 'case';
  searchLabel: string;
  text: string;
  onTextChange: (text: string) => void;
  filterCount: number;
  filtersOpen: boolean;
  onToggleFilters: () => void;
  filtersId: string;
  columns: { id: string; label: string }[];
  visibility: VisibilityState;
  onVisibilityChange: (visibility: VisibilityState) => void;
  viewDefinition: Record<string, unknown>;
  onApplyView: (view: SavedView) => void;
}

/** Above every list: free text, the filters toggle, columns and saved views. */
export function ListToolbar(props: ListToolbarProps) {
  const { t } = useTranslation();
  const searchId = `${props.entity}-list-text`;
  return (
    <div className="toolbar">
      <div className="toolbar__search">
        <label htmlFor={searchId}>{props.searchLabel}</label>
        <input id={searchId} type="search" value={props.text} onChange={(event) => props.onTextChange(event.target.value)} />
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
      <ColumnChooser columns={props.columns} visibility={props.visibility} onChange={props.onVisibilityChange} />
      <SavedViews entity={props.entity} current={props.viewDefinition} onApply={props.onApplyView} />
    </div>
  );
}
