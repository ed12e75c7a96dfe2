import type { Db } from '../../../db/connection';
import type { Case, CaseListQuery, CaseListRow } from '../../../shared/domain/case';
import { notImplemented } from '../notImplemented';

export function getCase(_db: Db, _id: string): Case {
  return notImplemented('getCase');
}
export function listCases(_db: Db, _query: CaseListQuery): { rows: CaseListRow[]; total: number } {
  return notImplemented('listCases');
}
