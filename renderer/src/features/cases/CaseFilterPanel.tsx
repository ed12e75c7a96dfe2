import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, CASE_TYPES, CLASSIFICATIONS, type Classification } from '../../../../shared/domain/enums';
import { useReference, useReferenceLabel } from '../../api/domain';
import { EnumCheckboxes } from '../../components/EnumCheckboxes';
import { Field } from '../../components/Field';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { SelectField } from '../../components/SelectField';
import type { CaseFilters } from './caseListState';

interface CaseFilterPanelProps {
  id: string;
  filters: CaseFilters;
  onChange: (filters: CaseFilters) => void;
  onClear: () => void;
}

/** The filters of the case list; every change goes straight to the server query. */
export function CaseFilterPanel({ id, filters, onChange, onClear }: CaseFilterPanelProps) {
  const { t } = useTranslation();
  const reference = useReference().data;
  const label = useReferenceLabel();
  const set = <K extends keyof CaseFilters>(key: K, value: CaseFilters[K]) => onChange({ ...filters, [key]: value });
  const single = (value: string) => (value ? [value] : []);
  return (
    <section id={id} className="filter-panel" aria-label={t('filters.heading')}>
      <div className="filter-panel__grid">
        <EnumCheckboxes
          legend={t('case.status')}
          codes={CASE_STATUSES}
          label={(code) => t(`enums.caseStatus.${code}`)}
          value={filters.statuses}
          onChange={(value) => set('statuses', value)}
        />
        <EnumCheckboxes
          legend={t('case.type')}
          codes={CASE_TYPES}
          label={(code) => t(`enums.caseType.${code}`)}
          value={filters.types}
          onChange={(value) => set('types', value)}
        />
        <SelectField label={t('signal.theme')} value={filters.themes[0] ?? ''} onChange={(e) => set('themes', single(e.target.value))}>
          <option value="">{t('filters.all')}</option>
          {reference?.themes.map((theme) => (
            <option key={theme.code} value={theme.code}>
              {label(reference.themes, theme.code)}
            </option>
          ))}
        </SelectField>
        <MunicipalityPicker
          label={t('case.municipalities')}
          municipalities={reference?.municipalities ?? []}
          value={filters.municipalities}
          onChange={(value) => set('municipalities', value)}
        />
        <SelectField
          label={t('filters.province')}
          value={filters.provinces[0] ?? ''}
          onChange={(e) => set('provinces', single(e.target.value))}
        >
          <option value="">{t('filters.all')}</option>
          {reference?.provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </SelectField>
        <div className="row">
          <Field
            label={t('filters.fromStart')}
            type="date"
            className="input--date"
            value={filters.from ?? ''}
            onChange={(e) => set('from', e.target.value || undefined)}
          />
          <Field
            label={t('filters.toStart')}
            type="date"
            className="input--date"
            value={filters.to ?? ''}
            onChange={(e) => set('to', e.target.value || undefined)}
          />
        </div>
        <SelectField label={t('case.owner')} value={filters.ownerIds[0] ?? ''} onChange={(e) => set('ownerIds', single(e.target.value))}>
          <option value="">{t('filters.all')}</option>
          {reference?.advisers.map((adviser) => (
            <option key={adviser.id} value={adviser.id}>
              {adviser.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('case.classification')}
          value={filters.classifications[0] ?? ''}
          onChange={(e) => set('classifications', single(e.target.value) as Classification[])}
        >
          <option value="">{t('filters.all')}</option>
          {CLASSIFICATIONS.map((code) => (
            <option key={code} value={code}>
              {t(`enums.classification.${code}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <button type="button" className="button button--small button--quiet" onClick={onClear}>
        {t('filters.clear')}
      </button>
    </section>
  );
}
