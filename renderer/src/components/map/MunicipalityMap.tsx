import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { NO_DATA_BACKGROUND, NO_DATA_HATCH, NO_DATA_PATTERN_ID } from '../../../../shared/map/mapClasses';
import { mapGeometry, neighbourInDirection, type MapDirection, type MapShape } from '../../../../shared/map/municipalityMap';

/** The drawing's own pixels; CSS scales the <svg> to the room there is. */
const WIDTH = 560;
const HEIGHT = 660;

const ARROWS: Record<string, MapDirection> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export interface MunicipalityMapProps {
  title: string;
  description: string;
  /** Code → fill colour (a palette colour or the no-data hatch). */
  fills: ReadonlyMap<string, string>;
  /** Code → "Utrecht: 7 signalen", the accessible name and the readout. */
  labels: ReadonlyMap<string, string>;
  /** The municipality being pointed at or focused, for the readout beside the map. */
  onActiveChange: (code: string | null) => void;
  onOpen: (code: string) => void;
}

/**
 * The choropleth as SVG: every municipality a link (role="link", its name
 * and figure as accessible name) in one Tab stop. Arrow keys move to the
 * neighbour in that direction, Home/End to the first/last by name, Enter
 * opens the municipality page. The focused or pointed-at municipality is
 * outlined on top of the others, so the outline is never hidden by a neighbour.
 * Fills are presentation attributes, not inline styles (strict CSP).
 */
export function MunicipalityMap({ title, description, fills, labels, onActiveChange, onOpen }: MunicipalityMapProps) {
  const geometry = mapGeometry(WIDTH, HEIGHT);
  const ids = useId();
  const byName = useMemo(
    () => [...geometry.municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [geometry],
  );
  const [tabStop, setTabStop] = useState<string>(() => byName[0]!.code);
  // Refs, not state, for what the memoised paths' handlers read: they keep their first closures.
  const focused = useRef<string | null>(null);
  const hovered = useRef<string | null>(null);
  const [outlinedCode, setOutlinedCode] = useState<string | null>(null);
  const group = useRef<SVGGElement>(null);
  const callbacks = useRef({ onActiveChange, onOpen });
  useEffect(() => {
    callbacks.current = { onActiveChange, onOpen };
  }, [onActiveChange, onOpen]);

  const show = (code: string | null, kind: 'focus' | 'hover') => {
    if (kind === 'focus') focused.current = code;
    else hovered.current = code;
    // The pointer wins while it is over the map; otherwise the keyboard's place.
    const active = hovered.current ?? focused.current;
    setOutlinedCode(active);
    callbacks.current.onActiveChange(active);
  };
  const open = (code: string) => callbacks.current.onOpen(code);

  const moveTo = (shape: MapShape | null | undefined) => {
    if (!shape) return;
    setTabStop(shape.code);
    group.current?.querySelector<SVGPathElement>(`[data-code="${shape.code}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const current = geometry.municipalities.find((m) => m.code === tabStop);
    if (!current) return;
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      moveTo(neighbourInDirection(geometry.municipalities, current, direction));
    } else if (event.key === 'Home') {
      event.preventDefault();
      moveTo(byName[0]);
    } else if (event.key === 'End') {
      event.preventDefault();
      moveTo(byName[byName.length - 1]);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(current.code);
    }
  };

  const outlined = geometry.municipalities.find((m) => m.code === outlinedCode);

  return (
    <svg
      className="municipality-map"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-labelledby={`${ids}-title ${ids}-desc`}
      onMouseLeave={() => show(null, 'hover')}
    >
      <title id={`${ids}-title`}>{title}</title>
      <desc id={`${ids}-desc`}>{description}</desc>
      <defs>
        <pattern id={NO_DATA_PATTERN_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={NO_DATA_BACKGROUND} />
          <line x1="0" y1="0" x2="0" y2="6" stroke={NO_DATA_HATCH} strokeWidth="2" />
        </pattern>
      </defs>
      <g ref={group} onKeyDown={onKeyDown}>
        <Shapes
          shapes={geometry.municipalities}
          fills={fills}
          labels={labels}
          tabStop={tabStop}
          onFocusCode={(code) => {
            setTabStop(code);
            show(code, 'focus');
          }}
          onBlurCode={() => show(null, 'focus')}
          onHoverCode={(code) => show(code, 'hover')}
          onOpen={open}
        />
      </g>
      <path className="municipality-map__provinces" d={geometry.provinceBorders} />
      {outlined && (
        <g className="municipality-map__outline" aria-hidden="true">
          <path className="municipality-map__outline-halo" d={outlined.path} />
          <path className="municipality-map__outline-line" d={outlined.path} />
        </g>
      )}
    </svg>
  );
}

interface ShapesProps {
  shapes: readonly MapShape[];
  fills: ReadonlyMap<string, string>;
  labels: ReadonlyMap<string, string>;
  tabStop: string;
  onFocusCode: (code: string) => void;
  onBlurCode: () => void;
  onHoverCode: (code: string) => void;
  onOpen: (code: string) => void;
}

/** The 342 paths; memoised so pointing at the map does not redraw them all. */
const Shapes = memo(function Shapes({ shapes, fills, labels, tabStop, onFocusCode, onBlurCode, onHoverCode, onOpen }: ShapesProps) {
  return shapes.map((shape) => (
    <path
      key={shape.code}
      data-code={shape.code}
      className="municipality-map__area"
      d={shape.path}
      fill={fills.get(shape.code) ?? '#ffffff'}
      role="link"
      aria-label={labels.get(shape.code) ?? shape.name}
      tabIndex={shape.code === tabStop ? 0 : -1}
      onFocus={() => onFocusCode(shape.code)}
      onBlur={onBlurCode}
      onMouseEnter={() => onHoverCode(shape.code)}
      onClick={() => onOpen(shape.code)}
    />
  ));
}, (before, after) => before.fills === after.fills && before.labels === after.labels && before.tabStop === after.tabStop && before.shapes === after.shapes);
