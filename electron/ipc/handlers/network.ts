import { getMunicipality } from '../../services/network/municipalityDetail';
import { listMunicipalities } from '../../services/network/municipalities';
import { networkOverview } from '../../services/network/overview';
import type { HandlerDeps, HandlersFor } from './types';
import { contexts } from './context';

export function networkHandlers(deps: HandlerDeps): HandlersFor<'municipalities.list' | 'municipalities.get' | 'network.overview'> {
  const { read } = contexts(deps);
  // "Today" decides what is overdue; the handlers' clock is the one tests can fix.
  const now = () => (deps.now ?? (() => new Date()))();
  return {
    'municipalities.list': (query) => listMunicipalities(read().db, query),
    'municipalities.get': ({ code }) => getMunicipality(read().db, code, now()),
    'network.overview': (query) => networkOverview(read().db, query, now()),
  };
}
