import { useTranslation } from 'react-i18next';
import { ACTION_KINDS, ACTION_STATUSES } from '../../../../shared/domain/enums';
import { useReference } from '../../api/domain';
import { EnumCheckboxes } from '../../components/EnumCheckboxes';
import { SelectField } from '../../components/SelectField';
import type { ActionFilters } from './actionListState';

interface ActionFilterPanelProps {
  id: string;
  filters: ActionFilters;
  onChange: (filters: ActionFilters) => void;
  onClear: () => void;
}

/** Status, kind and owner on top of the chosen view; every change goes straight to the server query. */
export function ActionFilterPanel({ id, filters, onChange, onClear }: ActionFilterPanelProps) {
  const { t } = useTranslation();
  const reference = useReference().data;
  return (
    <section id={id} className="filter-panel" aria-label={t('filters.heading')}>
      <div className="filter-panel__grid">
        <EnumCheckboxes
          legend={t('action.status')}
          codes={ACTION_STATUSES}
          label={(code) => t(`enums.actionStatus.${code}`)}
          value={filters.statuses}
          onChange={(statuses) => onChange({ ...filters, statuses })}
        />
        <EnumCheckboxes
          legend={t('action.kind')}
          codes={ACTION_KINDS}
          label={(code) => t(`enums.actionKind.${code}`)}
          value={filters.kinds}
          onChange={(kinds) => onChange({ ...filters, kinds })}
        />
        {filters.view !== 'mine' && (
          <SelectField
            label={t('action.owner')}
            value={filters.ownerIds[0] ?? ''}
            onChange={(event) => onChange({ ...filters, ownerIds: event.target.value ? [event.target.value] : [] })}
          >
            <option value="">{t('filters.all')}</option>
            {reference?.advisers.map((adviser) => (
              <option key={adviser.id} value={adviser.id}>
                {adviser.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <button type="button" className="button button--small button--quiet" onClick={onClear}>
        {t('filters.clear')}
      </button>
    </section>
  );
}
