import type { Db } from '../../../db/connection';
import { toFtsQuery } from '../../../db/ftsQuery';
import { queryContactMomentList } from '../../../db/repositories/contactMomentList';
import { findContactMoment } from '../../../db/repositories/contactMoments';
import {
  contactMomentListQuerySchema,
  type ContactMoment,
  type ContactMomentListQuery,
  type ContactMomentListRow,
} from '../../../shared/domain/contactMoment';
import { AppError } from '../../../shared/errors';
import { parseOrThrow } from '../validation';

/** A contact moment with the labels of everything it links to, also when soft-deleted (its page then offers a restore). */
export function getContactMoment(db: Db, id: string): ContactMoment {
  const found = findContactMoment(db, id);
  if (!found) throw new AppError('NOT_FOUND', `No contact moment with id ${id}`);
  return found;
}

export function listContactMoments(db: Db, query: ContactMomentListQuery): { rows: ContactMomentListRow[]; total: number } {
  const parsed = parseOrThrow(contactMomentListQuerySchema, query, 'Contact moment list');
  // Text without a searchable word (only punctuation) filters nothing, as in the other lists.
  return queryContactMomentList(db, parsed, toFtsQuery(parsed.filters.text ?? ''));
}
