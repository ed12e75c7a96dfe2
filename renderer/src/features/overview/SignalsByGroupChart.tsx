import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { groupSummary, NATIONAL_ROW, type GroupCount, type SignalsByGroup } from '../../../../shared/domain/overview';
import type { SignalFilters } from '../../../../shared/domain/signal';
import { ChartFrame } from '../../components/chart/ChartFrame';
import { CHART_COLORS } from '../../components/chart/chartColors';
import { ChartTable } from '../../components/chart/ChartTable';
import { HatchPattern } from '../../components/chart/HatchPattern';
import { formatNumber } from '../../format';
import { useNavigation } from '../shell/navigation';
import { changeText, groupName, groupSummaryText } from './overviewText';

interface GroupChartProps {
  kind: 'theme' | 'province';
  data: SignalsByGroup;
  /** Controls shown above the chart (the period chooser sits with the first chart). */
  controls?: React.ReactNode;
}

interface Point {
  group: GroupCount;
  name: string;
  count: number;
  previous: number;
}

/**
 * Signals per theme or per province in the chosen period (solid bars) against
 * the previous period of the same length (hatched bars). A bar, and the name
 * in the table, opens the signals list on that theme or province and period.
 */
export function SignalsByGroupChart({ kind, data, controls }: GroupChartProps) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const hatch = `hatch-${useId().replace(/:/g, '')}`;
  // Themes nobody used in either period are left out; every province stays, zeros too.
  const rows = kind === 'theme' ? data.rows.filter((row) => row.count > 0 || row.previous > 0) : data.rows;
  const points: Point[] = rows.map((group) => ({ group, name: groupName(t, i18n.language, group), count: group.count, previous: group.previous }));
  const open = (group: GroupCount) => {
    const period = { observedFrom: data.from, observedTo: data.to };
    const filters: Partial<SignalFilters> =
      kind === 'theme' ? { themes: [group.code], ...period } : group.code === NATIONAL_ROW ? { national: true, ...period } : { provinces: [group.code], ...period };
    navigate({ name: 'signals', filters });
  };
  const prefix = kind === 'theme' ? 'theme' : 'province';

  const chart = (
    <>
      <HatchPattern id={hatch} color={CHART_COLORS.secondary} />
      <ResponsiveContainer width="100%" height={Math.max(120, points.length * 34 + 40)}>
        <BarChart
          data={points}
          layout="vertical"
          margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
          barGap={1}
          accessibilityLayer
          aria-label={t(`overview.groups.${prefix}AriaLabel`)}
         
        >
          <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={150} tickLine={false} interval={0} />
          <Tooltip formatter={(value) => formatNumber(Number(value))} />
          <Bar
            dataKey="count"
            name={t('overview.groups.thisPeriod')}
            fill={CHART_COLORS.primary}
            className="is-clickable"
            isAnimationActive={false}
            onClick={(item) => open((item.payload as Point).group)}
          />
          <Bar
            dataKey="previous"
            name={t('overview.groups.previous')}
            fill={`url(#${hatch})`}
            stroke={CHART_COLORS.secondary}
            className="is-clickable"
            isAnimationActive={false}
            onClick={(item) => open((item.payload as Point).group)}
          />
        </BarChart>
      </ResponsiveContainer>
      <ul className="chart-legend" aria-hidden="true">
        <li><span className="chart-legend__swatch chart-legend__swatch--bar" />{t('overview.groups.thisPeriod')}</li>
        <li><span className="chart-legend__swatch chart-legend__swatch--previous" />{t('overview.groups.previous')}</li>
      </ul>
    </>
  );

  const table = (
    <ChartTable
      caption={t(`overview.groups.${prefix}Caption`)}
      columns={[
        { key: 'name', header: t(`overview.groups.${prefix}`) },
        { key: 'count', header: t('overview.groups.count'), numeric: true },
        { key: 'previous', header: t('overview.groups.previous'), numeric: true },
        { key: 'change', header: t('overview.groups.change'), numeric: true },
      ]}
      rows={points.map((point) => ({
        key: point.group.code,
        cells: [
          <button key="name" type="button" className="link-button" onClick={() => open(point.group)}>
            {point.name}
          </button>,
          formatNumber(point.count),
          formatNumber(point.previous),
          changeText(t, point.count, point.previous),
        ],
      }))}
    />
  );

  return (
    <ChartFrame
      heading={t(`overview.groups.${prefix}Heading`)}
      summary={groupSummaryText(t, i18n.language, groupSummary(data.rows))}
      controls={controls}
      chart={chart}
      table={table}
      note={t(`overview.groups.${prefix}Note`)}
    />
  );
}
