import type { searchContract } from '../../../shared/contract/searchChannels';
import { searchGroups } from '../../services/search';
import { contexts } from './context';
import type { HandlerDeps, HandlersFor } from './types';

export function searchHandlers(deps: HandlerDeps): HandlersFor<keyof typeof searchContract> {
  const { read } = contexts(deps);
  return {
    'search.groups': ({ text, limit }) => searchGroups(read().db, text, { limit }),
  };
}
