import type { Db } from '../../../db/connection';
import {
  municipalityPlaces,
  selectBriefingCases,
  selectBriefingContactMoments,
  selectBriefingOpenActions,
  selectBriefingSignals,
  themeLabels,
  type MunicipalityPlace,
  type SourceAction,
  type SourceCase,
  type SourceContactMoment,
  type SourceSignal,
} from '../../../db/repositories/briefingSources';
import { hasSelectionFilter, highestClassification, type BriefingDraft, type BriefingRecordIds } from '../../../shared/domain/briefing';
import type { Classification } from '../../../shared/domain/enums';

/**
 * Reads exactly the records a draft selects, and nothing else: live signals
 * by the filter part of the selection plus those picked by hand, the cases
 * picked, contact moments in the period and places (or linked to what is
 * included), and the open actions linked to all of those. Personal data is
 * already left out by the repository unless the draft includes it.
 */

export interface GatheredSignal extends Omit<SourceSignal, 'municipalitiesJson' | 'themesJson'> {
  municipalities: string[];
  themes: string[];
}

export interface GatheredContactMoment extends Omit<SourceContactMoment, 'municipalitiesJson' | 'organisationsJson' | 'personsJson'> {
  municipalities: string[];
  organisations: string[];
  persons: string[];
}

export interface GatheredBriefing {
  signals: GatheredSignal[];
  cases: SourceCase[];
  contactMoments: GatheredContactMoment[];
  actions: SourceAction[];
  /** Ids of everything included: what an export stores as "built from". */
  records: BriefingRecordIds;
  /** The highest classification among the included records. */
  contentClassification: Classification;
  /** Signals whose free text was left out as personal data. */
  withheldSignals: number;
  places: Map<string, MunicipalityPlace>;
  themes: Map<string, string>;
  /** Theme codes in list order, for stable sorting of equal counts. */
  themeOrder: Map<string, number>;
}

const parseCodes = (json: string): string[] => (JSON.parse(json) as (string | null)[]).filter((code): code is string => code !== null).sort();

export function gatherBriefing(db: Db, draft: BriefingDraft): GatheredBriefing {
  const { selection, includePersonalData } = draft;
  const signals = selectBriefingSignals(db, selection, hasSelectionFilter(selection), includePersonalData).map(
    ({ municipalitiesJson, themesJson, ...signal }): GatheredSignal => ({
      ...signal,
      municipalities: parseCodes(municipalitiesJson),
      themes: parseCodes(themesJson),
    }),
  );
  const cases = selectBriefingCases(db, selection.caseIds);
  const signalIds = signals.map((signal) => signal.id);
  const caseIds = cases.map((c) => c.id);
  const contactMoments = selectBriefingContactMoments(db, {
    byPeriod: selection.from !== null || selection.to !== null,
    from: selection.from,
    to: selection.to,
    municipalities: selection.municipalities,
    themes: selection.themes,
    signalIds,
    caseIds,
    includePersonalData,
  }).map(
    ({ municipalitiesJson, organisationsJson, personsJson, ...moment }): GatheredContactMoment => ({
      ...moment,
      municipalities: parseCodes(municipalitiesJson),
      organisations: parseCodes(organisationsJson),
      persons: includePersonalData ? parseCodes(personsJson) : [],
    }),
  );
  const contactMomentIds = contactMoments.map((moment) => moment.id);
  const actions = selectBriefingOpenActions(db, { signalIds, caseIds, contactMomentIds });
  const themeRows = themeLabels(db);
  return {
    signals,
    cases,
    contactMoments,
    actions,
    records: { signals: signalIds, cases: caseIds, actions: actions.map((action) => action.id), contactMoments: contactMomentIds },
    contentClassification: highestClassification([
      ...signals.map((signal) => signal.classification),
      ...cases.map((c) => c.classification),
      ...contactMoments.map((moment) => moment.classification),
    ]),
    withheldSignals: includePersonalData ? 0 : signals.filter((signal) => signal.containsPersonalData === 1).length,
    places: new Map(municipalityPlaces(db).map((place) => [place.code, place])),
    themes: new Map(themeRows.map((row) => [row.code, row.label])),
    themeOrder: new Map(themeRows.map((row, index) => [row.code, index])),
  };
}
