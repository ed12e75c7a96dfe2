import { useTranslation } from 'react-i18next';
import { NO_DATA_FILL, type MapClass } from '../../../../shared/map/mapClasses';

/**
 * The legend as a list: a swatch and a label per class, so no class is told
 * by colour alone. The swatch colour is a React style property (set through
 * the DOM, which the CSP allows); the hatch is a CSS class.
 */
export function MapLegend({ title, classes }: { title: string; classes: MapClass[] }) {
  const { t } = useTranslation();
  return (
    <div className="map-legend">
      <p className="map-legend__title">
        {t('map.legend')}: {title}
      </p>
      <ul>
        {classes.map((entry) => (
          <li key={entry.label}>
            {entry.fill === NO_DATA_FILL ? (
              <span className="map-legend__swatch map-legend__swatch--no-data" aria-hidden="true" />
            ) : (
              <span className="map-legend__swatch" aria-hidden="true" style={{ backgroundColor: entry.fill }} />
            )}
            <span>{entry.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
