import { useTranslation } from 'react-i18next';
import { CONTACT_FORMS } from '../../../../shared/domain/enums';
import { useReference, useReferenceLabel } from '../../api/domain';
import { EnumCheckboxes } from '../../components/EnumCheckboxes';
import { Field } from '../../components/Field';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { SelectField } from '../../components/SelectField';
import type { ContactMomentFilters } from './contactMomentListState';

interface ContactMomentFilterPanelProps {
  id: string;
  filters: ContactMomentFilters;
  onChange: (filters: ContactMomentFilters) => void;
  onClear: () => void;
}

const single = (value: string) => (value ? [value] : []);

/** The filters of the contact moment list; every change goes straight to the server query. */
export function ContactMomentFilterPanel({ id, filters, onChange, onClear }: ContactMomentFilterPanelProps) {
  const { t } = useTranslation();
  const reference = useReference().data;
  const label = useReferenceLabel();
  const set = (patch: Partial<ContactMomentFilters>) => onChange({ ...filters, ...patch });
  return (
    <section id={id} className="filter-panel" aria-label={t('filters.heading')}>
      <div className="filter-panel__grid">
        <EnumCheckboxes
          legend={t('contactMoment.form')}
          codes={CONTACT_FORMS}
          label={(code) => t(`enums.contactForm.${code}`)}
          value={filters.forms}
          onChange={(forms) => set({ forms })}
        />
        <div>
          <SelectField label={t('signal.theme')} value={filters.themes[0] ?? ''} onChange={(event) => set({ themes: single(event.target.value) })}>
            <option value="">{t('filters.all')}</option>
            {reference?.themes.map((theme) => (
              <option key={theme.code} value={theme.code}>
                {label(reference.themes, theme.code)}
              </option>
            ))}
          </SelectField>
          <MunicipalityPicker
            label={t('contactMoment.municipalities')}
            municipalities={reference?.municipalities ?? []}
            value={filters.municipalities}
            onChange={(municipalities) => set({ municipalities })}
          />
          <SelectField
            label={t('filters.province')}
            value={filters.provinces[0] ?? ''}
            onChange={(event) => set({ provinces: single(event.target.value) })}
          >
            <option value="">{t('filters.all')}</option>
            {reference?.provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {province.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div>
          <div className="row">
            <Field
              label={t('contactMoments.fromHeld')}
              type="date"
              className="input--date"
              value={filters.from ?? ''}
              onChange={(event) => set({ from: event.target.value || undefined })}
            />
            <Field
              label={t('contactMoments.toHeld')}
              type="date"
              className="input--date"
              value={filters.to ?? ''}
              onChange={(event) => set({ to: event.target.value || undefined })}
            />
          </div>
          <SelectField
            label={t('contactMoment.staff')}
            value={filters.staffIds[0] ?? ''}
            onChange={(event) => set({ staffIds: single(event.target.value) })}
          >
            <option value="">{t('filters.all')}</option>
            {reference?.advisers.map((adviser) => (
              <option key={adviser.id} value={adviser.id}>
                {adviser.name}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <button type="button" className="button button--small button--quiet" onClick={onClear}>
        {t('filters.clear')}
      </button>
    </section>
  );
}
