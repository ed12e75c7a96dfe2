import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATIONS, SIGNAL_STATUSES, URGENCIES, type Classification } from '../../../../shared/domain/enums';
import type { SignalFilters } from '../../../../shared/domain/signal';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { EnumCheckboxes } from '../../components/EnumCheckboxes';
import { CommonFilterFields } from '../../components/CommonFilterFields';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';

interface SignalFilterPanelProps {
  id: string;
  filters: SignalFilters;
  onChange: (filters: SignalFilters) => void;
  onClear: () => void;
}

/** The filters of the signals list; every change goes straight to the server query. */
export function SignalFilterPanel({ id, filters, onChange, onClear }: SignalFilterPanelProps) {
  const { t } = useTranslation();
  // The case filter offers the most recent cases; the list of cases itself has the full search.
  const cases = useQuery({
    queryKey: [...recordKeys.cases, 'choices'],
    queryFn: () => call('cases.list', { sort: { column: 'number', direction: 'desc' }, page: { offset: 0, limit: 200 } }),
  });
  const set = <K extends keyof SignalFilters>(key: K, value: SignalFilters[K]) => onChange({ ...filters, [key]: value });
  const single = (value: string) => (value ? [value] : []);

  return (
    <section id={id} className="filter-panel" aria-label={t('filters.heading')}>
      <div className="filter-panel__grid">
        <EnumCheckboxes
          legend={t('signal.status')}
          codes={SIGNAL_STATUSES}
          label={(code) => t(`enums.signalStatus.${code}`)}
          value={filters.statuses}
          onChange={(value) => set('statuses', value)}
        />
        <EnumCheckboxes
          legend={t('signal.urgency')}
          codes={URGENCIES}
          label={(code) => t(`enums.urgency.${code}`)}
          value={filters.urgencies}
          onChange={(value) => set('urgencies', value)}
        />
        <CommonFilterFields
          filters={filters}
          onChange={(patch) => onChange({ ...filters, ...patch })}
          labels={{
            municipalities: t('signal.municipalities'),
            from: t('filters.from'),
            to: t('filters.to'),
            owner: t('signal.owner'),
          }}
        />
        <div className="row">
          <Field
            label={t('signalFilters.observedFrom')}
            type="date"
            className="input--date"
            value={filters.observedFrom ?? ''}
            onChange={(event) => set('observedFrom', event.target.value || undefined)}
          />
          <Field
            label={t('signalFilters.observedTo')}
            type="date"
            className="input--date"
            value={filters.observedTo ?? ''}
            onChange={(event) => set('observedTo', event.target.value || undefined)}
          />
        </div>
        <SelectField
          label={t('signal.case')}
          value={filters.caseId ?? ''}
          onChange={(event) => set('caseId', event.target.value || undefined)}
        >
          <option value="">{t('filters.all')}</option>
          {cases.data?.rows.map((row) => (
            <option key={row.id} value={row.id}>
              {row.number} · {row.title}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('signal.classification')}
          value={filters.classifications[0] ?? ''}
          onChange={(event) => set('classifications', single(event.target.value) as Classification[])}
        >
          <option value="">{t('filters.all')}</option>
          {CLASSIFICATIONS.map((code) => (
            <option key={code} value={code}>
              {t(`enums.classification.${code}`)}
            </option>
          ))}
        </SelectField>
        <fieldset className="checkbox-group">
          <legend>{t('filters.more')}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={filters.national === true}
              onChange={(event) => set('national', event.target.checked ? true : undefined)}
            />
            <span>{t('filters.nationalOnly')}</span>
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={filters.includeDeleted}
              onChange={(event) => set('includeDeleted', event.target.checked)}
            />
            <span>{t('filters.includeDeleted')}</span>
          </label>
        </fieldset>
      </div>
      <button type="button" className="button button--small button--quiet" onClick={onClear}>
        {t('filters.clear')}
      </button>
    </section>
  );
}
