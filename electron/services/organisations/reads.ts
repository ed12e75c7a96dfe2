import type { z } from 'zod';
import type { Db } from '../../../db/connection';
import { queryOrganisationList } from '../../../db/repositories/organisationList';
import { findOrganisation, organisationOptionRows } from '../../../db/repositories/organisations';
import type { PickerOption } from '../../../shared/contract/networkChannels';
import {
  organisationListQuerySchema,
  type Organisation,
  type OrganisationListRow,
} from '../../../shared/domain/organisation';
import { AppError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import { parseOrThrow } from '../validation';

/** An organisation with its municipalities and figures, also when soft-deleted (its page then offers a restore). */
export function getOrganisation(db: Db, id: string): Organisation {
  const found = findOrganisation(db, id);
  if (!found) throw new AppError('NOT_FOUND', `No organisation with id ${id}`);
  return found;
}

export function listOrganisations(
  db: Db,
  query: z.input<typeof organisationListQuerySchema>,
): { rows: OrganisationListRow[]; total: number } {
  return queryOrganisationList(db, parseOrThrow(organisationListQuerySchema, query, 'Organisation list'));
}

/** Live organisations for pickers; the detail line is the type in Dutch (pickers show it as is). */
export function organisationOptions(db: Db): PickerOption[] {
  return organisationOptionRows(db).map((row) => ({
    id: row.id,
    label: row.name,
    detail: translate('nl', `enums.organisationType.${row.type}`),
    municipalities: JSON.parse(row.municipalitiesJson) as string[],
  }));
}
