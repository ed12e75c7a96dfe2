import type { Db } from '../../../db/connection';
import { queryCaseList } from '../../../db/repositories/caseList';
import { findCase } from '../../../db/repositories/cases';
import { toFtsQuery } from '../../../db/ftsQuery';
import { caseListQuerySchema, type Case, type CaseListQuery, type CaseListRow } from '../../../shared/domain/case';
import { AppError } from '../../../shared/errors';
import { parseOrThrow } from '../validation';

/** A case with its links, also when soft-deleted (its page then offers a restore). */
export function getCase(db: Db, id: string): Case {
  const found = findCase(db, id);
  if (!found) throw new AppError('NOT_FOUND', `No case with id ${id}`);
  return found;
}

export function listCases(db: Db, query: CaseListQuery): { rows: CaseListRow[]; total: number } {
  const parsed = parseOrThrow(caseListQuerySchema, query, 'Case list');
  // Text without a searchable word (only punctuation) filters nothing, as in the signals list.
  return queryCaseList(db, parsed, toFtsQuery(parsed.filters.text ?? ''));
}
