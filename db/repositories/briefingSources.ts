import type { BriefingSelection } from '../../shared/domain/briefing';
import type { Classification } from '../../shared/domain/enums';
import type { Db } from '../connection';
import { statement } from '../statements';

/**
 * The records a briefing note is built from, read for exactly one selection.
 * Free text a note may not carry is blanked here, in SQL, so it never reaches
 * the document code: signals flagged as personal data lose description,
 * interpretation, location and community, and contact persons' names are not
 * read at all, unless the adviser included personal data explicitly.
 */

export interface SourceSignal {
  id: string;
  number: string;
  title: string;
  description: string;
  interpretation: string;
  location: string;
  community: string;
  receivedOn: string;
  isNational: number;
  urgency: string;
  phase: string | null;
  classification: Classification;
  containsPersonalData: number;
  caseId: string | null;
  /** JSON arrays of codes. */
  municipalitiesJson: string;
  themesJson: string;
}

const json = (values: readonly string[]): string => JSON.stringify(values);

const withheld = (column: string) => `CASE WHEN s.contains_personal_data = 1 AND @personal = 0 THEN '' ELSE s.${column} END`;

// The filter part applies only when the selection has one (@filtered); signals
// picked by hand are added to it. Ordered by received date, as the note lists them.
const SIGNALS_SQL = `
SELECT s.id, s.number, s.title, ${withheld('description')} AS description, ${withheld('interpretation')} AS interpretation,
  ${withheld('location')} AS location, ${withheld('community')} AS community,
  s.received_on AS receivedOn, s.is_national AS isNational, s.urgency, s.phase, s.classification,
  s.contains_personal_data AS containsPersonalData, s.case_id AS caseId,
  (SELECT json_group_array(municipality_code) FROM signal_municipalities WHERE signal_id = s.id) AS municipalitiesJson,
  (SELECT json_group_array(theme_code) FROM signal_themes WHERE signal_id = s.id) AS themesJson
FROM signals s
WHERE s.deleted_at IS NULL AND (
  (@filtered = 1
    AND (@from IS NULL OR s.received_on >= @from)
    AND (@to IS NULL OR s.received_on <= @to)
    AND (@themes = '[]' OR s.id IN (SELECT signal_id FROM signal_themes WHERE theme_code IN (SELECT value FROM json_each(@themes))))
    AND (@municipalities = '[]' OR s.id IN (
      SELECT signal_id FROM signal_municipalities WHERE municipality_code IN (SELECT value FROM json_each(@municipalities))))
    AND (@cases = '[]' OR s.case_id IN (SELECT value FROM json_each(@cases))))
  OR s.id IN (SELECT value FROM json_each(@signals)))
ORDER BY s.received_on, s.seq`;

export function selectBriefingSignals(db: Db, selection: BriefingSelection, filtered: boolean, includePersonalData: boolean): SourceSignal[] {
  return statement(db, SIGNALS_SQL).all({
    filtered: filtered ? 1 : 0,
    from: selection.from,
    to: selection.to,
    themes: json(selection.themes),
    municipalities: json(selection.municipalities),
    cases: json(selection.caseIds),
    signals: json(selection.signalIds),
    personal: includePersonalData ? 1 : 0,
  }) as SourceSignal[];
}

export interface SourceCase {
  id: string;
  number: string;
  title: string;
  type: string;
  status: string;
  startOn: string;
  classification: Classification;
}

export function selectBriefingCases(db: Db, caseIds: readonly string[]): SourceCase[] {
  return statement(
    db,
    `SELECT id, number, title, type, status, start_on AS startOn, classification FROM cases
     WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?)) ORDER BY start_on, seq`,
  ).all(json(caseIds)) as SourceCase[];
}

export interface SourceContactMoment {
  id: string;
  number: string;
  heldOn: string;
  form: string;
  subject: string;
  classification: Classification;
  municipalitiesJson: string;
  organisationsJson: string;
  /** Names of the contact persons; '[]' unless personal data is included. */
  personsJson: string;
}

export interface ContactMomentSelection {
  /** Whether a period was chosen: only then do contact moments come in by date. */
  byPeriod: boolean;
  from: string | null;
  to: string | null;
  municipalities: readonly string[];
  themes: readonly string[];
  signalIds: readonly string[];
  caseIds: readonly string[];
  includePersonalData: boolean;
}

