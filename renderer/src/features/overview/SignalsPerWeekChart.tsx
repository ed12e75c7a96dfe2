import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { parseIsoWeekKey } from '../../../../shared/domain/isoWeek';
import { weekLabel, weekSummary, type WeekCount } from '../../../../shared/domain/overview';
import { ChartFrame } from '../../components/chart/ChartFrame';
import { CHART_COLORS } from '../../components/chart/chartColors';
import { ChartTable } from '../../components/chart/ChartTable';
import { HatchPattern } from '../../components/chart/HatchPattern';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatNumber } from '../../format';
import { useNavigation } from '../shell/navigation';
import { weekSummaryText } from './overviewText';
import { useSignalsPerWeek } from './useOverview';

interface Point {
  week: WeekCount;
  label: string;
  count: number;
  previousYear: number | null;
}

/**
 * Signals per ISO week (observed date) over the last 52 weeks, as bars; the
 * same weeks a year earlier as a dashed line (shape, not only colour). The
 * running week is hatched and labelled, so a half week never reads as a drop.
 * A bar, and the week in the table, opens the signals list on that week.
 */
export function SignalsPerWeekChart() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const hatch = `hatch-${useId().replace(/:/g, '')}`;
  const data = useSignalsPerWeek();
  if (!data.data) return <ErrorAlert error={data.error} />;
  const { weeks, hasPreviousYear } = data.data;
  const year = parseIsoWeekKey(weeks[weeks.length - 1]!.week)?.year;
  const points: Point[] = weeks.map((week) => ({
    week,
    label: weekLabel(week.week),
    count: week.count,
    previousYear: week.previousYear?.count ?? null,
  }));
  const open = (week: WeekCount) => navigate({ name: 'signals', filters: { observedFrom: week.from, observedTo: week.to } });
  const weekName = (week: WeekCount) => t('overview.weeks.weekNumber', { week: weekLabel(week.week, year) });

  const shape = (props: BarShapeProps) => {
    const point = props.payload as Point;
    const { x = 0, y = 0, width = 0, height = 0 } = props;
    const running = point.week.running;
    return (
      <g className="is-clickable">
        <rect x={x} y={y} width={width} height={Math.max(height, 0)} fill={running ? `url(#${hatch})` : CHART_COLORS.primary} stroke={running ? CHART_COLORS.primary : 'none'} />
        {running && (
          <text
            className="overview-week-chart__running"
            transform={`translate(${x + width / 2 + 4}, ${y - 6}) rotate(-90)`}
            textAnchor="start"
          >
            {t('overview.weeks.running')}
          </text>
        )}
      </g>
    );
  };

  const chart = (
    <>
      <HatchPattern id={hatch} color={CHART_COLORS.primary} />
      <ResponsiveContainer width="100%" height={280}>
        <ComposedChart data={points} margin={{ top: 90, right: 16, bottom: 4, left: 0 }} accessibilityLayer aria-label={t('overview.weeks.ariaLabel')}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="label" tickLine={false} minTickGap={6} />
          <YAxis allowDecimals={false} width={36} />
          <Tooltip
            labelFormatter={(_label, payload) => {
              const point = payload?.[0]?.payload as Point | undefined;
              return point ? `${weekName(point.week)} (${formatDate(point.week.from)} – ${formatDate(point.week.to)})${point.week.running ? `, ${t('overview.weeks.running')}` : ''}` : '';
            }}
            formatter={(value) => formatNumber(Number(value))}
          />
          <Bar
            dataKey="count"
            name={t('overview.weeks.thisYear')}
            shape={shape}
            isAnimationActive={false}
            onClick={(item) => open((item.payload as Point).week)}
          />
          {hasPreviousYear && (
            <Line
              dataKey="previousYear"
              name={t('overview.weeks.yearEarlier')}
              stroke={CHART_COLORS.accent}
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
      <ul className="chart-legend" aria-hidden="true">
        <li><span className="chart-legend__swatch chart-legend__swatch--bar" />{t('overview.weeks.thisYear')}</li>
        <li><span className="chart-legend__swatch chart-legend__swatch--running" />{t('overview.weeks.running')}</li>
        {hasPreviousYear && (<li><span className="chart-legend__swatch chart-legend__swatch--line" />{t('overview.weeks.yearEarlier')}</li>)}
      </ul>
    </>
  );

  const table = (
    <ChartTable
      caption={t('overview.weeks.caption')}
      columns={[
        { key: 'week', header: t('overview.weeks.week') },
        { key: 'period', header: t('overview.weeks.period') },
        { key: 'count', header: t('overview.weeks.count'), numeric: true },
        ...(hasPreviousYear ? [{ key: 'previousYear', header: t('overview.weeks.previousYear'), numeric: true }] : []),
      ]}
      rows={[...weeks].reverse().map((week) => ({
        key: week.week,
        cells: [
          <button key="week" type="button" className="link-button" onClick={() => open(week)}>
            {weekName(week)}
            {week.running ? ` (${t('overview.weeks.running')})` : ''}
          </button>,
          `${formatDate(week.from)} – ${formatDate(week.to)}`,
          formatNumber(week.count),
          ...(hasPreviousYear ? [week.previousYear ? formatNumber(week.previousYear.count) : '—'] : []),
        ],
      }))}
    />
  );

  return (
    <ChartFrame
      heading={t('overview.weeks.heading')}
      summary={weekSummaryText(t, weekSummary(weeks), year ?? 0)}
      chart={chart}
      table={table}
      note={t('overview.weeks.note')}
    />
  );
}
