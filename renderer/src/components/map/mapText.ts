import type { TFunction } from 'i18next';
import type { MapMeasure, MapMeasures, MapMeasureValue } from '../../../../shared/domain/mapMeasures';
import {
  classOf,
  NO_DATA_FILL,
  noDataClass,
  numericClasses,
  statusClasses,
  STATUS_FILLS,
  type EarlyWarningMapStatus,
  type MapClass,
} from '../../../../shared/map/mapClasses';
import { formatDate, formatNumber } from '../../format';

/** A municipality's figure in words: "7 signalen", "nog nooit contact", "Beoordeeld". */
export function valueText(t: TFunction, measure: MapMeasure, row: MapMeasureValue): string {
  if (measure === 'earlyWarning') return t(`map.status.${(row.detail ?? 'none') as EarlyWarningMapStatus}`);
  if (row.value === null) return t('map.value.daysSinceContactNever');
  return t(`map.value.${measure}`, { count: row.value });
}

/** "Utrecht: 7 signalen" — the accessible name of a municipality on the map. */
export function municipalityLabel(t: TFunction, measure: MapMeasure, row: MapMeasureValue): string {
  return `${row.name}: ${valueText(t, measure, row)}`;
}

export interface MapColouring {
  legend: MapClass[];
  fills: Map<string, string>;
}

/** The legend (five classes at most, plus "geen gegevens" when needed) and each municipality's fill. */
export function mapColouring(t: TFunction, result: MapMeasures): MapColouring {
  const fills = new Map<string, string>();
  if (result.measure === 'earlyWarning') {
    for (const row of result.values) fills.set(row.code, STATUS_FILLS[(row.detail ?? 'none') as EarlyWarningMapStatus]);
    return { legend: statusClasses({ alarm: t('map.status.alarm'), reviewed: t('map.status.reviewed'), none: t('map.status.none') }), fills };
  }
  const classes = numericClasses(
    result.values.map((row) => row.value),
    (n) => formatNumber(n),
  );
  let missing = false;
  for (const row of result.values) {
    const found = classOf(classes, row.value);
    if (!found) missing = true;
    fills.set(row.code, found?.fill ?? NO_DATA_FILL);
  }
  const noData = noDataClass(result.measure === 'daysSinceContact' ? t('map.never') : t('map.noData'));
  return { legend: missing ? [...classes, noData] : classes, fills };
}

/** The one-line text summary under the title: what the picture says, in words. */
export function mapSummary(t: TFunction, result: MapMeasures): string {
  const values = result.values;
  if (result.measure === 'earlyWarning') {
    const alarms = values.filter((row) => row.detail === 'alarm');
    const reviewed = values.filter((row) => row.detail === 'reviewed').length;
    const names = alarms.slice(0, 5).map((row) => row.name).join(', ');
    return [
      t('map.summary.status', { count: alarms.length, week: result.week ?? '' }) + (names ? ` (${names})` : ''),
      reviewed > 0 ? t('map.summary.reviewed', { count: reviewed }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  if (result.measure === 'daysSinceContact') {
    const never = values.filter((row) => row.value === null).length;
    const longest = values.filter((row) => row.value !== null).sort((a, b) => b.value! - a.value!)[0];
    const top = longest ? `${longest.name} (${formatDate(longest.detail ?? null)})` : '—';
    return t('map.summary.days', { count: never, top });
  }
  const positive = values.filter((row) => (row.value ?? 0) > 0).sort((a, b) => b.value! - a.value! || a.name.localeCompare(b.name, 'nl'));
  if (positive.length === 0) return t('map.summary.none');
  const total = positive.reduce((sum, row) => sum + row.value!, 0);
  const top = positive
    .slice(0, 3)
    .map((row) => `${row.name} (${formatNumber(row.value)})`)
    .join(', ');
  return `${t('map.summary.total', {
    total: t(`map.value.${result.measure}`, { count: total }),
    places: t('map.summary.places', { count: positive.length }),
    top,
  })} ${t('map.summary.countedOnce')}`;
}
