import { useTranslation } from 'react-i18next';
import { PERIOD_PRESETS, type PeriodPreset } from '../../../../shared/domain/overview';
import { Field } from '../../components/Field';
import { formatDate } from '../../format';

export interface PeriodChoice {
  preset: PeriodPreset;
  from: string;
  to: string;
}

interface PeriodChooserProps {
  value: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
  /** The dates of a preset (the week presets end on the last complete week). */
  presetDates: (preset: Exclude<PeriodPreset, 'custom'>) => { from: string; to: string };
  /** The period and the one compared with, once the server has answered. */
  compared?: { from: string; to: string; previousFrom: string; previousTo: string };
}

/** The period of the theme and province charts: presets as toggle buttons, or two dates of one's own. */
export function PeriodChooser({ value, onChange, presetDates, compared }: PeriodChooserProps) {
  const { t } = useTranslation();
  const invalid = value.preset === 'custom' && value.from > value.to;
  return (
    <fieldset className="overview-period">
      <legend>{t('overview.period.legend')}</legend>
      <div className="chips" role="group">
        {PERIOD_PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className="chip"
            aria-pressed={value.preset === preset}
            onClick={() => onChange(preset === 'custom' ? { ...value, preset } : { preset, ...presetDates(preset) })}
          >
            {t(`overview.period.${preset}`)}
          </button>
        ))}
      </div>
      {value.preset === 'custom' && (
        <div className="row overview-period__dates">
          <Field
            label={t('overview.period.from')}
            type="date"
            className="input--date"
            value={value.from}
            onChange={(event) => event.target.value && onChange({ ...value, from: event.target.value })}
          />
          <Field
            label={t('overview.period.to')}
            type="date"
            className="input--date"
            value={value.to}
            error={invalid ? t('overview.period.invalid') : undefined}
            onChange={(event) => event.target.value && onChange({ ...value, to: event.target.value })}
          />
        </div>
      )}
      {compared && !invalid && (
        <p className="muted overview-period__described">
          {t('overview.period.described', {
            from: formatDate(compared.from),
            to: formatDate(compared.to),
            previousFrom: formatDate(compared.previousFrom),
            previousTo: formatDate(compared.previousTo),
          })}
        </p>
      )}
    </fieldset>
  );
}
