import type { Case, CaseInput } from '../../shared/domain/case';
import type { Db } from '../connection';
import { statement } from '../statements';

/** The stored state of a case, enough to check a write (existence, version, tombstone) and diff it. */
export interface CaseState extends CaseInput {
  id: string;
  number: string;
  version: number;
  deletedAt: string | null;
}

export interface NewCaseRecord extends CaseInput {
  id: string;
  number: string;
  createdAt: string;
  updatedBy: string | null;
}

// Link lists come back as JSON arrays ordered by name/code, so a case reads in one statement.
const DETAIL_SQL = `
SELECT c.id, c.number, c.title, c.type, c.summary, c.status, c.start_on AS startOn, c.end_on AS endOn,
  c.owner_id AS ownerId, c.classification, c.created_at AS createdAt, c.updated_at AS updatedAt,
  COALESCE(u.name, c.updated_by) AS updatedBy, c.version, c.deleted_at AS deletedAt,
  o.name AS ownerName,
  (SELECT json_group_array(json_array(code, name)) FROM (
     SELECT m.code, m.name FROM case_municipalities cm JOIN municipalities m ON m.code = cm.municipality_code
     WHERE cm.case_id = c.id ORDER BY m.name, m.code)) AS municipalitiesJson,
  (SELECT json_group_array(theme_code) FROM (
     SELECT theme_code FROM case_themes WHERE case_id = c.id ORDER BY theme_code)) AS themesJson,
  (SELECT count(*) FROM signals s WHERE s.case_id = c.id AND s.deleted_at IS NULL) AS signalCount
FROM cases c
LEFT JOIN advisers o ON o.id = c.owner_id
LEFT JOIN advisers u ON u.id = c.updated_by
WHERE c.id = ?`;

type DetailRow = Omit<Case, 'municipalities' | 'municipalityNames' | 'themes' | 'type' | 'status' | 'classification'> & {
  type: Case['type'];
  status: Case['status'];
  classification: Case['classification'];
  municipalitiesJson: string;
  themesJson: string;
};

/** A case with its links and counts, including a soft-deleted one (its page offers restore). */
export function findCase(db: Db, id: string): Case | undefined {
  const row = statement(db, DETAIL_SQL).get(id) as DetailRow | undefined;
  if (!row) return undefined;
  const { municipalitiesJson, themesJson, ...rest } = row;
  const municipalities = JSON.parse(municipalitiesJson) as [string, string][];
  return {
    ...rest,
    municipalities: municipalities.map(([code]) => code),
    municipalityNames: municipalities.map(([, name]) => name),
    themes: JSON.parse(themesJson) as string[],
  };
}

/** The same fields as a CaseInput, for diffs in the audit log and for version checks. */
export function findCaseState(db: Db, id: string): CaseState | undefined {
  const found = findCase(db, id);
  if (!found) return undefined;
  return {
    id: found.id,
    number: found.number,
    version: found.version,
    deletedAt: found.deletedAt,
    title: found.title,
    type: found.type,
    summary: found.summary,
    status: found.status,
    startOn: found.startOn,
    endOn: found.endOn,
    // Codes in code order, so a diff does not see a change where only the name order differs.
    municipalities: [...found.municipalities].sort(),
    themes: found.themes,
    ownerId: found.ownerId,
    classification: found.classification,
  };
}

function replaceLinks(db: Db, id: string, input: Pick<CaseInput, 'municipalities' | 'themes'>): void {
  statement(db, 'DELETE FROM case_municipalities WHERE case_id = ?').run(id);
  statement(db, 'DELETE FROM case_themes WHERE case_id = ?').run(id);
  const municipality = statement(db, 'INSERT OR IGNORE INTO case_municipalities (case_id, municipality_code) VALUES (?, ?)');
  for (const code of input.municipalities) municipality.run(id, code);
  const theme = statement(db, 'INSERT OR IGNORE INTO case_themes (case_id, theme_code) VALUES (?, ?)');
  for (const code of input.themes) theme.run(id, code);
}

export function insertCase(db: Db, record: NewCaseRecord): void {
  statement(
    db,
    `INSERT INTO cases (id, number, title, type, summary, status, start_on, end_on, owner_id, classification,
       created_at, updated_at, updated_by, version)
     VALUES (@id, @number, @title, @type, @summary, @status, @startOn, @endOn, @ownerId, @classification,
       @createdAt, @createdAt, @updatedBy, 1)`,
  ).run({
    id: record.id,
    number: record.number,
    title: record.title,
    type: record.type,
    summary: record.summary,
    status: record.status,
    startOn: record.startOn,
    endOn: record.endOn,
    ownerId: record.ownerId,
    classification: record.classification,
    createdAt: record.createdAt,
    updatedBy: record.updatedBy,
  });
  replaceLinks(db, record.id, record);
}

export interface Stamp {
  at: string;
  by: string | null;
}

export function updateCaseFields(db: Db, id: string, input: CaseInput, stamp: Stamp): void {
  statement(
    db,
    `UPDATE cases SET title = @title, type = @type, summary = @summary, status = @status, start_on = @startOn,
       end_on = @endOn, owner_id = @ownerId, classification = @classification,
       updated_at = @at, updated_by = @by, version = version + 1
     WHERE id = @id`,
  ).run({
    id,
    title: input.title,
    type: input.type,
    summary: input.summary,
    status: input.status,
    startOn: input.startOn,
    endOn: input.endOn,
    ownerId: input.ownerId,
    classification: input.classification,
    at: stamp.at,
    by: stamp.by,
  });
  replaceLinks(db, id, input);
}

/** A change to what belongs to the case (its signals) is a change of the case: new version. */
export function touchCase(db: Db, id: string, stamp: Stamp): void {
  statement(db, 'UPDATE cases SET updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?').run(
    stamp.at,
    stamp.by,
    id,
  );
}

/** Sets or clears the tombstone; the reason stays only while deleted. */
export function setCaseDeleted(db: Db, id: string, deleted: { reason: string } | null, stamp: Stamp): void {
  statement(
    db,
    `UPDATE cases SET deleted_at = ?, deleted_reason = ?, updated_at = ?, updated_by = ?, version = version + 1
     WHERE id = ?`,
  ).run(deleted ? stamp.at : null, deleted?.reason ?? null, stamp.at, stamp.by, id);
}

/** Just enough to tell whether a case exists and is live, without reading its links. */
export function findCaseHeader(
  db: Db,
  id: string,
): { id: string; number: string; version: number; deletedAt: string | null } | undefined {
  return statement(db, 'SELECT id, number, version, deleted_at AS deletedAt FROM cases WHERE id = ?').get(id) as
    | { id: string; number: string; version: number; deletedAt: string | null }
    | undefined;
}
