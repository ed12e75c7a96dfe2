import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONTACT_ROLES } from '../../../../shared/domain/enums';
import { call } from '../../api/client';
import { recordKeys, useReference } from '../../api/domain';
import { EnumCheckboxes } from '../../components/EnumCheckboxes';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { SelectField } from '../../components/SelectField';
import type { ContactPersonFilters } from './contactPersonListState';

interface ContactPersonFilterPanelProps {
  id: string;
  filters: ContactPersonFilters;
  onChange: (filters: ContactPersonFilters) => void;
  onClear: () => void;
}

/** The filters of the persons list; every change goes straight to the server query. */
export function ContactPersonFilterPanel({ id, filters, onChange, onClear }: ContactPersonFilterPanelProps) {
  const { t } = useTranslation();
  const reference = useReference().data;
  const organisations = useQuery({ queryKey: [...recordKeys.organisations, 'options'], queryFn: () => call('organisations.options', {}) });
  const set = <K extends keyof ContactPersonFilters>(key: K, value: ContactPersonFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <section id={id} className="filter-panel" aria-label={t('filters.heading')}>
      <div className="filter-panel__grid">
        <EnumCheckboxes
          legend={t('contactPerson.role')}
          codes={CONTACT_ROLES}
          label={(code) => t(`enums.contactRole.${code}`)}
          value={filters.roles}
          onChange={(value) => set('roles', value)}
        />
        <div>
          <SelectField
            label={t('contactPerson.organisationId')}
            value={filters.organisationIds[0] ?? ''}
            onChange={(event) => set('organisationIds', event.target.value ? [event.target.value] : [])}
          >
            <option value="">{t('filters.all')}</option>
            {organisations.data?.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </SelectField>
          <MunicipalityPicker
            label={t('contactPerson.municipalities')}
            municipalities={reference?.municipalities ?? []}
            value={filters.municipalities}
            onChange={(value) => set('municipalities', value)}
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
