import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, CASE_TYPES, CLASSIFICATIONS, type Classification } from '../../../../shared/domain/enums';
import { EnumCheckboxes } from '../../components/EnumCheckboxes';
import { CommonFilterFields } from '../../components/CommonFilterFields';
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
        <CommonFilterFields
          filters={filters}
          onChange={(patch) => onChange({ ...filters, ...patch })}
          labels={{
            municipalities: t('case.municipalities'),
            from: t('filters.fromStart'),
            to: t('filters.toStart'),
            owner: t('case.owner'),
          }}
        />
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
