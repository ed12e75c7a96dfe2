import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './chart.css';

export interface ChartFrameProps {
  heading: string;
  headingLevel?: 2 | 3;
  /** One line computed from the data: what a reader should take from the picture. */
  summary: string;
  /** The chart itself (SVG, e.g. Recharts); hidden while the table is shown. */
  chart: ReactNode;
  /** The same figures as an accessible table (see ChartTable). */
  table: ReactNode;
  /** Controls above the chart (a period chooser). */
  controls?: ReactNode;
  /** A counting rule under the chart ("Een signaal met meer thema's telt onder elk thema."). */
  note?: ReactNode;
  /** Start with the table (e.g. a reader who prefers it); the toggle switches. */
  initialView?: 'chart' | 'table';
}

/**
 * A picture with its words: heading, a one-line summary, the chart, and a
 * "Toon als tabel" switch to a table of the same figures. Charts and tables
 * never disagree because both are drawn from the same rows by the caller.
 * The summary stays in view in both modes, so a screen-reader user gets the
 * point first and the table second.
 */
export function ChartFrame({ heading, headingLevel = 2, summary, chart, table, controls, note, initialView = 'chart' }: ChartFrameProps) {
  const { t } = useTranslation();
  const [view, setView] = useState(initialView);
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const bodyId = `${id}-body`;
  return (
    <section className="chart-frame card" aria-labelledby={`${id}-heading`}>
      <div className="chart-frame__header">
        <Heading id={`${id}-heading`} className="chart-frame__heading">
          {heading}
        </Heading>
        <button
          type="button"
          className="button button--small"
          aria-controls={bodyId}
          onClick={() => setView(view === 'chart' ? 'table' : 'chart')}
        >
          {view === 'chart' ? t('chart.showTable') : t('chart.showChart')}
        </button>
      </div>
      <p className="chart-frame__summary" aria-live="polite">
        {summary}
      </p>
      {controls}
      <div id={bodyId} className="chart-frame__body">
        {view === 'chart' ? <div className="chart-frame__chart">{chart}</div> : table}
      </div>
      {note && <p className="chart-frame__note muted">{note}</p>}
    </section>
  );
}
