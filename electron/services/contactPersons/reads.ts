import type { z } from 'zod';
import type { Db } from '../../../db/connection';
import { queryContactPersonList } from '../../../db/repositories/contactPersonList';
import { contactPersonOptionRows, findContactPerson } from '../../../db/repositories/contactPersons';
import type { PickerOption } from '../../../shared/contract/networkChannels';
import {
  contactPersonListQuerySchema,
  type ContactPerson,
  type ContactPersonListRow,
} from '../../../shared/domain/contactPerson';
import { AppError } from '../../../shared/errors';
import { parseOrThrow } from '../validation';

/** A person with organisation and last contact, also when soft-deleted (the page then offers a restore). */
export function getContactPerson(db: Db, id: string): ContactPerson {
  const found = findContactPerson(db, id);
  if (!found) throw new AppError('NOT_FOUND', `No contact person with id ${id}`);
  return found;
}

/** The persons list; with filters.reviewDueBy it is the privacy review list. */
export function listContactPersons(
  db: Db,
  query: z.input<typeof contactPersonListQuerySchema>,
): { rows: ContactPersonListRow[]; total: number } {
  return queryContactPersonList(db, parseOrThrow(contactPersonListQuerySchema, query, 'Contact person list'));
}

/** Live persons for pickers, with their organisation as the second line. */
export function contactPersonOptions(db: Db): PickerOption[] {
  return contactPersonOptionRows(db).map((row) => ({
    id: row.id,
    label: row.name,
    detail: row.organisationName ?? '',
    municipalities: JSON.parse(row.municipalitiesJson) as string[],
  }));
}
