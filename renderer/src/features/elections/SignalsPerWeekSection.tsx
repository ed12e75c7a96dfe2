import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ElectionTimeline } from '../../../../shared/domain/election';
import { isoWeekKey, isoWeekOf } from '../../../../shared/domain/isoWeek';
import { ChartFrame } from '../../components/chart/ChartFrame';
import { CHART_COLORS } from '../../components/chart/chartColors';
import { formatDate, formatNumber } from '../../format';

/** "2028-W22" → "22": the axis has room for the week number only; the table says the year too. */
const weekNumber = (key: string) => String(Number(key.slice(6)));

/**
 * Signals per ISO week over the span around the election, as a small bar
 * chart (SVG; Recharts sets styles through the DOM, which the CSP allows)
 * with a one-line summary and the same figures behind "Toon als tabel".
 */
export function SignalsPerWeekSection({ timeline }: { timeline: ElectionTimeline }) {
  const { t } = useTranslation();
  const { weeks, window, election } = timeline;
  const total = weeks.reduce((sum, week) => sum + week.count, 0);
  const busiest = weeks.reduce<{ week: string; count: number } | null>((best, week) => (!best || week.count > best.count ? week : best), null);
  const summary =
    total === 0 || !busiest
      ? t('elections.chartSummaryNone', { weeks: weeks.length })
      : t('elections.chartSummary', { count: total, weeks: weeks.length, week: t('elections.weekLabel', { week: busiest.week }), most: busiest.count });
  const electionWeek = isoWeekKey(isoWeekOf(election.date));
  const data = weeks.map((week) => ({ ...week, label: weekNumber(week.week) }));
  const electionLabel = data.find((week) => week.week === electionWeek)?.label;
  return (
    <ChartFrame
      heading={t('elections.chartHeading')}
      summary={summary}
      chart={
        // The picture is named as one image; its figures are in the summary above and the table.
        <div className="elections-chart" role="img" aria-label={t('elections.chartAria', { from: formatDate(window.from), to: formatDate(window.to) })}>
          <ResponsiveContainer width="100%" height={200}>
            <BarChart data={data} accessibilityLayer={false} margin={{ top: 20, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
              <XAxis dataKey="label" interval="preserveStartEnd" />
              <YAxis allowDecimals={false} width={32} />
              <Bar dataKey="count" fill={CHART_COLORS.primary} isAnimationActive={false} />
              {electionLabel && (
                <ReferenceLine
                  x={electionLabel}
                  stroke={CHART_COLORS.accent}
                  strokeDasharray="4 3"
                  label={{ value: t('elections.timeline.electionDay'), position: 'top', fill: '#7a3b00', fontSize: 12 }}
                />
              )}
            </BarChart>
          </ResponsiveContainer>
        </div>
      }
      table={
        // The span is some seventeen weeks: the whole table shows, so it needs no scroll region of its own.
        <table className="data-table data-table--compact elections-weeks">
          <caption className="visually-hidden">{t('elections.chartTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('elections.chartWeek')}</th>
              <th scope="col" className="chart-table__number">
                {t('elections.chartCount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.week}>
                <th scope="row">{week.week === electionWeek ? `${week.week} (${t('elections.timeline.electionDay')})` : week.week}</th>
                <td className="chart-table__number">{formatNumber(week.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
