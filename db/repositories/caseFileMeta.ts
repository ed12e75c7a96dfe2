import type { Db } from '../connection';

export interface CaseFileMetaRow {
  id: string;
  createdAt: string;
  createdByApp: string;
  isDemo: boolean;
}

export function insertCaseFileMeta(db: Db, meta: CaseFileMetaRow): void {
  db.prepare(
    'INSERT INTO case_file_meta (singleton, id, created_at, created_by_app, is_demo) VALUES (1, ?, ?, ?, ?)',
  ).run(meta.id, meta.createdAt, meta.createdByApp, meta.isDemo ? 1 : 0);
}

export function getCaseFileMeta(db: Db): CaseFileMetaRow {
  const row = db
    .prepare('SELECT id, created_at, created_by_app, is_demo FROM case_file_meta WHERE singleton = 1')
    .get() as { id: string; created_at: string; created_by_app: string; is_demo: number };
  return { id: row.id, createdAt: row.created_at, createdByApp: row.created_by_app, isDemo: row.is_demo === 1 };
}
