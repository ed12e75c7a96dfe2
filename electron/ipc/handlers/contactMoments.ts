import { AppError } from '../../../shared/errors';
import type { HandlerDeps, HandlersFor } from './types';

// PLACEHOLDER while the network issue is built; replaced by the real handlers.
const notBuilt = (): never => {
  throw new AppError('INTERNAL', 'Not built yet');
};

export function contactMomentHandlers(_deps: HandlerDeps): HandlersFor<
  | 'contactMoments.list'
  | 'contactMoments.get'
  | 'contactMoments.create'
  | 'contactMoments.update'
  | 'contactMoments.delete'
  | 'contactMoments.restore'
  | 'contactMoments.registerSignal'
  | 'actions.list'
  | 'actions.get'
  | 'actions.create'
  | 'actions.update'
  | 'actions.delete'
  | 'actions.restore'
  | 'actions.digest'
> {
  return {
    'contactMoments.list': notBuilt,
    'contactMoments.get': notBuilt,
    'contactMoments.create': notBuilt,
    'contactMoments.update': notBuilt,
    'contactMoments.delete': notBuilt,
    'contactMoments.restore': notBuilt,
    'contactMoments.registerSignal': notBuilt,
    'actions.list': notBuilt,
    'actions.get': notBuilt,
    'actions.create': notBuilt,
    'actions.update': notBuilt,
    'actions.delete': notBuilt,
    'actions.restore': notBuilt,
    'actions.digest': notBuilt,
  };
}
