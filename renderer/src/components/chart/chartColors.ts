/**
 * Colours for SVG charts. Recharts takes colours as attribute values, so these
 * are the hex values behind the app's design tokens (app.css: --ess-blue,
 * --ess-link, --ess-text-subtle, --ess-warning-border). Every pair used
 * together also differs in shape (bars against a dashed line, hatching), so
 * colour is never the only difference.
 */
export const CHART_COLORS = {
  primary: '#154273',
  secondary: '#01689b',
  muted: '#334155',
  grid: '#cbd5e1',
  /** The running week: lighter, hatched. */
  running: '#8fa8c2',
  accent: '#b26800',
} as const;
