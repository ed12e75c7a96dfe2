import { eraseContactPerson } from '../../services/contactPersons/erase';
import { exportContactPerson, exportFileName } from '../../services/contactPersons/privacyExport';
import { contactPersonOptions, getContactPerson, listContactPersons } from '../../services/contactPersons/reads';
import {
  createContactPerson,
  deleteContactPerson,
  restoreContactPerson,
  updateContactPerson,
} from '../../services/contactPersons/writes';
import { getOrganisation, listOrganisations, organisationOptions } from '../../services/organisations/reads';
import {
  createOrganisation,
  deleteOrganisation,
  restoreOrganisation,
  updateOrganisation,
} from '../../services/organisations/writes';
import { todayInNetherlands } from '../../services/validation';
import { contexts } from './context';
import type { HandlerDeps, HandlersFor } from './types';

/** Organisations and contact persons, with the AVG export and erasure. */
export function organisationHandlers(deps: HandlerDeps): HandlersFor<
  | 'organisations.list'
  | 'organisations.options'
  | 'organisations.get'
  | 'organisations.create'
  | 'organisations.update'
  | 'organisations.delete'
  | 'organisations.restore'
  | 'contactPersons.list'
  | 'contactPersons.options'
  | 'contactPersons.get'
  | 'contactPersons.create'
  | 'contactPersons.update'
  | 'contactPersons.delete'
  | 'contactPersons.restore'
  | 'contactPersons.export'
  | 'contactPersons.erase'
> {
  const { read, write } = contexts(deps);
  const now = deps.now ?? (() => new Date());
  return {
    'organisations.list': (query) => listOrganisations(read().db, query),
    'organisations.options': () => organisationOptions(read().db),
    'organisations.get': ({ id }) => getOrganisation(read().db, id),
    'organisations.create': (input) => createOrganisation(write(), input),
    'organisations.update': ({ id, version, organisation }) => updateOrganisation(write(), id, version, organisation),
    'organisations.delete': ({ id, reason }) => deleteOrganisation(write(), id, reason),
    'organisations.restore': ({ id }) => restoreOrganisation(write(), id),

    'contactPersons.list': (query) => listContactPersons(read().db, query),
    'contactPersons.options': () => contactPersonOptions(read().db),
    'contactPersons.get': ({ id }) => getContactPerson(read().db, id),
    'contactPersons.create': (input) => createContactPerson(write(), input),
    'contactPersons.update': ({ id, version, person }) => updateContactPerson(write(), id, version, person),
    'contactPersons.delete': ({ id, reason }) => deleteContactPerson(write(), id, reason),
    'contactPersons.restore': ({ id }) => restoreContactPerson(write(), id),
    'contactPersons.export': async ({ id }) => {
      // The number (never the name) goes into the suggested file name; the person must exist before asking.
      const { number } = getContactPerson(read().db, id);
      const chosen = await deps.dialogs.chooseExportDestination(exportFileName(number, todayInNetherlands(now())));
      if (chosen === null) return { path: null };
      // The save dialog already asked before replacing a file; the session may have changed meanwhile, so read again.
      return { path: exportContactPerson(write(), id, chosen, { overwrite: true }) };
    },
    'contactPersons.erase': ({ id, confirmName }) => eraseContactPerson(write(), id, confirmName),
  };
}
