import { useTranslation } from 'react-i18next';
import { addIsoWeeks, isoWeekKey, parseIsoWeekKey, weekEnd, weekStart } from '../../../../shared/domain/isoWeek';
import { formatDate } from '../../format';

interface WeekChooserProps {
  /** The week shown, "2026-W48". */
  week: string;
  /** The last complete week: the latest that can be judged. */
  latest: string;
  onChange: (week: string) => void;
}

/** Previous / next week as buttons (Tab and Enter), the week and its dates between them, announced when it changes. */
export function WeekChooser({ week, latest, onChange }: WeekChooserProps) {
  const { t } = useTranslation();
  const current = parseIsoWeekKey(week)!;
  const step = (count: number) => onChange(isoWeekKey(addIsoWeeks(current, count)));
  return (
    <div className="ew-week" role="group" aria-label={t('earlyWarning.week')}>
      <button type="button" className="button button--quiet" onClick={() => step(-1)}>
        <span aria-hidden="true">← </span>
        {t('earlyWarning.previousWeek')}
      </button>
      <p className="ew-week__current" aria-live="polite">
        <strong>{t('earlyWarning.weekLabel', { week: current.week, year: current.year })}</strong>{' '}
        <span className="muted">{t('earlyWarning.weekDates', { from: formatDate(weekStart(current)), to: formatDate(weekEnd(current)) })}</span>
      </p>
      <button type="button" className="button button--quiet" onClick={() => step(1)} disabled={week >= latest}>
        {t('earlyWarning.nextWeek')}
        <span aria-hidden="true"> →</span>
      </button>
      {week !== latest && (
        <button type="button" className="link-button" onClick={() => onChange(latest)}>
          {t('earlyWarning.lastCompleteWeek')}
        </button>
      )}
    </div>
  );
}
