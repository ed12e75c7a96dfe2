import { Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import type { ChartModel } from '../../shared/domain/briefingDocument';
import { COLOURS, FONT, TEXT_WIDTH } from './styles';

/**
 * A native Word chart (its own chart part with an embedded workbook): Word
 * and LibreOffice draw it with real text in Verdana, it stays editable
 * ("Gegevens bewerken"), and it carries alt text. No image renderer needed.
 */

const DXA_PER_PX = 15;
const HEIGHT_PX = 260;

export function chartParagraph(chart: ChartModel, withTitle: boolean): Paragraph {
  const many = chart.categories.length > 12;
  // Small counts get a step of one, so the axis never shows half a signal.
  const highest = Math.max(0, ...chart.values);
  return new Paragraph({
    keepLines: true,
    spacing: { before: 120, after: 120 },
    children: [
      new ChartRun({
        type: 'column',
        ...(withTitle ? { title: { text: chart.title, font: { size: 10, bold: true } } } : {}),
        categories: chart.categories,
        series: [{ name: chart.title, values: chart.values, color: COLOURS.accent }],
        legend: false,
        font: { name: FONT },
        gapWidth: 60,
        categoryAxis: { title: chart.categoryTitle, labelRotation: many ? -45 : 0, font: { size: 8 } },
        valueAxis: { minimum: 0, numberFormat: '0', font: { size: 8 }, ...(highest <= 10 ? { maximum: Math.max(highest, 1), interval: 1 } : {}) },
        transformation: { width: Math.floor(TEXT_WIDTH / DXA_PER_PX), height: HEIGHT_PX },
        altText: { name: chart.title, title: chart.title, description: chart.altText },
      }),
    ],
  });
}
