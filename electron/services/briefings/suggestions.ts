import type { Counts } from '../../../shared/domain/briefingDocument';
import type { GatheredBriefing } from './gather';

/**
 * Data-driven text the composer offers to fill sections with, and that a
 * periodic overview uses when its key points are left empty. Only what was
 * gathered is used, so a suggestion never brings in an unselected record.
 */

const top = (lines: Counts['byTheme'], n: number): string =>
  lines
    .slice(0, n)
    .map((line) => `${line.label} (${line.count})`)
    .join(', ');

export function overviewKeyPoints(gathered: GatheredBriefing, counts: Counts): string[] {
  if (counts.total === 0) return ['Er zijn in deze selectie geen signalen.'];
  const points = [`${counts.total} ${counts.total === 1 ? 'signaal' : 'signalen'} in de geselecteerde periode.`];
  if (counts.byTheme.length > 0) points.push(`Meeste signalen per thema: ${top(counts.byTheme, 3)}.`);
  if (counts.byProvince.length > 0) points.push(`Meeste signalen per provincie: ${top(counts.byProvince, 3)}.`);
  const busiest = [...counts.byWeek].sort((a, b) => b.count - a.count)[0];
  if (busiest && counts.byWeek.length > 1) points.push(`Drukste week: ${busiest.label} met ${busiest.count} ${busiest.count === 1 ? 'signaal' : 'signalen'}.`);
  points.push(`${gathered.contactMoments.length} contactmomenten en ${gathered.actions.length} open acties in deze selectie.`);
  return points;
}

export interface SectionSuggestions {
  kernpunten: string;
  toelichting: string;
  contactenEnActies: string;
}

/** The interpretations recorded with the signals (not withheld ones), as a start for the Duiding. */
function interpretations(gathered: GatheredBriefing): string {
  return gathered.signals
    .filter((signal) => signal.interpretation.trim() !== '')
    .slice(0, 50)
    .map((signal) => `- ${signal.number}: ${signal.interpretation.trim()}`)
    .join('\n');
}

export function suggestSections(gathered: GatheredBriefing, counts: Counts): SectionSuggestions {
  const moments = gathered.contactMoments.length;
  const actions = gathered.actions.length;
  return {
    kernpunten: overviewKeyPoints(gathered, counts)
      .map((point) => `- ${point}`)
      .join('\n'),
    toelichting: interpretations(gathered),
    contactenEnActies:
      moments + actions === 0
        ? ''
        : `In deze selectie zijn ${moments} contactmomenten vastgelegd en staan ${actions} acties open (zie de tabellen hieronder).`,
  };
}