const CONTACT_MOMENTS_SQL = `
SELECT cm.id, cm.number, cm.held_on AS heldOn, cm.form, cm.subject, cm.classification,
  (SELECT json_group_array(municipality_code) FROM contact_moment_municipalities WHERE contact_moment_id = cm.id) AS municipalitiesJson,
  (SELECT json_group_array(o.name) FROM contact_moment_organisations co JOIN organisations o ON o.id = co.organisation_id
     WHERE co.contact_moment_id = cm.id AND o.deleted_at IS NULL) AS organisationsJson,
  CASE WHEN @personal = 1 THEN (
    SELECT json_group_array(p.name) FROM contact_moment_persons cp JOIN contact_persons p ON p.id = cp.person_id
    WHERE cp.contact_moment_id = cm.id AND p.deleted_at IS NULL) ELSE '[]' END AS personsJson
FROM contact_moments cm
WHERE cm.deleted_at IS NULL AND (
  (@byPeriod = 1
    AND (@from IS NULL OR cm.held_on >= @from)
    AND (@to IS NULL OR cm.held_on <= @to)
    AND (@municipalities = '[]' OR cm.id IN (
      SELECT contact_moment_id FROM contact_moment_municipalities WHERE municipality_code IN (SELECT value FROM json_each(@municipalities))))
    AND (@themes = '[]'
      OR NOT EXISTS (SELECT 1 FROM contact_moment_themes t WHERE t.contact_moment_id = cm.id)
      OR cm.id IN (SELECT contact_moment_id FROM contact_moment_themes WHERE theme_code IN (SELECT value FROM json_each(@themes)))))
  OR cm.id IN (SELECT contact_moment_id FROM contact_moment_signals WHERE signal_id IN (SELECT value FROM json_each(@signals)))
  OR cm.case_id IN (SELECT value FROM json_each(@cases)))
ORDER BY cm.held_on, cm.seq`;

/**
 * Contact moments in the period and places chosen (with a chosen theme, or
 * none recorded), plus those linked to the included signals and cases.
 */
export function selectBriefingContactMoments(db: Db, selection: ContactMomentSelection): SourceContactMoment[] {
  return statement(db, CONTACT_MOMENTS_SQL).all({
    byPeriod: selection.byPeriod ? 1 : 0,
    from: selection.from,
    to: selection.to,
    municipalities: json(selection.municipalities),
    themes: json(selection.themes),
    signals: json(selection.signalIds),
    cases: json(selection.caseIds),
    personal: selection.includePersonalData ? 1 : 0,
  }) as SourceContactMoment[];
}

export interface SourceAction {
  id: string;
  number: string;
  description: string;
  kind: string;
  status: string;
  dueOn: string | null;
  ownerInitials: string | null;
}

/** Open and running follow-up actions linked to the included signals, cases or contact moments. */
export function selectBriefingOpenActions(
  db: Db,
  links: { signalIds: readonly string[]; caseIds: readonly string[]; contactMomentIds: readonly string[] },
): SourceAction[] {
  return statement(
    db,
    `SELECT a.id, a.number, a.description, a.kind, a.status, a.due_on AS dueOn, o.initials AS ownerInitials
     FROM follow_up_actions a LEFT JOIN advisers o ON o.id = a.owner_id
     WHERE a.deleted_at IS NULL AND a.status IN ('open', 'lopend') AND (
       a.signal_id IN (SELECT value FROM json_each(?))
       OR a.case_id IN (SELECT value FROM json_each(?))
       OR a.contact_moment_id IN (SELECT value FROM json_each(?)))
     ORDER BY a.due_on IS NULL, a.due_on, a.seq`,
  ).all(json(links.signalIds), json(links.caseIds), json(links.contactMomentIds)) as SourceAction[];
}

export interface MunicipalityPlace {
  code: string;
  name: string;
  provinceName: string;
}

/** Every municipality ever in the register (old signals keep old codes), for names and provinces. */
export function municipalityPlaces(db: Db): MunicipalityPlace[] {
  return statement(db, 'SELECT code, name, province_name AS provinceName FROM municipalities').all() as MunicipalityPlace[];
}

/** Dutch labels of all themes, active or not, in list order. */
export function themeLabels(db: Db): { code: string; label: string }[] {
  return statement(db, 'SELECT code, label_nl AS label FROM themes ORDER BY sort_order, code').all() as { code: string; label: string }[];
}
