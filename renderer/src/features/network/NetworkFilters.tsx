import { useTranslation } from 'react-i18next';
import { periodEndingOn } from '../../../../shared/domain/municipality';
import { useReference } from '../../api/domain';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { localToday } from '../../format';
import { periodProblem, QUICK_PERIODS, type NetworkState } from './networkState';

interface NetworkFiltersProps {
  state: NetworkState;
  onChange: (patch: Partial<NetworkState>) => void;
}

/** Period (quick choices or dates), province and "only with activity", always in view above the table. */
export function NetworkFilters({ state, onChange }: NetworkFiltersProps) {
  const { t } = useTranslation();
  const provinces = useReference().data?.provinces ?? [];
  const problem = periodProblem(state);
  return (
    <div className="filter-panel network-filters">
      <div role="group" aria-label={t('network.quick')} className="network-filters__quick">
        <ul className="chips">
          {QUICK_PERIODS.map((days) => (
            <li key={days}>
              <button
                type="button"
                className="chip"
                aria-pressed={state.days === days}
                onClick={() => onChange({ ...periodEndingOn(localToday(), days), days })}
              >
                {t('network.lastDays', { count: days })}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="filter-panel__grid">
        <fieldset className="checkbox-group network-filters__period">
          <legend>{t('network.period')}</legend>
          <div className="row">
            <Field
              label={t('network.from')}
              type="date"
              className="input--date"
              value={state.from}
              max={state.to || undefined}
              error={problem === 'order' ? t('validation.periodOrder') : undefined}
              onChange={(event) => onChange({ from: event.target.value, days: null })}
            />
            <Field
              label={t('network.to')}
              type="date"
              className="input--date"
              value={state.to}
              onChange={(event) => onChange({ to: event.target.value, days: null })}
            />
          </div>
        </fieldset>
        <SelectField label={t('network.province')} value={state.province} onChange={(event) => onChange({ province: event.target.value })}>
          <option value="">{t('network.allProvinces')}</option>
          {provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <label className="checkbox checkbox--field network-filters__active">
            <input type="checkbox" checked={state.onlyActive} onChange={(event) => onChange({ onlyActive: event.target.checked })} />
            <span>
              {t('network.onlyActive')}
              <span className="field__hint">{t('network.onlyActiveHint')}</span>
            </span>
          </label>
        </div>
      </div>
    </div>
  );
}
