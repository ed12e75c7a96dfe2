import { AppError } from '../../../shared/errors';
import type { HandlerDeps, HandlersFor } from './types';

// PLACEHOLDER while the network issue is built; replaced by the real handlers.
const notBuilt = (): never => {
  throw new AppError('INTERNAL', 'Not built yet');
};

export function organisationHandlers(_deps: HandlerDeps): HandlersFor<
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
  return {
    'organisations.list': notBuilt,
    'organisations.options': notBuilt,
    'organisations.get': notBuilt,
    'organisations.create': notBuilt,
    'organisations.update': notBuilt,
    'organisations.delete': notBuilt,
    'organisations.restore': notBuilt,
    'contactPersons.list': notBuilt,
    'contactPersons.options': notBuilt,
    'contactPersons.get': notBuilt,
    'contactPersons.create': notBuilt,
    'contactPersons.update': notBuilt,
    'contactPersons.delete': notBuilt,
    'contactPersons.restore': notBuilt,
    'contactPersons.export': notBuilt,
    'contactPersons.erase': notBuilt,
  };
}
