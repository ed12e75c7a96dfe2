import { AppError } from '../../../shared/errors';
import type { HandlerDeps, HandlersFor } from './types';

// PLACEHOLDER while the network issue is built; replaced by the real handlers.
const notBuilt = (): never => {
  throw new AppError('INTERNAL', 'Not built yet');
};

export function networkHandlers(_deps: HandlerDeps): HandlersFor<
  | 'municipalities.list'
  | 'municipalities.get'
  | 'network.overview'
> {
  return {
    'municipalities.list': notBuilt,
    'municipalities.get': notBuilt,
    'network.overview': notBuilt,
  };
}
