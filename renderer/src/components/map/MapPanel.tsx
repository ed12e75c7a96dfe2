import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_MEASURES, type MapMeasure } from '../../../../shared/domain/mapMeasures';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { useNavigation } from '../../features/shell/navigation';
import { formatDate } from '../../format';
import { ErrorAlert } from '../ErrorAlert';
import { Field } from '../Field';
import { SelectField } from '../SelectField';
import { MapLegend } from './MapLegend';
import { MapList } from './MapList';
import { mapColouring, mapSummary, municipalityLabel, valueText } from './mapText';
import '../../styles/map.css';

// The shapes (~150 kB of TopoJSON with d3-geo) load with the first map, not with the app.
const MunicipalityMap = lazy(() => import('./MunicipalityMap').then((module) => ({ default: module.MunicipalityMap })));

export interface MapPanelProps {
  headingLevel?: 2 | 3;
  initialMeasure?: MapMeasure;
  /**
   * The period, when the page around the map has one (the network page). Without
   * them the panel shows its own period fields, empty meaning the last 12 weeks.
   */
  from?: string;
  to?: string;
}

type View = 'map' | 'list';

/**
 * The municipality map with its measure chooser, legend, a readout of the
 * municipality pointed at or focused, a text summary, and a "Lijst" view of
 * the same figures. Embeddable: the network page and the overview place it.
 */
export function MapPanel({ headingLevel = 2, initialMeasure = 'signals', from, to }: MapPanelProps) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const [measure, setMeasure] = useState<MapMeasure>(initialMeasure);
  const [view, setView] = useState<View>('map');
  const [ownFrom, setOwnFrom] = useState('');
  const [ownTo, setOwnTo] = useState('');
  const [active, setActive] = useState<string | null>(null);

  const hasOwnPeriod = from === undefined && to === undefined;
  const periodFrom = hasOwnPeriod ? ownFrom : (from ?? '');
  const periodTo = hasOwnPeriod ? ownTo : (to ?? '');
  const periodInvalid = periodFrom !== '' && periodTo !== '' && periodFrom > periodTo;
  const request = {
    measure,
    ...(periodFrom ? { from: periodFrom } : {}),
    ...(periodTo ? { to: periodTo } : {}),
  };
  const result = useQuery({
    queryKey: [...recordKeys.network, 'map', request],
    queryFn: () => call('map.measures', request),
    placeholderData: keepPreviousData,
    enabled: !periodInvalid,
  });
  const data = result.data;

  const open = useCallback((code: string) => navigate({ name: 'municipality', code }), [navigate]);
  const colouring = useMemo(() => (data ? mapColouring(t, data) : null), [t, data]);
  const labels = useMemo(
    () => new Map((data?.values ?? []).map((row) => [row.code, municipalityLabel(t, data!.measure, row)])),
    [t, data],
  );
  const measureLabel = t(`map.measures.${measure}`);
  const title = data
    ? data.measure === 'earlyWarning'
      ? t('map.titleWeek', { measure: measureLabel, week: data.week ?? '' })
      : t('map.title', { measure: measureLabel, from: formatDate(data.from), to: formatDate(data.to) })
    : measureLabel;
  const summary = data ? mapSummary(t, data) : '';
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = useId();
  const activeRow = active ? data?.values.find((row) => row.code === active) : undefined;

  return (
    <section className="map-panel" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('map.heading')}</Heading>
      <div className="map-panel__controls">
        <SelectField label={t('map.measure')} value={measure} onChange={(event) => setMeasure(event.target.value as MapMeasure)}>
          {MAP_MEASURES.map((option) => (
            <option key={option} value={option}>
              {t(`map.measures.${option}`)}
            </option>
          ))}
        </SelectField>
        {hasOwnPeriod && (
          <>
            <Field
              label={t('map.from')}
              type="date"
              className="input--date"
              value={ownFrom}
              error={periodInvalid ? t('map.periodProblem') : undefined}
              onChange={(event) => setOwnFrom(event.target.value)}
            />
            <Field label={t('map.to')} type="date" className="input--date" value={ownTo} onChange={(event) => setOwnTo(event.target.value)} />
          </>
        )}
        <div role="group" aria-label={t('map.view')} className="map-panel__view">
          <button type="button" className="chip" aria-pressed={view === 'map'} onClick={() => setView('map')}>
            {t('map.viewMap')}
          </button>
          <button type="button" className="chip" aria-pressed={view === 'list'} onClick={() => setView('list')}>
            {t('map.viewList')}
          </button>
        </div>
      </div>
      {!hasOwnPeriod && periodInvalid && <p className="muted">{t('map.periodProblem')}</p>}
      <ErrorAlert error={result.error} />
      {data && colouring && (
        <>
          <p className="map-panel__summary">
            <strong>{title}.</strong> {summary}
          </p>
          {view === 'map' ? (
            <div className="map-panel__body">
              <figure className="map-panel__figure">
                <Suspense fallback={<div className="municipality-map municipality-map--loading" />}>
                  <MunicipalityMap
                    title={title}
                    description={t('map.description', { measure: measureLabel.toLowerCase(), summary })}
                    fills={colouring.fills}
                    labels={labels}
                    onActiveChange={setActive}
                    onOpen={open}
                  />
                </Suspense>
                <figcaption className="map-panel__attribution">{t('map.attribution')}</figcaption>
              </figure>
              <div className="map-panel__side">
                <p className="map-readout" data-testid="map-readout">
                  {activeRow ? (
                    <>
                      <strong>{activeRow.name}</strong> ({activeRow.provinceName}): {valueText(t, data.measure, activeRow)}
                    </>
                  ) : (
                    <span className="muted">{t('map.readoutHint')}</span>
                  )}
                </p>
                <MapLegend title={measureLabel} classes={colouring.legend} />
                <p className="muted map-panel__keys">{t('map.keys')}</p>
              </div>
            </div>
          ) : (
            <>
              <MapList result={data} onOpen={open} />
              <p className="map-panel__attribution">{t('map.attribution')}</p>
            </>
          )}
        </>
      )}
    </section>
  );
}
