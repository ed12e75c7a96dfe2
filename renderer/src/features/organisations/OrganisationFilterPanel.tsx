import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES } from '../../../../shared/domain/enums';
import { useReference } from '../../api/domain';
import { EnumCheckboxes } from '../../components/EnumCheckboxes';
import { Field } from '../../components/Field';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { SelectField } from '../../components/SelectField';
import type { OrganisationFilters } from './organisationListState';

interface OrganisationFilterPanelProps {
  id: string;
  filters: OrganisationFilters;
  onChange: (filters: OrganisationFilters) => void;
  onClear: () => void;
}

/** The filters of the organisations list; every change goes straight to the server query. */
export function OrganisationFilterPanel({ id, filters, onChange, onClear }: OrganisationFilterPanelProps) {
  const { t } = useTranslation();
  const reference = useReference().data;
  const set = <K extends keyof OrganisationFilters>(key: K, value: OrganisationFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <section id={id} className="filter-panel" aria-label={t('filters.heading')}>
      <div className="filter-panel__grid">
        <EnumCheckboxes
          legend={t('organisation.type')}
          codes={ORGANISATION_TYPES}
          label={(code) => t(`enums.organisationType.${code}`)}
          value={filters.types}
          onChange={(value) => set('types', value)}
        />
        <div>
          <MunicipalityPicker
            label={t('organisation.municipalities')}
            municipalities={reference?.municipalities ?? []}
            value={filters.municipalities}
            onChange={(value) => set('municipalities', value)}
          />
          <SelectField
            label={t('filters.province')}
            value={filters.provinces[0] ?? ''}
            onChange={(event) => set('provinces', event.target.value ? [event.target.value] : [])}
          >
            <option value="">{t('filters.all')}</option>
            {reference?.provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {province.name}
              </option>
            ))}
          </SelectField>
          <Field
            label={t('organisations.noContactSince')}
            hint={t('organisations.noContactSinceHint')}
            type="date"
            className="input--date"
            value={filters.noContactSince ?? ''}
            onChange={(event) => set('noContactSince', event.target.value || undefined)}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={filters.includeDeleted}
              onChange={(event) => set('includeDeleted', event.target.checked)}
            />
            {t('filters.includeDeleted')}
          </label>
        </div>
      </div>
      <button type="button" className="button button--small button--quiet" onClick={onClear}>
        {t('filters.clear')}
      </button>
    </section>
  );
}
