import type { Db } from '../connection';
import type { Adviser } from '../../shared/domain/adviser';

interface AdviserRow {
  id: string;
  name: string;
  initials: string;
  created_at: string;
  updated_at: string;
  version: number;
}

const COLUMNS = 'id, name, initials, created_at, updated_at, version';

function toAdviser(row: AdviserRow): Adviser {
  return {
    id: row.id,
    name: row.name,
    initials: row.initials,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export function listAdvisers(db: Db): Adviser[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM advisers WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE`)
    .all() as AdviserRow[];
  return rows.map(toAdviser);
}

export function findAdviser(db: Db, id: string): Adviser | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM advisers WHERE id = ? AND deleted_at IS NULL`).get(id) as
    | AdviserRow
    | undefined;
  return row && toAdviser(row);
}

export function findAdviserByInitials(db: Db, initials: string): Adviser | undefined {
  const row = db
    .prepare(`SELECT ${COLUMNS} FROM advisers WHERE initials = ? COLLATE NOCASE AND deleted_at IS NULL`)
    .get(initials) as AdviserRow | undefined;
  return row && toAdviser(row);
}

export function insertAdviser(db: Db, adviser: Adviser, updatedBy: string | null): void {
  db.prepare(
    `INSERT INTO advisers (id, name, initials, created_at, updated_at, updated_by, version)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(adviser.id, adviser.name, adviser.initials, adviser.createdAt, adviser.updatedAt, updatedBy, adviser.version);
}

export function updateAdviserName(db: Db, id: string, name: string, at: string, updatedBy: string): void {
  db.prepare('UPDATE advisers SET name = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?').run(
    name,
    at,
    updatedBy,
    id,
  );
}
