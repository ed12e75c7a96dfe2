/**
 * Classes and colours of the municipality map. Pure: shared by the window's
 * map, the PNG in a note and the tests.
 *
 * Palette: ColorBrewer 2.0 "YlGnBu", 5 classes, sequential, marked
 * colour-blind safe (Cynthia A. Brewer, colorbrewer2.org, Apache License 2.0).
 * Each step is darker than the one before, so the order reads in grey too.
 * The early-warning status uses ColorBrewer "Oranges" steps that differ
 * clearly in lightness, and every class has a text label besides its colour.
 */

export interface MapClass {
  label: string;
  fill: string;
  /** Inclusive bounds of the values in this class (NaN for a status or "no data" class). */
  min: number;
  max: number;
}

export const SEQUENTIAL_PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** "Geen gegevens": a grey hatch, so it never reads as the lightest class. */
export const NO_DATA_PATTERN_ID = 'ess-map-no-data';
export const NO_DATA_FILL = `url(#${NO_DATA_PATTERN_ID})`;
export const NO_DATA_BACKGROUND = '#f0f0f0';
export const NO_DATA_HATCH = '#969696';

export type EarlyWarningMapStatus = 'alarm' | 'reviewed' | 'none';

/** Dark for an alarm not yet reviewed, middle for a reviewed one, near white for none. */
export const STATUS_FILLS: Record<EarlyWarningMapStatus, string> = {
  alarm: '#a63603',
  reviewed: '#fd8d3c',
  none: '#feedde',
};

/** Text colour that stays readable on a fill (for legends with the label inside a swatch). */
export function isDarkFill(fill: string): boolean {
  return fill === SEQUENTIAL_PALETTE[3] || fill === SEQUENTIAL_PALETTE[4] || fill === STATUS_FILLS.alarm;
}

/**
 * Up to five classes for whole-number values (counts, days). When some values
 * are 0, 0 is a class of its own (the commonest value of most measures); the
 * other values are split at quantiles so each class holds about as many
 * municipalities, with whole-number bounds that never overlap.
 * `format` writes a number the reader's way (78.160).
 */
export function numericClasses(values: readonly (number | null)[], format: (n: number) => string): MapClass[] {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length === 0) return [];
  const hasZero = known[0] === 0;
  const positive = known.filter((v) => v > 0);
  const bands = hasZero ? SEQUENTIAL_PALETTE.length - 1 : SEQUENTIAL_PALETTE.length;

  const uppers: number[] = [];
  for (let i = 1; i <= bands && positive.length > 0; i++) {
    const upper = positive[Math.ceil((positive.length * i) / bands) - 1]!;
    if (uppers.length === 0 || upper > uppers[uppers.length - 1]!) uppers.push(upper);
  }

  const ranges: [number, number][] = [];
  if (hasZero) ranges.push([0, 0]);
  let lower = positive[0] ?? 0;
  for (const upper of uppers) {
    ranges.push([lower, upper]);
    lower = upper + 1;
  }
  // Fewer classes than colours: spread them over the palette, keeping its ends.
  const step = ranges.length > 1 ? (SEQUENTIAL_PALETTE.length - 1) / (ranges.length - 1) : 0;
  return ranges.map(([min, max], i) => ({
    label: min === max ? format(min) : `${format(min)}–${format(max)}`,
    fill: SEQUENTIAL_PALETTE[Math.round(i * step)]!,
    min,
    max,
  }));
}

/** The class a value falls in, or null (no data, or outside every class). */
export function classOf(classes: readonly MapClass[], value: number | null): MapClass | null {
  if (value === null) return null;
  return classes.find((c) => value >= c.min && value <= c.max) ?? null;
}

/** The three status classes, darkest first, with their labels. */
export function statusClasses(labels: Record<EarlyWarningMapStatus, string>): MapClass[] {
  return (['alarm', 'reviewed', 'none'] as const).map((status, i) => ({
    label: labels[status],
    fill: STATUS_FILLS[status],
    min: 2 - i,
    max: 2 - i,
  }));
}

/** The "geen gegevens" legend entry. */
export function noDataClass(label: string): MapClass {
  return { label, fill: NO_DATA_FILL, min: Number.NaN, max: Number.NaN };
}
