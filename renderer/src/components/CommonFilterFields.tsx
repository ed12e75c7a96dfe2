import { useTranslation } from 'react-i18next';
import { useReference, useReferenceLabel } from '../api/domain';
import { Field } from './Field';
import { MunicipalityPicker } from './MunicipalityPicker';
import { SelectField } from './SelectField';

/** The filters signals and cases share: theme, place, province, period and owner. */
export interface CommonFilters {
  themes: string[];
  municipalities: string[];
  provinces: string[];
  from?: string;
  to?: string;
  ownerIds: string[];
}

interface CommonFilterFieldsProps {
  filters: CommonFilters;
  onChange: (patch: Partial<CommonFilters>) => void;
  labels: { municipalities: string; from: string; to: string; owner: string };
}

const single = (value: string) => (value ? [value] : []);

export function CommonFilterFields({ filters, onChange, labels }: CommonFilterFieldsProps) {
  const { t } = useTranslation();
  const reference = useReference().data;
  const label = useReferenceLabel();
  return (
    <>
      <SelectField
        label={t('signal.theme')}
        value={filters.themes[0] ?? ''}
        onChange={(event) => onChange({ themes: single(event.target.value) })}
      >
        <option value="">{t('filters.all')}</option>
        {reference?.themes.map((theme) => (
          <option key={theme.code} value={theme.code}>
            {label(reference.themes, theme.code)}
          </option>
        ))}
      </SelectField>
      <MunicipalityPicker
        label={labels.municipalities}
        municipalities={reference?.municipalities ?? []}
        value={filters.municipalities}
        onChange={(value) => onChange({ municipalities: value })}
      />
      <SelectField
        label={t('filters.province')}
        value={filters.provinces[0] ?? ''}
        onChange={(event) => onChange({ provinces: single(event.target.value) })}
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
          label={labels.from}
          type="date"
          className="input--date"
          value={filters.from ?? ''}
          onChange={(event) => onChange({ from: event.target.value || undefined })}
        />
        <Field
          label={labels.to}
          type="date"
          className="input--date"
          value={filters.to ?? ''}
          onChange={(event) => onChange({ to: event.target.value || undefined })}
        />
      </div>
      <SelectField
        label={labels.owner}
        value={filters.ownerIds[0] ?? ''}
        onChange={(event) => onChange({ ownerIds: single(event.target.value) })}
      >
        <option value="">{t('filters.all')}</option>
        {reference?.advisers.map((adviser) => (
          <option key={adviser.id} value={adviser.id}>
            {adviser.name}
          </option>
        ))}
      </SelectField>
    </>
  );
}
