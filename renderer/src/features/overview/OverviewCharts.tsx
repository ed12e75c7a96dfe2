import { useTranslation } from 'react-i18next';
import { currentIsoWeek } from '../../../../shared/domain/isoWeek';
import { presetPeriod, type PeriodPreset } from '../../../../shared/domain/overview';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MapPanel } from '../../components/map/MapPanel';
import { localToday } from '../../format';
import { usePersistentState } from '../shell/persistentState';
import { PeriodChooser, type PeriodChoice } from './PeriodChooser';
import { SignalsByGroupChart } from './SignalsByGroupChart';
import { SignalsPerWeekChart } from './SignalsPerWeekChart';
import { useSignalsByProvince, useSignalsByTheme } from './useOverview';

const datesOf = (preset: Exclude<PeriodPreset, 'custom'>) => presetPeriod(preset, currentIsoWeek(new Date()), localToday());

/**
 * The pictures of the overview: signals per week, then per theme and per
 * province for one chosen period (kept when the adviser comes back from a
 * list), and the municipality map for the same period.
 */
export function OverviewCharts() {
  const { t } = useTranslation();
  const [choice, setChoice] = usePersistentState<PeriodChoice>('overview.period', () => ({ preset: 'last4', ...datesOf('last4') }));
  const period = choice.from <= choice.to ? { from: choice.from, to: choice.to } : null;
  const themes = useSignalsByTheme(period);
  const provinces = useSignalsByProvince(period);
  const chooser = <PeriodChooser value={choice} onChange={setChoice} presetDates={datesOf} compared={themes.data} />;
  return (
    <>
      <SignalsPerWeekChart />
      <section className="overview-period-charts" aria-label={t('overview.period.legend')}>
        {chooser}
        <ErrorAlert error={themes.error ?? provinces.error} />
        <div className="overview-grid">
          {themes.data && <SignalsByGroupChart kind="theme" data={themes.data} />}
          {provinces.data && <SignalsByGroupChart kind="province" data={provinces.data} />}
        </div>
        {period && <MapPanel from={period.from} to={period.to} />}
      </section>
    </>
  );
}
